// Types for the parts of jsonld.js that the fast canonicalisation path calls directly: its own
// context processing and IRI expansion (so the term tables are exactly jsonld.js's), its
// absolute-IRI test and its safe-mode event handler. Only what is called is declared.

declare module 'jsonld/lib/context.js' {
  type TermDefinition = Record<string, unknown> & {
    '@id'?: string
    '@container'?: string[]
    '@context'?: unknown
    reverse?: boolean
  }
  export type ActiveContext = {
    mappings: Map<string, TermDefinition | null>
    previousContext?: ActiveContext
    [key: string]: unknown
  }
  type ContextOptions = Record<string, unknown>
  const context: {
    process(input: {
      activeCtx: ActiveContext
      localCtx: unknown
      options: ContextOptions
      propagate?: boolean
      overrideProtected?: boolean
    }): Promise<ActiveContext>
    getInitialContext(options: ContextOptions): ActiveContext
    expandIri(
      activeCtx: ActiveContext,
      value: string,
      relativeTo: { base?: boolean; vocab?: boolean },
      options: ContextOptions,
    ): string | null
    getContextValue(activeCtx: ActiveContext, key: string | null, type: string): unknown
    isKeyword(value: unknown): boolean
  }
  // biome-ignore lint/style/noDefaultExport: declares the CommonJS module's export
  export default context
}

declare module 'jsonld/lib/url.js' {
  const url: { isAbsolute(value: unknown): boolean }
  // biome-ignore lint/style/noDefaultExport: declares the CommonJS module's export
  export default url
}

declare module 'jsonld/lib/ContextResolver.js' {
  class ContextResolver {
    constructor(options: {
      sharedCache: { get(key: string): unknown; set(key: string, value: unknown): unknown }
    })
  }
  // biome-ignore lint/style/noDefaultExport: declares the CommonJS module's export
  export default ContextResolver
}

declare module 'jsonld/lib/events.js' {
  const events: { safeEventHandler: (input: { event: unknown; next: () => void }) => void }
  // biome-ignore lint/style/noDefaultExport: declares the CommonJS module's export
  export default events
}

declare module 'rdf-canonize' {
  type Term = { termType: string; value: string; datatype?: Term; language?: string }
  type Quad = { subject: Term; predicate: Term; object: Term; graph: Term }
  const rdfCanonize: {
    canonize(
      dataset: Quad[],
      options: { algorithm: 'RDFC-1.0'; signal?: AbortSignal; maxWorkFactor?: number },
    ): Promise<string>
  }
  // biome-ignore lint/style/noDefaultExport: declares the CommonJS module's export
  export default rdfCanonize
}
