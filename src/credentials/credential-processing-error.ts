/**
 * Why a credential could not be processed, signed or verified. These are expected outcomes for
 * untrusted input: the verifier turns them into failed checks, the issuing services into AppErrors.
 * The codes follow the W3C Data Integrity and VC error names where one exists.
 */
export type CredentialProblem =
  | 'MALFORMED'
  | 'CONTEXT_UNKNOWN'
  | 'JSONLD_INVALID'
  | 'PROOF_MISSING'
  | 'PROOF_TRANSFORMATION_ERROR'
  | 'PROOF_GENERATION_ERROR'
  | 'PROOF_VERIFICATION_ERROR'
  | 'KEY_INVALID'
  | 'KEY_UNRESOLVED'
  | 'CANONICALIZATION_LIMIT'

export class CredentialProcessingError extends Error {
  readonly problem: CredentialProblem

  constructor(problem: CredentialProblem, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'CredentialProcessingError'
    this.problem = problem
  }
}
