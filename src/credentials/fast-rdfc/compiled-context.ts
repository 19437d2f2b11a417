import ContextResolver from 'jsonld/lib/ContextResolver.js'
import jsonldContext, { type ActiveContext } from 'jsonld/lib/context.js'
import jsonldEvents from 'jsonld/lib/events.js'
import jsonldUrl from 'jsonld/lib/url.js'
import { knownContexts } from '../document-loader.js'
import { NotCovered } from './not-covered.js'

/**
 * The options jsonld.canonize gives its context processing: safe mode (every unsafe event is an
 * error), no base IRI, and a loader that answers only Osaamo's static contexts.
 */
const contextOptions = {
  base: null,
  safe: true,
  eventHandler: [jsonldEvents.safeEventHandler],
  contextResolver: new ContextResolver({ sharedCache: new Map() }),
  documentLoader: async (url: string) => {
    const document = knownContexts.get(url)
    if (document === undefined) {
      throw new NotCovered(`context ${url} is not a static context`)
    }
    return { contextUrl: null, documentUrl: url, document }
  },
}

/** How a local context is applied, which decides jsonld.js's propagate/override flags. */
type Application = 'property' | 'type' | 'embedded'

/** What expansion needs to know about one term of one active context. */
export type TermInfo = {
  /** The term's expansion with `vocab: true`: an absolute IRI, a keyword, or null. */
  readonly iri: string | null
  /** Whether `iri` is an absolute IRI (jsonld.js's url.isAbsolute). */
  readonly isAbsolute: boolean
  readonly scopedContext: unknown
  readonly container: readonly string[]
  /** The type coercion: an IRI, `@id`, `@vocab`, `@json`, `@none`, or null. */
  readonly type: unknown
  readonly language: unknown
  readonly direction: unknown
  readonly isReverse: boolean
}

/**
 * A compile that has to happen before conversion can go on (context processing in jsonld.js is
 * asynchronous; conversion is not). The converter throws it; the caller awaits `compile()` and
 * converts again, now from the memo.
 */
export class ContextNotCompiled {
  constructor(readonly compile: () => Promise<void>) {}
}

/**
 * One jsonld.js active context, processed once and kept: the term tables of the contexts Osaamo
 * signs with, plus every context reached from them by a property- or type-scoped context. Each
 * derived context is memoised on its parent, so converting a document never processes or copies
 * a context once the tables are warm — that copying is most of jsonld.js's time.
 */
export class CompiledContext {
  private readonly derived = new Map<Application, Map<unknown, CompiledContext | NotCovered>>()
  private readonly terms = new Map<string, TermInfo>()
  private readonly types = new Map<string, string | null>()

  constructor(
    readonly active: ActiveContext,
    /** The context a type-scoped context reverts to (jsonld.js's previousContext). */
    readonly previous: CompiledContext | undefined,
  ) {}

  /** jsonld.js's revertToPreviousContext, without the copy. */
  revert(): CompiledContext {
    return this.previous ?? this
  }

  /** The context after applying a local context, from the memo or by ContextNotCompiled. */
  derive(localContext: unknown, application: Application): CompiledContext {
    const found = this.derived.get(application)?.get(localContext)
    if (found instanceof CompiledContext) {
      return found
    }
    if (found !== undefined) {
      throw found
    }
    throw new ContextNotCompiled(() => this.compile(localContext, application))
  }

  private async compile(localContext: unknown, application: Application): Promise<void> {
    let result: CompiledContext | NotCovered
    try {
      const active = await jsonldContext.process({
        activeCtx: this.active,
        localCtx: localContext,
        options: contextOptions,
        ...(application === 'property' ? { propagate: true, overrideProtected: true } : {}),
        ...(application === 'type' ? { propagate: false } : {}),
      })
      // jsonld.js keeps the context to revert to as a copy; find its compiled original.
      const previous =
        active.previousContext === undefined || active.previousContext === null
          ? undefined
          : this.active.previousContext
            ? this.previous
            : this
      result = new CompiledContext(active, previous)
    } catch (error) {
      result = new NotCovered(
        `context processing failed: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
    const byContext = this.derived.get(application) ?? new Map()
    byContext.set(localContext, result)
    this.derived.set(application, byContext)
  }

  /** Everything expansion asks about `term` in this context (jsonld.js's getContextValue). */
  term(term: string): TermInfo {
    let info = this.terms.get(term)
    if (info === undefined) {
      const active = this.active
      const iri = jsonldContext.expandIri(active, term, { vocab: true }, contextOptions)
      info = {
        iri,
        isAbsolute: jsonldUrl.isAbsolute(iri),
        scopedContext: jsonldContext.getContextValue(active, term, '@context'),
        container: (jsonldContext.getContextValue(active, term, '@container') ?? []) as string[],
        type: jsonldContext.getContextValue(active, term, '@type'),
        language: jsonldContext.getContextValue(active, term, '@language'),
        direction: jsonldContext.getContextValue(active, term, '@direction'),
        isReverse: active.mappings.get(term)?.reverse === true,
      }
      // Defined terms are kept, and a bounded number of others (language tags, say), so that a
      // document full of invented keys cannot grow it.
      if (active.mappings.has(term) || this.terms.size < 2_000) {
        this.terms.set(term, info)
      }
    }
    return info
  }

  /** A value of `@type` expanded as jsonld.js does (vocab and base relative). */
  typeIri(value: string): string | null {
    let iri = this.types.get(value)
    if (iri === undefined) {
      iri = jsonldContext.expandIri(this.active, value, { base: true, vocab: true }, contextOptions)
      if (this.active.mappings.has(value)) {
        this.types.set(value, iri)
      }
    }
    return iri
  }

  /** An `@id` value (or an `@id`-coerced string) expanded as jsonld.js does (base relative). */
  idIri(value: string): string | null {
    return jsonldContext.expandIri(this.active, value, { base: true }, contextOptions)
  }

  /** An `@vocab`-coerced string expanded as jsonld.js does. */
  vocabIri(value: string): string | null {
    return jsonldContext.expandIri(this.active, value, { base: true, vocab: true }, contextOptions)
  }
}

/** jsonld.js's initial context, the root every document's context is applied to. */
export const initialContext = new CompiledContext(
  jsonldContext.getInitialContext(contextOptions),
  undefined,
)

export const isKeyword = (value: unknown): boolean => jsonldContext.isKeyword(value)

/** Top-level contexts by their JSON text, so that equal contexts share one compiled context. */
const internedContexts = new Map<string, unknown>()

/**
 * The one object standing for a top-level `@context` of context URLs, so that the compiled
 * context is found again for the next document with the same contexts. Inline context objects
 * are not covered.
 */
export function internContext(value: unknown): unknown {
  const urls = Array.isArray(value) ? value : [value]
  if (urls.length === 0 || !urls.every((url) => typeof url === 'string')) {
    throw new NotCovered('a @context that is not a list of context URLs')
  }
  const key = JSON.stringify(value)
  let interned = internedContexts.get(key)
  if (interned === undefined) {
    if (internedContexts.size >= 1_000) {
      throw new NotCovered('too many different top-level contexts')
    }
    interned = structuredClone(value)
    internedContexts.set(key, interned)
  }
  return interned
}
