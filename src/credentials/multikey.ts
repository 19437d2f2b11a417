import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto'
import { base58 } from '@scure/base'
import { CredentialProcessingError } from './credential-processing-error.js'

// Multicodec prefixes (varint) of the Ed25519 Multikey encodings.
const publicKeyPrefix = Uint8Array.of(0xed, 0x01)
const secretKeyPrefix = Uint8Array.of(0x80, 0x26)

/**
 * An Ed25519 key as node:crypto key objects, imported once: signing never re-imports key bytes.
 * `privateKey` is absent for a verification-only key.
 */
export type Ed25519Key = {
  readonly publicKey: KeyObject
  readonly privateKey: KeyObject | undefined
  /** `z` + base58btc(0xed01 ‖ 32-byte public key). */
  readonly publicKeyMultibase: string
}

/** The Multikey JSON object of the W3C Controlled Identifiers spec, as `osaamo keys` writes it. */
export type MultikeyDocument = {
  '@context'?: string
  type: 'Multikey'
  id?: string
  controller?: string
  publicKeyMultibase: string
  secretKeyMultibase?: string
}

export function generateEd25519Key(): Ed25519Key {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519')
  return { publicKey, privateKey, publicKeyMultibase: encodePublicKey(rawPublicKey(publicKey)) }
}

/** The 32 raw bytes of an Ed25519 public key object. */
export function rawPublicKey(publicKey: KeyObject): Uint8Array {
  const jwk = publicKey.export({ format: 'jwk' })
  return Buffer.from(jwk.x ?? '', 'base64url')
}

/** The 32-byte seed of an Ed25519 private key object. */
export function rawSecretKey(privateKey: KeyObject): Uint8Array {
  const jwk = privateKey.export({ format: 'jwk' })
  return Buffer.from(jwk.d ?? '', 'base64url')
}

export function encodePublicKey(raw: Uint8Array): string {
  return `z${base58.encode(concat(publicKeyPrefix, raw))}`
}

export function encodeSecretKey(seed: Uint8Array): string {
  return `z${base58.encode(concat(secretKeyPrefix, seed))}`
}

/** The public key object of a `publicKeyMultibase` value; KEY_INVALID when it is not Ed25519. */
export function publicKeyFromMultibase(publicKeyMultibase: string): KeyObject {
  const bytes = decodeBase58btc(publicKeyMultibase)
  if (bytes.length !== 34 || !startsWith(bytes, publicKeyPrefix)) {
    throw new CredentialProcessingError(
      'KEY_INVALID',
      'publicKeyMultibase is not an Ed25519 public key (0xed01 and 32 bytes).',
    )
  }
  return publicKeyFromRaw(bytes.subarray(2))
}

export function publicKeyFromRaw(raw: Uint8Array): KeyObject {
  return createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') },
    format: 'jwk',
  })
}

/**
 * The key pair of a Multikey document. The secret may be the 32-byte seed (W3C) or the 64-byte
 * seed ‖ public key of older Digital Bazaar exports; both are accepted, and the public half must
 * match.
 */
export function keyFromMultikey(document: MultikeyDocument): Ed25519Key {
  const publicKey = publicKeyFromMultibase(document.publicKeyMultibase)
  if (document.secretKeyMultibase === undefined) {
    return { publicKey, privateKey: undefined, publicKeyMultibase: document.publicKeyMultibase }
  }
  const bytes = decodeBase58btc(document.secretKeyMultibase)
  if ((bytes.length !== 34 && bytes.length !== 66) || !startsWith(bytes, secretKeyPrefix)) {
    throw new CredentialProcessingError(
      'KEY_INVALID',
      'secretKeyMultibase is not an Ed25519 secret key (0x8026 and 32 or 64 bytes).',
    )
  }
  const seed = bytes.subarray(2, 34)
  const raw = rawPublicKey(publicKey)
  const privateKey = privateKeyFromSeed(seed, raw)
  if (!Buffer.from(rawPublicKey(createPublicKey(privateKey))).equals(Buffer.from(raw))) {
    throw new CredentialProcessingError(
      'KEY_INVALID',
      'secretKeyMultibase does not belong to publicKeyMultibase.',
    )
  }
  return { publicKey, privateKey, publicKeyMultibase: document.publicKeyMultibase }
}

export function privateKeyFromSeed(seed: Uint8Array, rawPublic: Uint8Array): KeyObject {
  return createPrivateKey({
    key: {
      kty: 'OKP',
      crv: 'Ed25519',
      d: Buffer.from(seed).toString('base64url'),
      x: Buffer.from(rawPublic).toString('base64url'),
    },
    format: 'jwk',
  })
}

export function toMultikeyDocument(
  key: Ed25519Key,
  options: { includeSecret: boolean; controller?: string | undefined },
): MultikeyDocument {
  const controller = options.controller
  return {
    '@context': 'https://w3id.org/security/multikey/v1',
    type: 'Multikey',
    ...(controller === undefined
      ? {}
      : { id: `${controller}#${key.publicKeyMultibase}`, controller }),
    publicKeyMultibase: key.publicKeyMultibase,
    ...(options.includeSecret && key.privateKey !== undefined
      ? { secretKeyMultibase: encodeSecretKey(rawSecretKey(key.privateKey)) }
      : {}),
  }
}

/** Bytes of a multibase base58btc (`z…`) string; KEY_INVALID on anything else. */
export function decodeBase58btc(value: string): Uint8Array {
  if (!value.startsWith('z')) {
    throw new CredentialProcessingError('KEY_INVALID', 'Expected a multibase base58btc value (z…).')
  }
  try {
    return base58.decode(value.slice(1))
  } catch (error) {
    throw new CredentialProcessingError('KEY_INVALID', 'The value is not valid base58btc.', {
      cause: error,
    })
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const result = new Uint8Array(a.length + b.length)
  result.set(a, 0)
  result.set(b, a.length)
  return result
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  return prefix.every((byte, index) => bytes[index] === byte)
}
