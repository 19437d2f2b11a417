import { gunzipSync, gzipSync } from 'node:zlib'
import { CredentialProcessingError } from './credential-processing-error.js'

/** Largest decompressed list accepted from outside: 16 MiB, far above any real list. */
const maximumListBytes = 16 * 1024 * 1024

/**
 * `encodedList` of a Bitstring Status List: GZIP, then multibase base64url without padding (`u`).
 * @see https://www.w3.org/TR/vc-bitstring-status-list/#bitstring-generation-algorithm
 */
export function encodeStatusList(bits: Uint8Array): string {
  return `u${gzipSync(bits).toString('base64url')}`
}

/** The bits of an `encodedList`; MALFORMED when it is not multibase base64url GZIP. */
export function decodeStatusList(encodedList: string): Uint8Array {
  if (!encodedList.startsWith('u')) {
    throw new CredentialProcessingError(
      'MALFORMED',
      'encodedList is not multibase base64url (it must start with "u").',
    )
  }
  try {
    const compressed = Buffer.from(encodedList.slice(1), 'base64url')
    return new Uint8Array(gunzipSync(compressed, { maxOutputLength: maximumListBytes }))
  } catch (error) {
    throw new CredentialProcessingError('MALFORMED', 'encodedList is not a GZIP-compressed list.', {
      cause: error,
    })
  }
}
