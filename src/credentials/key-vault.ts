import { createCipheriv, createDecipheriv, createPublicKey, randomBytes } from 'node:crypto'
import { AppError, type KeyVault } from '../core/index.js'
import { toSigningKey } from './credential-signer.js'
import {
  generateEd25519Key,
  privateKeyFromSeed,
  publicKeyFromMultibase,
  rawPublicKey,
  rawSecretKey,
} from './multikey.js'

const sealVersion = 'v1'
const nonceBytes = 12
const tagBytes = 16
const seedBytes = 32

/**
 * The KeyVault port on node:crypto: Ed25519 keys whose 32-byte seed is sealed with AES-256-GCM
 * under the installation's key-encryption key. A seal is `v1.<nonce>.<ciphertext>.<tag>` in
 * base64url; the public key is bound as additional authenticated data, so a seal moved to another
 * key's row does not open. Secrets leave this file only as opaque signing handles.
 */
export function createKeyVault(keyEncryptionKey: Uint8Array): KeyVault {
  if (keyEncryptionKey.length !== 32) {
    throw new TypeError('The key-encryption key must be 32 bytes.')
  }
  const kek = Buffer.from(keyEncryptionKey)
  return {
    generate() {
      const key = generateEd25519Key()
      if (key.privateKey === undefined) {
        throw new TypeError('A generated key has its secret part.')
      }
      const seed = Buffer.from(rawSecretKey(key.privateKey))
      try {
        return {
          publicKeyMultibase: key.publicKeyMultibase,
          sealedSecret: seal(kek, seed, key.publicKeyMultibase),
        }
      } finally {
        seed.fill(0)
      }
    },
    open(stored) {
      const seed = unseal(kek, stored.sealedSecret, stored.publicKeyMultibase)
      try {
        const publicKey = publicKeyFromMultibase(stored.publicKeyMultibase)
        const rawPublic = rawPublicKey(publicKey)
        const privateKey = privateKeyFromSeed(seed, rawPublic)
        const derived = rawPublicKey(createPublicKey(privateKey))
        if (!Buffer.from(derived).equals(Buffer.from(rawPublic))) {
          throw unreadable('its secret does not belong to its public key')
        }
        return toSigningKey(
          { publicKey, privateKey, publicKeyMultibase: stored.publicKeyMultibase },
          stored.verificationMethod,
        )
      } finally {
        seed.fill(0)
      }
    },
  }
}

function seal(kek: Buffer, seed: Buffer, publicKeyMultibase: string): string {
  const nonce = randomBytes(nonceBytes)
  const cipher = createCipheriv('aes-256-gcm', kek, nonce, { authTagLength: tagBytes })
  cipher.setAAD(Buffer.from(publicKeyMultibase, 'utf8'))
  const ciphertext = Buffer.concat([cipher.update(seed), cipher.final()])
  const tag = cipher.getAuthTag()
  return [sealVersion, nonce, ciphertext, tag]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.')
}

function unseal(kek: Buffer, sealed: string, publicKeyMultibase: string): Buffer {
  const parts = sealed.split('.')
  const [version, nonceText, ciphertextText, tagText] = parts
  if (
    parts.length !== 4 ||
    version !== sealVersion ||
    nonceText === undefined ||
    ciphertextText === undefined ||
    tagText === undefined
  ) {
    throw unreadable('the stored seal is not in the v1 format')
  }
  const nonce = Buffer.from(nonceText, 'base64url')
  const ciphertext = Buffer.from(ciphertextText, 'base64url')
  const tag = Buffer.from(tagText, 'base64url')
  if (nonce.length !== nonceBytes || tag.length !== tagBytes || ciphertext.length !== seedBytes) {
    throw unreadable('the stored seal is not in the v1 format')
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, nonce, { authTagLength: tagBytes })
    decipher.setAAD(Buffer.from(publicKeyMultibase, 'utf8'))
    decipher.setAuthTag(tag)
    return Buffer.concat([decipher.update(ciphertext), decipher.final()])
  } catch (error) {
    throw unreadable('the seal does not open with this key-encryption key', error)
  }
}

function unreadable(reason: string, cause?: unknown): AppError {
  return new AppError(
    'SIGNING_KEY_UNREADABLE',
    `A signing key cannot be opened: ${reason}. Configure the OSAAMO_KEY_ENCRYPTION_KEY the keys were made with.`,
    cause === undefined ? {} : { cause },
  )
}
