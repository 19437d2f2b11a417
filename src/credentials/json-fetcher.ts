import { type LookupAddress, lookup } from 'node:dns'
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { BlockList, isIP } from 'node:net'
import { DocumentRetrievalError } from './document-retrieval-error.js'

/** Fetches the JSON document at a URL; rejects with a DocumentRetrievalError. */
export type FetchJson = (url: string, options: { signal: AbortSignal }) => Promise<unknown>

/** DID documents and status lists are small; a bigger answer is refused while it streams. */
const defaultMaximumBytes = 2 * 1024 * 1024
const maximumRedirects = 3
const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * Addresses a credential must not make this server ask: loopback, private, link-local and shared
 * ranges. A credential names its own DID and status list hosts, so without this rule anyone could
 * point the public verify endpoint at services inside the installation's network.
 */
const privateNetworks = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const) {
  privateNetworks.addSubnet(network, prefix, 'ipv4')
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
] as const) {
  privateNetworks.addSubnet(network, prefix, 'ipv6')
}

export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1]
  if (mapped !== undefined) {
    return privateNetworks.check(mapped, 'ipv4')
  }
  const family = isIP(address)
  return family !== 0 && privateNetworks.check(address, family === 4 ? 'ipv4' : 'ipv6')
}

/**
 * A {@link FetchJson} on node:https: GET with `Accept: application/json`, https only, at most three
 * redirects under the same rule, the body cut off at `maximumBytes`. Hosts on loopback or private
 * networks are refused (checked on the resolved address, so a DNS name cannot hide one) unless
 * `allowPrivateNetwork`, which also allows http on localhost and 127.0.0.1: for development and
 * tests. `ca` adds trusted certificates, so tests can serve did:web documents over real TLS.
 */
export function createJsonFetcher(
  options: { ca?: string | Buffer; maximumBytes?: number; allowPrivateNetwork?: boolean } = {},
): FetchJson {
  const allowPrivateNetwork = options.allowPrivateNetwork ?? false
  const maximumBytes = options.maximumBytes ?? defaultMaximumBytes
  return async (url, { signal }) => {
    let current = url
    for (let redirects = 0; ; redirects += 1) {
      const response = await get(current, signal, options.ca, allowPrivateNetwork)
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

/**
 * Whether the default fetcher may ask this URL: https, or with `allowPrivateNetwork` also http on
 * the loopback host; never a private IP literal unless allowed.
 */
export function isFetchableUrl(url: string, allowPrivateNetwork = true): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  const host = parsed.hostname.replace(/^\[|\]$/g, '')
  if (!allowPrivateNetwork && (host === 'localhost' || isPrivateAddress(host))) {
    return false
  }
  return (
    parsed.protocol === 'https:' ||
    (parsed.protocol === 'http:' && allowPrivateNetwork && loopbackHosts.has(parsed.hostname))
  )
}

function get(
  url: string,
  signal: AbortSignal,
  ca: string | Buffer | undefined,
  allowPrivateNetwork: boolean,
): Promise<IncomingMessage> {
  if (!isFetchableUrl(url, allowPrivateNetwork)) {
    return Promise.reject(
      new DocumentRetrievalError(
        'not-allowed',
        `${url} is not an https address on the public internet.`,
      ),
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
        ...(allowPrivateNetwork ? {} : { lookup: publicOnlyLookup }),
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
  if ((error as { code?: string }).code === 'EPRIVATEADDRESS') {
    return new DocumentRetrievalError('not-allowed', `${url} is on a private network.`, {
      cause: error,
    })
  }
  return new DocumentRetrievalError('network-error', `${url} could not be reached: ${message}`, {
    cause: error,
  })
}

/** dns.lookup that refuses names resolving to a private or loopback address. */
function publicOnlyLookup(
  hostname: string,
  options: object,
  callback: (
    error: NodeJS.ErrnoException | null,
    address: string | LookupAddress[],
    family?: number,
  ) => void,
): void {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error !== null) {
      callback(error, [])
      return
    }
    const blocked = addresses.find((entry) => isPrivateAddress(entry.address))
    if (blocked !== undefined) {
      callback(
        Object.assign(new Error(`${hostname} resolves to a private address.`), {
          code: 'EPRIVATEADDRESS',
        }),
        [],
      )
      return
    }
    const wantsAll = (options as { all?: boolean }).all === true
    const first = addresses[0]
    if (wantsAll || first === undefined) {
      callback(null, addresses)
    } else {
      callback(null, first.address, first.family)
    }
  })
}
