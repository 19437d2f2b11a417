import { createVerificationCheck, type JsonObject, type VerificationCheck } from '../core/index.js'
import { toCanonicalNQuads } from './canonical-form.js'
import { CredentialProcessingError } from './credential-processing-error.js'
import type { DocumentLoader } from './document-loader.js'
import { decideFastPath } from './fast-rdfc/fast-path.js'

/**
 * The `json-ld` check: the whole document, proof included, must process in JSON-LD safe mode with
 * Osaamo's static loader. An unknown context names its URL; an undefined or redefined term names
 * the term. This is what refuses real badges with `StatusList2021Entry` but no context for it.
 * @see https://www.w3.org/TR/vc-data-model-2.0/#json-ld
 */
export async function checkJsonLd(
  document: JsonObject,
  documentLoader: DocumentLoader,
): Promise<VerificationCheck> {
  let unknownUrl: string | undefined
  const recordingLoader: DocumentLoader = async (url) => {
    try {
      return await documentLoader(url)
    } catch (error) {
      unknownUrl ??= url
      throw error
    }
  }
  if (await isSafeOnFastPath(document, documentLoader)) {
    return createVerificationCheck('json-ld', 'ok', 'JSONLD_VALID')
  }
  try {
    await toCanonicalNQuads(document, recordingLoader)
    return createVerificationCheck('json-ld', 'ok', 'JSONLD_VALID')
  } catch (error) {
    if (!(error instanceof CredentialProcessingError)) {
      throw error
    }
    const details = { reason: error.message }
    if (error.problem === 'CONTEXT_UNKNOWN') {
      const url = unknownUrl ?? 'unknown'
      return createVerificationCheck('json-ld', 'failed', 'CONTEXT_UNKNOWN', {
        values: { url },
        details: { ...details, url },
      })
    }
    if (error.problem === 'CANONICALIZATION_LIMIT') {
      return createVerificationCheck('json-ld', 'failed', 'CANONICALIZATION_LIMIT', { details })
    }
    const problem = jsonLdProblemOf(error.cause)
    if (problem?.term !== undefined) {
      const code = problem.isRedefinition ? 'TERM_REDEFINED' : 'TERM_UNDEFINED'
      return createVerificationCheck('json-ld', 'failed', code, {
        values: { term: problem.term },
        details: { ...details, term: problem.term },
      })
    }
    return createVerificationCheck('json-ld', 'failed', 'JSONLD_INVALID', { details })
  }
}

/**
 * Whether the fast path alone shows the document valid in safe mode: it converts only documents
 * whose every term and type its compiled static contexts define. A signed document's `proof` is a
 * graph container, which the fast path leaves to jsonld.js; but a proof node is expanded with the
 * document's top-level context (type-scoped contexts do not reach nested nodes), exactly as its
 * proof configuration is when the proof is verified, so each proof is checked that way and the
 * document without it on its own. Anything the fast path does not cover answers false, and the
 * whole document goes to jsonld.js, which also words the problems.
 */
async function isSafeOnFastPath(
  document: JsonObject,
  documentLoader: DocumentLoader,
): Promise<boolean> {
  const { proof, ...unsecured } = document
  const proofs = proof === undefined ? [] : Array.isArray(proof) ? proof : [proof]
  const parts: unknown[] = [unsecured]
  for (const each of proofs) {
    if (typeof each !== 'object' || each === null || Array.isArray(each) || '@context' in each) {
      return false
    }
    parts.push({ '@context': document['@context'], ...each })
  }
  for (const part of parts) {
    if (!(await decideFastPath(part, documentLoader)).fast) {
      return false
    }
  }
  return true
}

type JsonLdErrorDetails = {
  code?: unknown
  term?: unknown
  event?: { details?: { type?: unknown; property?: unknown; term?: unknown; value?: unknown } }
}

/** The offending term of a jsonld.js error: a safe-mode event, or a protected-term redefinition. */
function jsonLdProblemOf(error: unknown): { term?: string; isRedefinition: boolean } | undefined {
  const details = (error as { details?: JsonLdErrorDetails } | undefined)?.details
  if (details === undefined) {
    return undefined
  }
  if (details.code === 'protected term redefinition' && typeof details.term === 'string') {
    return { term: details.term, isRedefinition: true }
  }
  const event = details.event?.details
  const term = [event?.type, event?.property, event?.term, event?.value].find(
    (value) => typeof value === 'string',
  )
  return typeof term === 'string' ? { term, isRedefinition: false } : undefined
}
