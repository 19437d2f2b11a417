import type { Language } from '../language.js'

/**
 * A claim link for one issued credential, mailed to its learner. The link's token is kept only as
 * a SHA-256 hash; re-sending makes a new token, so an older link stops working. A claim is used
 * once: the credential then belongs to the person who claimed it.
 */
export type CredentialClaim = {
  readonly id: string
  readonly credentialId: string
  /** Where the link was sent. */
  readonly emailAddress: string
  /** The language of the mail and of the claim page. */
  readonly language: Language
  readonly tokenHash: string
  readonly expiresAt: Date
  readonly sentCount: number
  readonly lastSentAt: Date
  readonly claimedAt: Date | undefined
  readonly claimedBy: string | undefined
  readonly createdAt: Date
}

/** How long a claim link stays valid: long enough for a learner who reads mail rarely. */
export const claimLinkLifetimeMs = 30 * 24 * 60 * 60 * 1000

/** The prefix of claim link tokens, so that a leaked one is recognised. */
export const claimTokenPrefix = 'osaamo_cl_'
