import { type Actor, AppError, type IssuedCredential, roles } from '../core/index.js'
import { isUuid, requireIssuerRole } from './credential-access.js'
import type { Deps } from './deps.js'

/** An issued credential with its status: for the staff of the issuing organisation. */
export async function getIssuedCredential(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  credentialId: string,
): Promise<IssuedCredential> {
  if (actor.kind === 'anonymous') {
    throw new AppError('AUTHENTICATION_REQUIRED')
  }
  const credential = isUuid(credentialId)
    ? await deps.stores.issuedCredentials.findById(credentialId.toLowerCase())
    : undefined
  if (credential === undefined) {
    throw new AppError('CREDENTIAL_NOT_FOUND')
  }
  requireIssuerRole(actor, credential.organisationId, roles)
  return credential
}
