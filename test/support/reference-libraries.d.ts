// Declarations for the Digital Bazaar libraries the tests and benchmarks use as the reference
// implementation (devDependencies without types). Only what Osaamo's tests call is declared.

declare module '@digitalbazaar/vc' {
  type DocumentLoader = (url: string) => Promise<unknown>
  export function issue(options: {
    credential: unknown
    suite: unknown
    documentLoader: DocumentLoader
  }): Promise<Record<string, unknown>>
  export function verifyCredential(options: {
    credential: unknown
    suite: unknown
    documentLoader: DocumentLoader
    now?: Date
    checkStatus?: (options: unknown) => Promise<{ verified: boolean }>
  }): Promise<{ verified: boolean; error?: unknown; results?: unknown[] }>
}

declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { signer?: unknown; cryptosuite: unknown; date?: string | Date })
  }
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: unknown
}

declare module '@digitalbazaar/ed25519-multikey' {
  type KeyPair = {
    id?: string
    controller?: string
    publicKeyMultibase: string
    signer(): unknown
    export(options: {
      publicKey?: boolean
      secretKey?: boolean
      includeContext?: boolean
    }): Promise<Record<string, unknown>>
  }
  export function from(key: Record<string, unknown>): Promise<KeyPair>
  export function generate(options?: { id?: string; controller?: string }): Promise<KeyPair>
}
