import {
  createVerificationCheck,
  type JsonObject,
  type VerificationCheck,
  type VerificationReport,
} from '../core/index.js'
import { looksLikeCompactJws, type ParsedVcJwt, parseVcJwt } from './vc-jwt.js'

/** What the `format` check made of the input. */
export type CredentialInput =
  | {
      readonly isReadable: true
      readonly format: VerificationReport['format']
      readonly credential: JsonObject
      readonly jwt?: ParsedVcJwt
      readonly check: VerificationCheck
    }
  | { readonly isReadable: false; readonly check: VerificationCheck }

/**
 * The `format` check: reads a parsed object, a JSON text (UTF-8 bytes too) or a compact JWS
 * (three base64url parts, also as a JSON string) into a credential. A credential needs an
 * `@context` and a `type` that includes VerifiableCredential.
 */
export function readCredentialInput(input: unknown): CredentialInput {
  let value = input
  if (value instanceof Uint8Array) {
    try {
      value = new TextDecoder('utf-8', { fatal: true }).decode(value)
    } catch {
      return unreadable('JSON_MALFORMED', { reason: 'The bytes are not UTF-8.' })
    }
  }
  if (typeof value === 'string') {
    const text = value.trim()
    if (looksLikeCompactJws(text)) {
      return fromJwt(text)
    }
    try {
      value = JSON.parse(text) as unknown
    } catch (error) {
      return unreadable('JSON_MALFORMED', {
        reason: error instanceof Error ? error.message : String(error),
      })
    }
    if (typeof value === 'string' && looksLikeCompactJws(value.trim())) {
      return fromJwt(value.trim())
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return unreadable('NOT_AN_OBJECT', { received: Array.isArray(value) ? 'array' : typeof value })
  }
  const credential = value as JsonObject
  return fromCredential(credential, credential.proof === undefined ? 'unknown' : 'data-integrity')
}

function fromJwt(text: string): CredentialInput {
  const jwt = parseVcJwt(text)
  if (jwt === undefined) {
    return unreadable('JWT_MALFORMED', {
      reason: 'The header or payload is not base64url-encoded JSON objects.',
    })
  }
  return fromCredential(jwt.credential, 'vc-jwt', jwt)
}

function fromCredential(
  credential: JsonObject,
  format: VerificationReport['format'],
  jwt?: ParsedVcJwt,
): CredentialInput {
  const context = credential['@context']
  const types = Array.isArray(credential.type) ? credential.type : [credential.type]
  const hasContext = context !== undefined && !(Array.isArray(context) && context.length === 0)
  if (!hasContext || !types.includes('VerifiableCredential')) {
    return unreadable('NOT_A_CREDENTIAL', { hasContext, type: credential.type ?? null })
  }
  return {
    isReadable: true,
    format,
    credential,
    ...(jwt === undefined ? {} : { jwt }),
    check: createVerificationCheck('format', 'ok', 'CREDENTIAL_READABLE', { details: { format } }),
  }
}

function unreadable(
  code: 'JSON_MALFORMED' | 'NOT_AN_OBJECT' | 'NOT_A_CREDENTIAL' | 'JWT_MALFORMED',
  details: { readonly [key: string]: unknown },
): CredentialInput {
  return {
    isReadable: false,
    check: createVerificationCheck('format', 'failed', code, { details }),
  }
}
