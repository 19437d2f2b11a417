import type { Actor, IssuedCredential } from '../core/index.js'
import { isUuid } from './credential-access.js'
import type { Deps } from './deps.js'
import { getIssuedCredential } from './get-issued-credential.js'

/**
 * An issued credential for someone who may read all of it: the learner it is linked to, or staff
 * of the issuing organisation (any role, as {@link getIssuedCredential}). Anyone else learns
 * nothing: CREDENTIAL_NOT_FOUND, as for an unknown id. One rule for the certificate, the download
 * and what follows.
 */
export async function getReadableCredential(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  credentialId: string,
): Promise<IssuedCredential> {
  if (actor.kind === 'person' && isUuid(credentialId)) {
    const issued = await deps.stores.issuedCredentials.findById(credentialId.toLowerCase())
    if (issued !== undefined && issued.learnerPersonId === actor.personId) {
      return issued
    }
  }
  return getIssuedCredential(deps, actor, credentialId)
}
