import type { JsonObject } from '../core/index.js'
import { type CachedJsonSourceOptions, createCachedJsonSource } from './cached-json-source.js'
import { DocumentRetrievalError } from './document-retrieval-error.js'

/** Fetches status list credentials (and 1EdTech revocation lists) by URL. */
export type StatusListFetcher = {
  /** The JSON object at the URL; rejects with a DocumentRetrievalError saying why. */
  fetch(url: string): Promise<JsonObject>
}

export type StatusListFetcherOptions = CachedJsonSourceOptions

/**
 * A {@link StatusListFetcher}: the registry (URL → list credential) first, then HTTPS with a
 * time-out, a size limit and a cache per URL. Caching also serves herd privacy: the issuer sees
 * fewer requests to correlate.
 * @see https://www.w3.org/TR/vc-bitstring-status-list/#privacy-considerations
 */
export function createStatusListFetcher(options: StatusListFetcherOptions): StatusListFetcher {
  const source = createCachedJsonSource(options)
  return {
    async fetch(url) {
      const document = await source(url, url)
      if (typeof document !== 'object' || document === null || Array.isArray(document)) {
        throw new DocumentRetrievalError('not-json', `${url} is not a JSON object.`)
      }
      return document as JsonObject
    },
  }
}
