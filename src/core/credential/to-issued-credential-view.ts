import type { IssuedCredential } from './issued-credential.js'
import { statusListUrl } from './organisation-did.js'
import type { StatusListPosition } from './status-list.js'

/**
 * An issued credential as the API and `osaamo credentials show --json` present it: dates as ISO
 * text, absent values as null, status positions as the list URL and index a verifier reads.
 */
export function toIssuedCredentialView(publicUrl: string, credential: IssuedCredential) {
  return {
    id: credential.id,
    organisationId: credential.organisationId,
    format: credential.format,
    state: credential.state,
    issuedAt: credential.issuedAt.toISOString(),
    statusChangedAt: credential.statusChangedAt?.toISOString() ?? null,
    statusReason: credential.statusReason ?? null,
    revocation: toStatusEntryView(publicUrl, credential.revocation),
    suspension: toStatusEntryView(publicUrl, credential.suspension),
    learnerPersonId: credential.learnerPersonId ?? null,
    specificationVersionId: credential.specificationVersionId ?? null,
    verifiableCredential: credential.jwt ?? credential.credential,
  }
}

function toStatusEntryView(publicUrl: string, position: StatusListPosition | undefined) {
  return position === undefined
    ? null
    : {
        statusListCredential: statusListUrl(publicUrl, position.listId),
        statusListIndex: position.index,
      }
}
