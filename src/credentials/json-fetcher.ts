import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { DocumentRetrievalError } from './document-retrieval-error.js'

/** Fetches the JSON document at a URL; rejects with a DocumentRetrievalError. */
export type FetchJson = (url: string, options: { signal: AbortSignal }) => Promise<unknown>

/** DID documents and status lists are small; a bigger answer is refused while it streams. */
const defaultMaximumBytes = 2 * 1024 * 1024
const maximumRedirects = 3
const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * A {@link FetchJson} on node:https: GET with `Accept: application/json`, https only (http only
 * for localhost and 127.0.0.1, for development), at most three redirects under the same rule, the
 * body cut off at `maximumBytes`. `ca` adds trusted certificates, so tests can serve did:web
 * documents over real TLS from a certificate made at test time.
 */
export function createJsonFetcher(
  options: { ca?: string | Buffer; maximumBytes?: number } = {},
): FetchJson {
  const maximumBytes = options.maximumBytes ?? defaultMaximumBytes
  return async (url, { signal }) => {
    let current = url
    for (let redirects = 0; ; redirects += 1) {
      const response = await get(current, signal, options.ca)
      const location = response.headers.location
      if (
        response.statusCode !== undefined &&
        response.statusCode >= 300 &&
        response.statusCode < 400 &&
        location !== undefined
      ) {
        response.resume()
        if (redirects >= maximumRedirects) {
          throw new DocumentRetrievalError('http-error', `Too many redirects from ${url}.`)
        }
        current = new URL(location, current).href
        continue
      }
      if (response.statusCode !== 200) {
        response.resume()
        throw new DocumentRetrievalError(
          'http-error',
          `${current} answered HTTP ${response.statusCode}.`,
        )
      }
      const body = await readBody(response, maximumBytes, current, signal)
      try {
        return JSON.parse(body) as unknown
      } catch (error) {
        throw new DocumentRetrievalError('not-json', `${current} did not answer JSON.`, {
          cause: error,
        })
      }
    }
  }
}

/** Whether the default fetcher may ask this URL: https, or http on the loopback host. */
export function isFetchableUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return (
    parsed.protocol === 'https:' ||
    (parsed.protocol === 'http:' && loopbackHosts.has(parsed.hostname))
  )
}

function get(
  url: string,
  signal: AbortSignal,
  ca: string | Buffer | undefined,
): Promise<IncomingMessage> {
  if (!isFetchableUrl(url)) {
    return Promise.reject(
      new DocumentRetrievalError('not-allowed', `${url} is not an https address.`),
    )
  }
  const request = url.startsWith('https:') ? httpsRequest : httpRequest
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: 'GET',
        headers: { accept: 'application/did+json, application/json, application/ld+json' },
        signal,
        ...(ca === undefined ? {} : { ca }),
      },
      resolve,
    )
    outgoing.on('error', (error) => reject(asRetrievalError(error, url, signal)))
    outgoing.end()
  })
}

async function readBody(
  response: IncomingMessage,
  maximumBytes: number,
  url: string,
  signal: AbortSignal,
): Promise<string> {
  const declared = Number(response.headers['content-length'])
  if (Number.isFinite(declared) && declared > maximumBytes) {
    response.destroy()
    throw new DocumentRetrievalError('too-large', `${url} is larger than ${maximumBytes} bytes.`)
  }
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of response) {
      size += (chunk as Buffer).length
      if (size > maximumBytes) {
        response.destroy()
        throw new DocumentRetrievalError(
          'too-large',
          `${url} is larger than ${maximumBytes} bytes.`,
        )
      }
      chunks.push(chunk as Buffer)
    }
  } catch (error) {
    throw error instanceof DocumentRetrievalError ? error : asRetrievalError(error, url, signal)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function asRetrievalError(
  error: unknown,
  url: string,
  signal: AbortSignal | undefined,
): DocumentRetrievalError {
  if (signal?.aborted === true || (error as { name?: string }).name === 'AbortError') {
    return new DocumentRetrievalError('timeout', `${url} did not answer in time.`, { cause: error })
  }
  const message = error instanceof Error ? error.message : String(error)
  return new DocumentRetrievalError('network-error', `${url} could not be reached: ${message}`, {
    cause: error,
  })
}
