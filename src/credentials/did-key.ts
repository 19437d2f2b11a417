import type { JsonObject } from '../core/index.js'
import { CredentialProcessingError } from './credential-processing-error.js'
import { publicKeyFromMultibase } from './multikey.js'

const didKeyPattern = /^did:key:(z[1-9A-HJ-NP-Za-km-z]+)$/

export function isDidKey(value: string): boolean {
  return value.startsWith('did:key:')
}

/**
 * The DID document of an Ed25519 did:key, made offline: one Multikey verification method
 * `did:key:<key>#<key>` controlled by the DID, in every verification relationship. A fragment is
 * ignored; other key types are KEY_INVALID.
 * @see https://w3c-ccg.github.io/did-key-spec/#document-creation-algorithm
 */
export function toDidKeyDocument(didOrUrl: string): JsonObject {
  const did = didOrUrl.split('#')[0] ?? ''
  const publicKeyMultibase = didKeyPattern.exec(did)?.[1]
  if (publicKeyMultibase === undefined) {
    throw new CredentialProcessingError('KEY_INVALID', `${did} is not a did:key.`)
  }
  // Throws KEY_INVALID unless it is an Ed25519 public key (0xed01 and 32 bytes).
  publicKeyFromMultibase(publicKeyMultibase)
  const id = `${did}#${publicKeyMultibase}`
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: did,
    verificationMethod: [{ id, type: 'Multikey', controller: did, publicKeyMultibase }],
    authentication: [id],
    assertionMethod: [id],
    capabilityInvocation: [id],
    capabilityDelegation: [id],
  }
}
