import {
  AppError,
  type CredentialFacts,
  credentialFactsOf,
  type JsonObject,
  type VerificationReport,
} from '../core/index.js'
import { isUuid } from './credential-access.js'
import type { Deps } from './deps.js'

/**
 * A credential of the learner's portfolio, verified again now (an imported one's report from its
 * import day is not enough: it may have been revoked since), with the facts a proposal reads.
 * One that is not theirs is CREDENTIAL_NOT_FOUND (issued) or PORTFOLIO_CREDENTIAL_NOT_FOUND
 * (imported).
 */
export async function verifiedPortfolioCredential(
  deps: Pick<Deps, 'stores' | 'credentialVerifier'>,
  personId: string,
  reference: { kind: string; id: string },
): Promise<{ facts: CredentialFacts; report: VerificationReport }> {
  const id = reference.id.toLowerCase()
  if (reference.kind === 'issued') {
    const issued = isUuid(id) ? await deps.stores.issuedCredentials.findById(id) : undefined
    if (issued === undefined || issued.learnerPersonId !== personId) {
      throw new AppError('CREDENTIAL_NOT_FOUND')
    }
    const report = await deps.credentialVerifier.verify(issued.jwt ?? issued.credential)
    const version =
      issued.specificationVersionId === undefined
        ? undefined
        : await deps.stores.specifications.findVersion(issued.specificationVersionId)
    return {
      report,
      facts: credentialFactsOf({
        kind: 'issued',
        id: issued.id,
        credential: issued.credential,
        report,
        // Only a published version is issued from, and a version is published after QA review.
        isOsaamoReviewed: version !== undefined,
        specificationId: version?.specificationId,
      }),
    }
  }
  const imported = isUuid(id)
    ? (await deps.stores.importedCredentials.listForPerson(personId)).find(
        (credential) => credential.id === id,
      )
    : undefined
  if (imported === undefined) {
    throw new AppError('PORTFOLIO_CREDENTIAL_NOT_FOUND')
  }
  const report = await deps.credentialVerifier.verify(
    imported.jwt ?? (imported.credential as JsonObject),
  )
  return {
    report,
    facts: credentialFactsOf({
      kind: 'imported',
      id: imported.id,
      credential: imported.credential ?? jwtCredentialOf(imported.jwt),
      report,
      isOsaamoReviewed: false,
    }),
  }
}

/** The credential a VC-JWT carries: its payload (VC-JOSE) or the payload's `vc` (VC-JWT 1.1). */
function jwtCredentialOf(jwt: string | undefined): JsonObject | undefined {
  try {
    const payload = JSON.parse(
      Buffer.from(jwt?.split('.')[1] ?? '', 'base64url').toString('utf8'),
    ) as JsonObject
    const vc = payload.vc
    return typeof vc === 'object' && vc !== null ? (vc as JsonObject) : payload
  } catch {
    return undefined
  }
}
