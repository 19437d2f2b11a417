import type { JsonObject } from '../credential/json.js'

/**
 * A partner organisation's sign-off of one specification version: who signed off, the
 * fingerprint of the content they reviewed, their comment, and the Open Badges 3.0
 * EndorsementCredential it produced, signed with the organisation's key. Never changed after
 * signing; a withdrawal is recorded beside it.
 */
export type Endorsement = {
  readonly id: string
  readonly versionId: string
  /** The endorsing partner organisation, the credential's issuer. */
  readonly organisationId: string
  /** The person who signed off; undefined once erased, or for an API token. */
  readonly signedOffBy: string | undefined
  /** {@link contentFingerprint} of the version's content at sign-off. */
  readonly contentFingerprint: string
  /** The endorsement text (Markdown), also the credential's `endorsementComment`. */
  readonly comment: string
  /** The signed EndorsementCredential. */
  readonly credential: JsonObject
  readonly createdAt: Date
  readonly withdrawnAt: Date | undefined
  readonly withdrawalReason: string | undefined
}

/** The longest endorsement comment accepted, in characters. */
export const maximumEndorsementCommentLength = 5000

/** Roles of a partner organisation's members that may sign off in its name. */
export const signOffRoles = ['partner', 'admin'] as const

/**
 * Whether an endorsement belongs in what is shown and issued for the version as it is now: not
 * withdrawn, and given for the content the version still has. A draft edited after the sign-off
 * keeps the record but no longer carries it (docs/decisions/0025).
 */
export function isEndorsementCurrent(
  endorsement: Endorsement,
  currentFingerprint: string,
): boolean {
  return (
    endorsement.withdrawnAt === undefined && endorsement.contentFingerprint === currentFingerprint
  )
}
