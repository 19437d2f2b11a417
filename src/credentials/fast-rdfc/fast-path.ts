import { answersWithKnownContext, type DocumentLoader } from '../document-loader.js'
import { ContextNotCompiled } from './compiled-context.js'
import { NotCovered } from './not-covered.js'
import { type Dataset, toQuads } from './to-quads.js'

/** Whether a document goes the fast path (with its quads) or to jsonld.js, and why. */
export type FastPathDecision =
  | { readonly fast: true; readonly dataset: Dataset }
  | { readonly fast: false; readonly reason: string }

/** Context compiles one document may wait for before it is given to jsonld.js instead. */
const maximumCompiles = 64

/**
 * Decides whether a document's canonical N-Quads can be made by the fast path: a JSON object
 * whose `@context` lists only static contexts (answered by this loader from Osaamo's own copies)
 * and whose every term, type and value the converter covers. Otherwise the reason, and the
 * caller uses jsonld.js, which gives the same answer or the same safe-mode error.
 */
export async function decideFastPath(
  document: unknown,
  documentLoader: DocumentLoader,
): Promise<FastPathDecision> {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return { fast: false, reason: 'the document is not a JSON object' }
  }
  const record = document as Record<string, unknown>
  const context = record['@context']
  const urls = Array.isArray(context) ? context : [context]
  for (const url of urls) {
    if (typeof url !== 'string') {
      return { fast: false, reason: 'the @context is not a list of context URLs' }
    }
    if (!answersWithKnownContext(documentLoader, url)) {
      return { fast: false, reason: `the context ${url} is not one of the static contexts` }
    }
  }
  for (let compiles = 0; compiles <= maximumCompiles; compiles += 1) {
    try {
      return { fast: true, dataset: toQuads(record) }
    } catch (error) {
      if (error instanceof ContextNotCompiled) {
        await error.compile()
        continue
      }
      if (error instanceof NotCovered) {
        return { fast: false, reason: error.reason }
      }
      const message = error instanceof Error ? error.message : String(error)
      return { fast: false, reason: `unexpected: ${message}` }
    }
  }
  return { fast: false, reason: 'too many contexts to compile' }
}
