import type { JsonObject } from '../core/index.js'
import { type CachedJsonSourceOptions, createCachedJsonSource } from './cached-json-source.js'
import { isDidKey, toDidKeyDocument } from './did-key.js'
import { DocumentRetrievalError } from './document-retrieval-error.js'

/**
 * Finds the documents that name verification keys: DID documents, and key or controller
 * documents at http(s) URLs. Rejects with a DocumentRetrievalError saying why.
 */
export type DidResolver = {
  /** The DID document of a did:key (made offline) or a did:web (registry, then HTTPS). */
  resolve(did: string): Promise<JsonObject>
  /** The JSON object at an https URL (fragment ignored): a key or controller document. */
  dereference(url: string): Promise<JsonObject>
}

export type DidResolverOptions = CachedJsonSourceOptions

/**
 * A {@link DidResolver}. The registry (DID or URL → document) is consulted first, so that known
 * DIDs resolve without the network; everything fetched is cached per DID or URL for the TTL.
 * A did:web document must carry the DID as its `id`.
 * @see https://w3c-ccg.github.io/did-method-web/#read-resolve
 */
export function createDidResolver(options: DidResolverOptions): DidResolver {
  const source = createCachedJsonSource(options)
  return {
    async resolve(didUrl) {
      const did = didUrl.split('#')[0] ?? ''
      if (isDidKey(did)) {
        try {
          return toDidKeyDocument(did)
        } catch (error) {
          throw new DocumentRetrievalError('invalid', `${did} is not an Ed25519 did:key.`, {
            cause: error,
          })
        }
      }
      if (!did.startsWith('did:web:')) {
        throw new DocumentRetrievalError(
          'unsupported',
          `${did} uses a DID method Osaamo does not resolve.`,
        )
      }
      const document = toObject(await source(did, didWebDocumentUrl(did)), did)
      checkDidDocumentId(did, document)
      return document
    },
    async dereference(url) {
      const withoutFragment = url.split('#')[0] ?? ''
      return toObject(await source(withoutFragment, withoutFragment), withoutFragment)
    },
  }
}

/**
 * The https URL of a did:web's document: colons become slashes, a %3A-encoded port is decoded,
 * and a DID without a path resolves to `/.well-known/did.json`.
 */
export function didWebDocumentUrl(did: string): string {
  const match = /^did:web:([^:#?/]+)((?::[^:#?/]+)*)$/.exec(did)
  const encodedHost = match?.[1]
  if (encodedHost === undefined) {
    throw new DocumentRetrievalError('invalid', `${did} is not a did:web.`)
  }
  const host = encodedHost.replace(/%3A/i, ':')
  if (!/^[a-z0-9.-]+(:\d{1,5})?$/i.test(host)) {
    throw new DocumentRetrievalError('invalid', `${did} does not name a valid host.`)
  }
  const path = (match?.[2] ?? '')
    .split(':')
    .filter((segment) => segment !== '')
    .map((segment) => encodeURIComponent(safeDecode(segment, did)))
  return path.length === 0
    ? `https://${host}/.well-known/did.json`
    : `https://${host}/${path.join('/')}/did.json`
}

/** A DID document must describe the DID it was fetched for. */
export function checkDidDocumentId(did: string, document: JsonObject): void {
  if (document.id !== did) {
    throw new DocumentRetrievalError(
      'wrong-id',
      `The DID document for ${did} has the id ${JSON.stringify(document.id)}.`,
    )
  }
}

function toObject(value: unknown, address: string): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DocumentRetrievalError('not-json', `${address} is not a JSON object.`)
  }
  return value as JsonObject
}

function safeDecode(segment: string, did: string): string {
  try {
    return decodeURIComponent(segment)
  } catch (error) {
    throw new DocumentRetrievalError('invalid', `${did} has a malformed path.`, { cause: error })
  }
}
