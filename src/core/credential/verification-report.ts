import type { LanguageMap } from '../language.js'

/** How one verification check came out. A warning never makes the verdict fail. */
export type CheckOutcome = 'ok' | 'failed' | 'warning' | 'skipped'

/** The checks of a verification, in the order they run and are reported. */
export type VerificationCheckId =
  | 'format'
  | 'json-ld'
  | 'proof'
  | 'issuer-key'
  | 'validity-period'
  | 'status'
  | 'schema'
  | 'issuer-trust'

export type VerificationCheck = {
  readonly id: VerificationCheckId
  readonly outcome: CheckOutcome
  /** A stable code for the reason, e.g. SIGNATURE_INVALID, CREDENTIAL_REVOKED. */
  readonly code: string
  /** The reason in plain language, in Finnish, Swedish and English. */
  readonly message: LanguageMap
  /** Machine-readable facts behind the message (dates, status index, schema errors). */
  readonly details?: { readonly [key: string]: unknown }
}

/**
 * The answer to "can I trust this credential?": the verdict, and every check with its outcome
 * and reason, so that a person sees why.
 */
export type VerificationReport = {
  readonly verified: boolean
  /** How the credential was secured: an embedded Data Integrity proof, a VC-JWT, or unknown. */
  readonly format: 'data-integrity' | 'vc-jwt' | 'unknown'
  readonly credentialId?: string
  readonly issuerId?: string
  readonly checks: readonly VerificationCheck[]
}
