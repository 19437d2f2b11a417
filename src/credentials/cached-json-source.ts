import type { Clock } from '../core/index.js'
import { DocumentRetrievalError } from './document-retrieval-error.js'
import { createJsonFetcher, type FetchJson } from './json-fetcher.js'

/** How documents are found: a local registry first, then the network, with a time-out and a cache. */
export type CachedJsonSourceOptions = {
  /** Documents by key (a DID, a URL), answered without any request; consulted first. */
  readonly registry?: ReadonlyMap<string, unknown>
  /** Default: {@link createJsonFetcher}, https only. */
  readonly fetchJson?: FetchJson
  /** How long one fetch may take; default 5 s. */
  readonly timeoutMs?: number
  /** How long a fetched document is reused; default 5 minutes. */
  readonly cacheTtlMs?: number
  readonly clock: Clock
}

/** The document for `key`, fetched from `url` when the registry does not hold it. */
export type CachedJsonSource = (key: string, url: string) => Promise<unknown>

export const defaultTimeoutMs = 5_000
export const defaultCacheTtlMs = 5 * 60_000

/**
 * A {@link CachedJsonSource}. Successful fetches are cached per key for the TTL (concurrent asks
 * share one request); failures are not cached, so a server that recovers is asked again.
 */
export function createCachedJsonSource(options: CachedJsonSourceOptions): CachedJsonSource {
  const fetchJson = options.fetchJson ?? createJsonFetcher()
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs
  const cacheTtlMs = options.cacheTtlMs ?? defaultCacheTtlMs
  const cache = new Map<string, { expiresAt: number; document: Promise<unknown> }>()

  return async (key, url) => {
    const registered = options.registry?.get(key)
    if (registered !== undefined) {
      return registered
    }
    const now = options.clock.now().getTime()
    const cached = cache.get(key)
    if (cached !== undefined && cached.expiresAt > now) {
      return cached.document
    }
    const document = fetchWithTimeout(fetchJson, url, timeoutMs)
    cache.set(key, { expiresAt: now + cacheTtlMs, document })
    document.catch(() => {
      if (cache.get(key)?.document === document) {
        cache.delete(key)
      }
    })
    return document
  }
}

async function fetchWithTimeout(
  fetchJson: FetchJson,
  url: string,
  timeoutMs: number,
): Promise<unknown> {
  const signal = AbortSignal.timeout(timeoutMs)
  // A fetcher that ignores the signal still cannot hold the verification up.
  const timedOut = new Promise<never>((_resolve, reject) => {
    signal.addEventListener(
      'abort',
      () =>
        reject(
          new DocumentRetrievalError('timeout', `${url} did not answer within ${timeoutMs} ms.`),
        ),
      { once: true },
    )
  })
  timedOut.catch(() => undefined)
  try {
    return await Promise.race([fetchJson(url, { signal }), timedOut])
  } catch (error) {
    if (error instanceof DocumentRetrievalError) {
      throw error
    }
    if (signal.aborted) {
      throw new DocumentRetrievalError('timeout', `${url} did not answer within ${timeoutMs} ms.`, {
        cause: error,
      })
    }
    const message = error instanceof Error ? error.message : String(error)
    throw new DocumentRetrievalError('network-error', `${url} could not be fetched: ${message}`, {
      cause: error,
    })
  }
}
