import {
  AppError,
  credentialNamesOf,
  type JsonObject,
  type VerificationReport,
} from '../core/index.js'
import { isUuid } from './credential-access.js'
import type { Deps } from './deps.js'

/** What a verifier may see of an issued credential besides the report: nothing about the learner. */
export type IssuedCredentialAbout = {
  readonly achievementName: string
  readonly issuerName: string
  readonly validFrom: string | undefined
  readonly validUntil: string | undefined
}

/**
 * Verifies a credential this installation issued, by its id, for the public verification page a
 * certificate's QR code points to. Public: the answer is the report (verdict, checks, the
 * credential's and issuer's ids) and what was achieved from whom and when, never the credential
 * or anything about the learner, which is personal data.
 */
export async function verifyIssuedCredential(
  deps: Pick<Deps, 'stores' | 'credentialVerifier'>,
  credentialId: string,
): Promise<VerificationReport & { about: IssuedCredentialAbout }> {
  const issued = isUuid(credentialId)
    ? await deps.stores.issuedCredentials.findById(credentialId.toLowerCase())
    : undefined
  if (issued === undefined) {
    throw new AppError('CREDENTIAL_NOT_FOUND')
  }
  const report = await deps.credentialVerifier.verify(issued.jwt ?? issued.credential)
  return { ...report, about: aboutOf(issued.credential) }
}

function aboutOf(credential: JsonObject): IssuedCredentialAbout {
  // Osaamo writes a credential's texts in one language; 'fi' only picks from a language map.
  const names = credentialNamesOf(credential, 'fi')
  const date = (value: unknown) => (typeof value === 'string' ? value : undefined)
  return {
    ...names,
    validFrom: date(credential.validFrom),
    validUntil: date(credential.validUntil),
  }
}
