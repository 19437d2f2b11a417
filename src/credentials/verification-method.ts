import { createPublicKey, type KeyObject } from 'node:crypto'
import { base58 } from '@scure/base'
import type { JsonObject, RetrievalReason } from '../core/index.js'
import { DocumentRetrievalError } from './document-retrieval-error.js'
import {
  encodePublicKey,
  publicKeyFromMultibase,
  publicKeyFromRaw,
  rawPublicKey,
} from './multikey.js'

/** A public key found for a proof, and what is known of whom it belongs to. */
export type VerificationKey = {
  /** The verification method id, as the proof or the JWT header names it. */
  readonly id: string
  /** Who controls the key: the DID, the controller document's id, or the part before `#`. */
  readonly controller: string | undefined
  readonly publicKey: KeyObject
  readonly keyType: 'Ed25519' | 'RSA' | 'other'
  /**
   * `fragment`: the key is the verificationMethod's own `#z6Mk…` fragment (the 1EdTech
   * convention); `document`: found in a DID, controller or key document; `jwt-header`: the JWT
   * carries it.
   */
  readonly source: 'fragment' | 'document' | 'jwt-header'
  /** False for a fragment key that no document published by its controller confirms. */
  readonly isConfirmed: boolean
  /** False when the controller document does not list the key under `assertionMethod`. */
  readonly isAssertionMethod: boolean
}

/** Where key documents come from: the verifier's local documents first, then the resolver. */
export type KeyDocuments = {
  resolveDid(did: string): Promise<JsonObject>
  dereference(url: string): Promise<JsonObject>
}

export type KeyResolution =
  | { readonly isResolved: true; readonly key: VerificationKey }
  | {
      readonly isResolved: false
      readonly code: 'KEY_UNRESOLVED' | 'KEY_NOT_FOUND' | 'KEY_INVALID'
      readonly reason?: RetrievalReason
      readonly message: string
    }

/**
 * Finds the public key a verificationMethod names, in the order of the 1EdTech validator:
 * a DID through its DID document (did:key offline, did:web through the resolver); otherwise a
 * `#z6Mk…` fragment that is itself an Ed25519 publicKeyMultibase, with the part before `#` as
 * controller (confirmed from the controller's https document when it can be fetched); otherwise
 * the https key or controller document. DIDs never take the fragment shortcut: a DID's keys are
 * the ones its document lists.
 * @see https://www.w3.org/TR/vc-data-integrity/#retrieve-verification-method
 */
export async function resolveVerificationMethod(
  verificationMethod: string,
  documents: KeyDocuments,
): Promise<KeyResolution> {
  const hash = verificationMethod.indexOf('#')
  const base = hash < 0 ? verificationMethod : verificationMethod.slice(0, hash)
  const fragment = hash < 0 ? undefined : verificationMethod.slice(hash + 1)
  try {
    if (base.startsWith('did:')) {
      return fromControllerDocument(verificationMethod, await documents.resolveDid(base))
    }
    const fragmentKey = fragment === undefined ? undefined : ed25519FromMultibase(fragment)
    if (fragmentKey !== undefined) {
      return await fromFragment(verificationMethod, base, fragmentKey, documents)
    }
    if (/^https?:\/\//.test(base)) {
      return await fromKeyOrControllerDocument(
        verificationMethod,
        await documents.dereference(base),
        documents,
      )
    }
    return unresolved('unsupported', `${verificationMethod} is neither a DID, a key nor a URL.`)
  } catch (error) {
    if (error instanceof DocumentRetrievalError) {
      return unresolved(error.reason, error.message)
    }
    throw error
  }
}

/** The public key of a JWK; KEY_INVALID when it holds a private part or cannot be read. */
export function keyFromJwk(jwk: unknown): KeyObject | undefined {
  if (typeof jwk !== 'object' || jwk === null || 'd' in jwk) {
    return undefined
  }
  try {
    return createPublicKey({ key: jwk as Record<string, string>, format: 'jwk' })
  } catch {
    return undefined
  }
}

export function keyTypeOf(key: KeyObject): VerificationKey['keyType'] {
  if (key.asymmetricKeyType === 'ed25519') {
    return 'Ed25519'
  }
  return key.asymmetricKeyType === 'rsa' ? 'RSA' : 'other'
}

/** The publicKeyMultibase of an Ed25519 key object, as the proof verifier wants it. */
export function multibaseOf(key: KeyObject): string {
  return encodePublicKey(rawPublicKey(key))
}

function fromFragment(
  id: string,
  controller: string,
  publicKey: KeyObject,
  documents: KeyDocuments,
): Promise<KeyResolution> {
  return confirmedByController(
    {
      id,
      controller,
      publicKey,
      keyType: 'Ed25519',
      source: 'fragment',
      isConfirmed: false,
      isAssertionMethod: true,
    },
    documents,
  )
}

/**
 * Asks the key's controller (a DID or an https URL) whether the key is theirs. Confirmed when its
 * document lists the same public key; KEY_NOT_FOUND when the document lists keys but not this
 * one (the controller disowns it); unconfirmed when there is no document to ask.
 */
async function confirmedByController(
  key: VerificationKey,
  documents: KeyDocuments,
): Promise<KeyResolution> {
  const controller = key.controller
  if (controller === undefined || !/^(https?:\/\/|did:)/.test(controller)) {
    return { isResolved: true, key }
  }
  let document: JsonObject
  try {
    document = controller.startsWith('did:')
      ? await documents.resolveDid(controller)
      : await documents.dereference(controller)
  } catch (error) {
    if (error instanceof DocumentRetrievalError) {
      return { isResolved: true, key }
    }
    throw error
  }
  const listed = asArray(document.verificationMethod)
    .filter((entry): entry is JsonObject => typeof entry === 'object' && entry !== null)
    .find((method) => keyFromVerificationMethod(method)?.equals(key.publicKey) === true)
  if (listed !== undefined && document.id === controller) {
    return {
      isResolved: true,
      key: {
        ...key,
        isConfirmed: true,
        isAssertionMethod: listsAssertionMethod(document, listed, controller),
      },
    }
  }
  if (document.id === controller && Array.isArray(document.verificationMethod)) {
    return {
      isResolved: false,
      code: 'KEY_NOT_FOUND',
      message: `${controller} does not list the key ${key.id}.`,
    }
  }
  return { isResolved: true, key }
}

function fromControllerDocument(id: string, document: JsonObject): KeyResolution {
  const base = id.split('#')[0] ?? id
  if (document.id !== base) {
    return unresolved(
      'wrong-id',
      `The document for ${base} has the id ${JSON.stringify(document.id)}.`,
    )
  }
  let method = findVerificationMethod(document, id, base)
  // A did:key named without its fragment (as 1EdTech's fixture does) means its one key.
  if (method === undefined && !id.includes('#') && base.startsWith('did:key:')) {
    method = firstVerificationMethod(document)
  }
  if (method === undefined) {
    return { isResolved: false, code: 'KEY_NOT_FOUND', message: `${base} does not list ${id}.` }
  }
  // A document speaks only for itself: a key it lists "for" another controller proves nothing.
  if (method.controller !== undefined && method.controller !== base) {
    return {
      isResolved: false,
      code: 'KEY_INVALID',
      message: `${id} names the controller ${JSON.stringify(method.controller)}, not ${base}.`,
    }
  }
  const publicKey = keyFromVerificationMethod(method)
  if (publicKey === undefined) {
    return {
      isResolved: false,
      code: 'KEY_INVALID',
      message: `${id} holds no readable public key.`,
    }
  }
  return {
    isResolved: true,
    key: {
      id,
      controller: base,
      publicKey,
      keyType: keyTypeOf(publicKey),
      source: 'document',
      isConfirmed: true,
      isAssertionMethod: listsAssertionMethod(document, method, base),
    },
  }
}

/**
 * An https URL may name a key document itself, or a controller document that lists the key. A
 * key document's `controller` must confirm the key in its own document, as a fragment key must.
 */
async function fromKeyOrControllerDocument(
  id: string,
  document: JsonObject,
  documents: KeyDocuments,
): Promise<KeyResolution> {
  const isKeyDocument =
    document.verificationMethod === undefined &&
    (document.publicKeyMultibase !== undefined || document.publicKeyJwk !== undefined)
  if (!isKeyDocument) {
    return fromControllerDocument(id, document)
  }
  const publicKey = keyFromVerificationMethod(document)
  if (publicKey === undefined) {
    return {
      isResolved: false,
      code: 'KEY_INVALID',
      message: `${id} holds no readable public key.`,
    }
  }
  const controller = typeof document.controller === 'string' ? document.controller : undefined
  return confirmedByController(
    {
      id,
      controller,
      publicKey,
      keyType: keyTypeOf(publicKey),
      source: 'document',
      isConfirmed: false,
      isAssertionMethod: true,
    },
    documents,
  )
}

function findVerificationMethod(
  document: JsonObject,
  id: string,
  base: string,
): JsonObject | undefined {
  const candidates = [
    ...asArray(document.verificationMethod),
    ...asArray(document.assertionMethod),
  ].filter((entry): entry is JsonObject => typeof entry === 'object' && entry !== null)
  return candidates.find((method) => absoluteId(method.id, base) === id)
}

function firstVerificationMethod(document: JsonObject): JsonObject | undefined {
  const first = asArray(document.verificationMethod)[0]
  return typeof first === 'object' && first !== null ? (first as JsonObject) : undefined
}

function listsAssertionMethod(document: JsonObject, method: JsonObject, base: string): boolean {
  const id = absoluteId(method.id, base)
  return asArray(document.assertionMethod).some((entry) =>
    typeof entry === 'string'
      ? absoluteId(entry, base) === id
      : typeof entry === 'object' &&
        entry !== null &&
        absoluteId((entry as JsonObject).id, base) === id,
  )
}

function keyFromVerificationMethod(method: JsonObject): KeyObject | undefined {
  if (typeof method.publicKeyMultibase === 'string') {
    return ed25519FromMultibase(method.publicKeyMultibase)
  }
  if (method.publicKeyJwk !== undefined) {
    return keyFromJwk(method.publicKeyJwk)
  }
  if (typeof method.publicKeyBase58 === 'string') {
    try {
      const raw = base58.decode(method.publicKeyBase58)
      return raw.length === 32 ? publicKeyFromRaw(raw) : undefined
    } catch {
      return undefined
    }
  }
  return undefined
}

function ed25519FromMultibase(value: string): KeyObject | undefined {
  try {
    return publicKeyFromMultibase(value)
  } catch {
    return undefined
  }
}

function absoluteId(id: unknown, base: string): string | undefined {
  if (typeof id !== 'string') {
    return undefined
  }
  return id.startsWith('#') ? `${base}${id}` : id
}

function asArray(value: unknown): unknown[] {
  if (value === undefined) {
    return []
  }
  return Array.isArray(value) ? value : [value]
}

function unresolved(reason: RetrievalReason, message: string): KeyResolution {
  return { isResolved: false, code: 'KEY_UNRESOLVED', reason, message }
}
