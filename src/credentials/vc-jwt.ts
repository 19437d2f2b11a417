import { type KeyObject, verify } from 'node:crypto'
import { createVerificationCheck, type JsonObject, type VerificationCheck } from '../core/index.js'
import { checkIssuerKey, checkUnresolvedKey } from './issuer-key-check.js'
import {
  type KeyDocuments,
  keyFromJwk,
  keyTypeOf,
  resolveVerificationMethod,
  type VerificationKey,
} from './verification-method.js'

/** A compact JWS split into its parts, with the credential it carries. */
export type ParsedVcJwt = {
  readonly header: JsonObject
  readonly payload: JsonObject
  /** The payload itself (VC-JOSE, Open Badges 3.0) or its `vc` claim (VCDM 1.1). */
  readonly credential: JsonObject
  readonly signingInput: string
  readonly signature: Buffer
}

/** JOSE algorithms Osaamo verifies, with the key type each needs. */
const algorithms = { EdDSA: 'Ed25519', Ed25519: 'Ed25519', RS256: 'RSA' } as const

export function looksLikeCompactJws(text: string): boolean {
  return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(text)
}

/** The parts of a compact JWS whose header and payload are JSON objects; undefined otherwise. */
export function parseVcJwt(text: string): ParsedVcJwt | undefined {
  const [encodedHeader = '', encodedPayload = '', encodedSignature = ''] = text.split('.')
  const header = decodeJsonObject(encodedHeader)
  const payload = decodeJsonObject(encodedPayload)
  if (header === undefined || payload === undefined) {
    return undefined
  }
  const vc = payload.vc
  const credential =
    typeof vc === 'object' && vc !== null && !Array.isArray(vc) ? (vc as JsonObject) : payload
  return {
    header,
    payload,
    credential,
    signingInput: `${encodedHeader}.${encodedPayload}`,
    signature: Buffer.from(encodedSignature, 'base64url'),
  }
}

/**
 * The `proof` and `issuer-key` checks of a VC-JWT: EdDSA or RS256 over the signing input, the key
 * from the `jwk` header (which binds it to nobody: a warning) or the `kid` (resolved like a Data
 * Integrity verificationMethod); then iss, jti, nbf, sub and exp must agree with the credential.
 * @see https://www.imsglobal.org/spec/ob/v3p0/#jwt-proof
 */
export async function checkVcJwt(
  jwt: ParsedVcJwt,
  issuerId: string | undefined,
  documents: KeyDocuments,
): Promise<{ proof: VerificationCheck; issuerKey: VerificationCheck }> {
  const algorithm = jwt.header.alg
  const details = { algorithm, kid: jwt.header.kid }
  if (typeof algorithm !== 'string' || !Object.hasOwn(algorithms, algorithm)) {
    return withoutKey(
      createVerificationCheck('proof', 'failed', 'JWT_ALGORITHM_UNSUPPORTED', {
        values: { algorithm: String(algorithm) },
        details,
      }),
    )
  }
  const found = await keyOf(jwt.header, documents)
  if ('proof' in found) {
    return found
  }
  const { key } = found
  if (key.keyType !== algorithms[algorithm as keyof typeof algorithms]) {
    return {
      proof: createVerificationCheck('proof', 'skipped', 'NOT_CHECKED_KEY_UNRESOLVED', { details }),
      issuerKey: createVerificationCheck('issuer-key', 'failed', 'KEY_INVALID', {
        details: { ...details, keyType: key.keyType },
      }),
    }
  }
  const issuerKey = checkIssuerKey(key, issuerId)
  if (!verifySignature(algorithm, jwt, key.publicKey)) {
    return {
      proof: createVerificationCheck('proof', 'failed', 'SIGNATURE_INVALID', { details }),
      issuerKey,
    }
  }
  const mismatch = findClaimMismatch(jwt, issuerId)
  if (mismatch !== undefined) {
    return {
      proof: createVerificationCheck('proof', 'failed', 'JWT_CLAIMS_MISMATCH', {
        values: { claim: mismatch.claim },
        details: { ...details, ...mismatch },
      }),
      issuerKey,
    }
  }
  const claims = ['iss', 'jti', 'nbf', 'sub', 'exp'].filter(
    (claim) => jwt.payload[claim] !== undefined,
  )
  return {
    proof: createVerificationCheck('proof', 'ok', 'SIGNATURE_VALID', {
      details: { ...details, checkedClaims: claims },
    }),
    issuerKey,
  }
}

/** validFrom and validUntil from nbf and exp, for a credential that states neither itself. */
export function jwtValidityDates(jwt: ParsedVcJwt): JsonObject {
  const toDate = (seconds: unknown) =>
    typeof seconds === 'number' && Number.isFinite(seconds)
      ? `${new Date(seconds * 1000).toISOString().slice(0, 19)}Z`
      : undefined
  const validFrom = toDate(jwt.payload.nbf)
  const validUntil = toDate(jwt.payload.exp)
  return {
    ...(validFrom === undefined ? {} : { validFrom }),
    ...(validUntil === undefined ? {} : { validUntil }),
  }
}

async function keyOf(
  header: JsonObject,
  documents: KeyDocuments,
): Promise<{ key: VerificationKey } | { proof: VerificationCheck; issuerKey: VerificationCheck }> {
  if (header.jwk !== undefined) {
    const publicKey = keyFromJwk(header.jwk)
    if (publicKey === undefined) {
      return withoutKey(
        createVerificationCheck('proof', 'failed', 'PROOF_MALFORMED', {
          details: { reason: 'The jwk header is not a public JWK (or holds a private key).' },
        }),
      )
    }
    const key: VerificationKey = {
      id: 'jwk',
      controller: undefined,
      publicKey,
      keyType: keyTypeOf(publicKey),
      source: 'jwt-header',
      isConfirmed: false,
      isAssertionMethod: true,
    }
    return { key }
  }
  if (typeof header.kid !== 'string') {
    return withoutKey(
      createVerificationCheck('proof', 'failed', 'PROOF_MALFORMED', {
        details: { reason: 'The JWT header has neither a kid nor a jwk.' },
      }),
    )
  }
  const resolution = await resolveVerificationMethod(header.kid, documents)
  if (!resolution.isResolved) {
    return {
      proof: createVerificationCheck('proof', 'skipped', 'NOT_CHECKED_KEY_UNRESOLVED'),
      issuerKey: checkUnresolvedKey(resolution, header.kid),
    }
  }
  return { key: resolution.key }
}

function verifySignature(algorithm: string, jwt: ParsedVcJwt, key: KeyObject): boolean {
  try {
    const input = Buffer.from(jwt.signingInput, 'ascii')
    return algorithm === 'RS256'
      ? verify('sha256', input, key, jwt.signature)
      : verify(null, input, key, jwt.signature)
  } catch {
    return false
  }
}

/** The first of iss, jti, sub, nbf, exp that disagrees with the credential it secures. */
function findClaimMismatch(
  jwt: ParsedVcJwt,
  issuerId: string | undefined,
): { claim: string; claimValue: unknown; credentialValue: unknown } | undefined {
  const { payload, credential } = jwt
  const subject = Array.isArray(credential.credentialSubject)
    ? credential.credentialSubject[0]
    : credential.credentialSubject
  const seconds = (value: unknown) =>
    typeof value === 'string' ? Math.floor(Date.parse(value) / 1000) : undefined
  const expected: [string, unknown][] = [
    ['iss', issuerId],
    ['jti', credential.id],
    ['sub', (subject as JsonObject | undefined)?.id],
    ['nbf', seconds(credential.validFrom ?? credential.issuanceDate)],
    ['exp', seconds(credential.validUntil ?? credential.expirationDate)],
  ]
  for (const [claim, credentialValue] of expected) {
    const claimValue = payload[claim]
    if (
      claimValue !== undefined &&
      credentialValue !== undefined &&
      claimValue !== credentialValue
    ) {
      return { claim, claimValue, credentialValue }
    }
  }
  return undefined
}

function withoutKey(proof: VerificationCheck): {
  proof: VerificationCheck
  issuerKey: VerificationCheck
} {
  return {
    proof,
    issuerKey: createVerificationCheck('issuer-key', 'skipped', 'NOT_CHECKED_NO_PROOF'),
  }
}

function decodeJsonObject(part: string): JsonObject | undefined {
  try {
    const value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as JsonObject)
      : undefined
  } catch {
    return undefined
  }
}
