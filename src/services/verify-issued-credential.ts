import { AppError, type VerificationReport } from '../core/index.js'
import { isUuid } from './credential-access.js'
import type { Deps } from './deps.js'

/**
 * Verifies a credential this installation issued, by its id, for the public verification page a
 * certificate's QR code points to. Public: the answer is the report alone (verdict, checks, the
 * credential's and issuer's ids), never the credential, which is personal data.
 */
export async function verifyIssuedCredential(
  deps: Pick<Deps, 'stores' | 'credentialVerifier'>,
  credentialId: string,
): Promise<VerificationReport> {
  const issued = isUuid(credentialId)
    ? await deps.stores.issuedCredentials.findById(credentialId.toLowerCase())
    : undefined
  if (issued === undefined) {
    throw new AppError('CREDENTIAL_NOT_FOUND')
  }
  return deps.credentialVerifier.verify(issued.jwt ?? issued.credential)
}
