import canonicalize from 'canonicalize'
import jsonld from 'jsonld'
import { CredentialProcessingError } from './credential-processing-error.js'
import type { DocumentLoader } from './document-loader.js'
import { toCanonicalNQuadsOf } from './fast-rdfc/canonical-n-quads.js'
import { decideFastPath } from './fast-rdfc/fast-path.js'

/** How long RDF canonicalisation of one document may take before it is given up. */
const canonicalizationTimeoutMs = 5_000

/**
 * The RDFC-1.0 canonical N-Quads of a JSON-LD document (with the final newline), in JSON-LD safe
 * mode: a term or type that does not expand to an absolute IRI is an error, never silently
 * dropped. rdf-canonize's default work factor and a time-out stop "poison" blank-node graphs.
 * A document that uses only Osaamo's static contexts in ways the fast path covers is converted
 * by it (byte-identical; docs/decisions/0021); anything else goes to jsonld.js.
 * @see https://www.w3.org/TR/rdf-canon/
 */
export async function toCanonicalNQuads(
  document: unknown,
  documentLoader: DocumentLoader,
): Promise<string> {
  const decision = await decideFastPath(document, documentLoader)
  if (!decision.fast) {
    return toCanonicalNQuadsWithJsonLd(document, documentLoader)
  }
  try {
    return await toCanonicalNQuadsOf(decision.dataset, () =>
      AbortSignal.timeout(canonicalizationTimeoutMs),
    )
  } catch (error) {
    throw asProcessingError(error)
  }
}

/**
 * The same canonical N-Quads made by jsonld.js and rdf-canonize alone: the general path, which
 * the fast path falls back to and is tested against.
 */
export async function toCanonicalNQuadsWithJsonLd(
  document: unknown,
  documentLoader: DocumentLoader,
): Promise<string> {
  try {
    return await jsonld.canonize(document, {
      algorithm: 'RDFC-1.0',
      format: 'application/n-quads',
      documentLoader,
      safe: true,
      base: null,
      canonizeOptions: { signal: AbortSignal.timeout(canonicalizationTimeoutMs) },
    })
  } catch (error) {
    throw asProcessingError(error)
  }
}

/**
 * Expands a document in JSON-LD safe mode and throws CredentialProcessingError when a context is
 * unknown or a term or type is undefined: a credential signed as JSON (JCS, JWT) must still mean
 * in RDF what it says.
 */
export async function checkJsonLdSafeMode(
  document: unknown,
  documentLoader: DocumentLoader,
): Promise<void> {
  try {
    await jsonld.expand(document, { documentLoader, safe: true, base: null })
  } catch (error) {
    throw asProcessingError(error)
  }
}

/** The RFC 8785 (JCS) canonical JSON of a value. */
export function toCanonicalJson(value: unknown): string {
  const text = canonicalize(value)
  if (text === undefined) {
    throw new CredentialProcessingError(
      'MALFORMED',
      'The document cannot be canonicalised as JSON.',
    )
  }
  return text
}

function asProcessingError(error: unknown): CredentialProcessingError {
  if (error instanceof CredentialProcessingError) {
    return error
  }
  // jsonld.js wraps loader failures; find ours to keep its problem code.
  const cause = findCause(error)
  if (cause !== undefined) {
    return cause
  }
  const message = error instanceof Error ? error.message : String(error)
  const details = describeJsonLdError(error)
  if (/abort|timeout|work factor|deep iterations/i.test(message)) {
    return new CredentialProcessingError(
      'CANONICALIZATION_LIMIT',
      'The document is too complex to canonicalise within the limits.',
      { cause: error },
    )
  }
  return new CredentialProcessingError(
    'JSONLD_INVALID',
    details === undefined ? message : `${message} ${details}`,
    { cause: error },
  )
}

function findCause(error: unknown): CredentialProcessingError | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 6 && current !== undefined && current !== null; depth += 1) {
    if (current instanceof CredentialProcessingError) {
      return current
    }
    const record = current as { cause?: unknown; details?: { cause?: unknown } }
    current = record.details?.cause ?? record.cause
  }
  return undefined
}

/** The offending term or type of a jsonld.js safe-mode error, where it names one. */
function describeJsonLdError(error: unknown): string | undefined {
  const details = (error as { details?: { event?: { details?: Record<string, unknown> } } }).details
    ?.event?.details
  if (details === undefined) {
    return undefined
  }
  const subject = details.property ?? details.type ?? details.term ?? details.value
  return subject === undefined ? undefined : `(${JSON.stringify(subject)})`
}
