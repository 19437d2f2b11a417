/**
 * A key the credential engine can sign with: its public half, the verification method that
 * names it in proofs, and an opaque handle to the secret that only the engine can use. Secrets
 * never leave the engine in clear.
 */
export type SigningKey = {
  readonly publicKeyMultibase: string
  readonly verificationMethod: string
  readonly handle: object
}

/** The proof formats Osaamo issues; eddsa-rdfc-2022 is the default. */
export type ProofFormat = 'eddsa-rdfc-2022' | 'eddsa-jcs-2022' | 'vc+jwt'
export const proofFormats: readonly ProofFormat[] = ['eddsa-rdfc-2022', 'eddsa-jcs-2022', 'vc+jwt']
