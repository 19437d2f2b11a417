import type { CredentialReference } from './credential-reference.js'

/** `invited` until the counsellor first opens it, then `accepted`; `revoked` by the learner. */
export type CounsellorInvitationState = 'invited' | 'accepted' | 'revoked'

/**
 * A learner's invitation to a guidance counsellor, by e-mail address, to read the reflections on
 * some of their credentials and comment on them. The counsellor sees those credentials and
 * nothing else; the learner may revoke it at any time.
 */
export type CounsellorInvitation = {
  readonly id: string
  readonly learnerPersonId: string
  readonly learnerName: string
  readonly counsellorEmailAddress: string
  /** Set when the counsellor first opens the invitation, signed in with that address. */
  readonly counsellorPersonId: string | undefined
  readonly credentials: readonly CredentialReference[]
  readonly state: CounsellorInvitationState
  readonly createdAt: Date
  readonly acceptedAt: Date | undefined
  readonly revokedAt: Date | undefined
}
