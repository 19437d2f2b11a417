import type { JsonObject } from './json.js'
import type { ProofFormat } from './signing-key.js'
import type { StatusListPosition } from './status-list.js'

/** Where an issued credential stands. Revocation is final; suspension can be lifted. */
export type CredentialState = 'active' | 'suspended' | 'revoked'
export const credentialStates: readonly CredentialState[] = ['active', 'suspended', 'revoked']

/** What an organisation's registrar may do to an issued credential's status. */
export type CredentialStatusAction = 'revoke' | 'suspend' | 'reinstate'
export const credentialStatusActions: readonly CredentialStatusAction[] = [
  'revoke',
  'suspend',
  'reinstate',
]

/**
 * A credential an organisation signed and issued. `credential` is the signed document (for a
 * VC-JWT, the credential the JWT carries); `jwt` is the JWT itself.
 */
export type IssuedCredential = {
  /** A UUID; the credential's own id is `urn:uuid:<id>` unless the issuer gave another. */
  readonly id: string
  readonly organisationId: string
  readonly format: ProofFormat
  readonly credential: JsonObject
  readonly jwt: string | undefined
  readonly state: CredentialState
  readonly revocation: StatusListPosition | undefined
  readonly suspension: StatusListPosition | undefined
  readonly issuedAt: Date
  readonly statusChangedAt: Date | undefined
  /** Why the status last changed, as the registrar wrote it. */
  readonly statusReason: string | undefined
  readonly learnerPersonId: string | undefined
  readonly specificationVersionId: string | undefined
  /** The enrolment the credential was issued for (cohort issuing): one credential each. */
  readonly enrolmentId: string | undefined
}

/**
 * The state a status action leads to, or undefined when it is not allowed: revoke an active or
 * suspended credential, suspend an active one, reinstate a suspended one.
 */
export function nextCredentialState(
  state: CredentialState,
  action: CredentialStatusAction,
): CredentialState | undefined {
  switch (action) {
    case 'revoke':
      return state === 'revoked' ? undefined : 'revoked'
    case 'suspend':
      return state === 'active' ? 'suspended' : undefined
    case 'reinstate':
      return state === 'suspended' ? 'active' : undefined
    default: {
      const exhaustive: never = action
      return exhaustive
    }
  }
}
