import type { JsonObject } from '../credential/json.js'
import type { VerificationReport } from '../credential/verification-report.js'

/** How a learner brought a credential into their portfolio. */
export const importOrigins = ['upload', 'paste', 'url'] as const
export type ImportOrigin = (typeof importOrigins)[number]

/**
 * A credential from elsewhere in a learner's portfolio, kept as it arrived (a JSON document or a
 * compact VC-JWT) with the report of its verification on import. One that does not verify is
 * kept, marked, with the report saying why.
 */
export type ImportedCredential = {
  readonly id: string
  readonly personId: string
  readonly origin: ImportOrigin
  /** Where an import by URL fetched it from. */
  readonly sourceUrl: string | undefined
  readonly credential: JsonObject | undefined
  readonly jwt: string | undefined
  /** Tells the same credential imported twice (see duplicateKeyOf). */
  readonly fingerprint: string
  readonly isVerified: boolean
  readonly report: VerificationReport
  readonly importedAt: Date
}

/** A credential as read from what the learner gave, before it is verified. */
export type ReadCredential =
  | { readonly kind: 'json'; readonly credential: JsonObject }
  | { readonly kind: 'jwt'; readonly jwt: string }

/** Why what the learner gave is not a credential: a stable code and the English message. */
export type CredentialImportProblem = {
  readonly code:
    | 'empty'
    | 'not-json'
    | 'not-a-credential'
    | 'too-large'
    | 'url-invalid'
    | 'url-unreachable'
  readonly message: string
}

/** The largest credential accepted: real ones are a few kilobytes, with images some hundred. */
export const maximumImportBytes = 1024 * 1024

const compactJws = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/

/**
 * Reads a credential from text (a file's content or a paste): a JSON object whose `type` includes
 * VerifiableCredential, or a compact JWT. Anything else is refused with the reason; whether it
 * verifies is the verifier's to say.
 */
export function readImportedCredential(
  input: string | JsonObject,
): { isValid: true; read: ReadCredential } | { isValid: false; problem: CredentialImportProblem } {
  if (typeof input !== 'string') {
    return asCredential(input)
  }
  const text = input.trim()
  if (text === '') {
    return refuse('empty', 'Give a credential: a JSON file or a VC-JWT.')
  }
  if (new TextEncoder().encode(text).length > maximumImportBytes) {
    return refuse('too-large', 'The credential is larger than 1 MB.')
  }
  if (compactJws.test(text)) {
    return { isValid: true, read: { kind: 'jwt', jwt: text } }
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return refuse('not-json', 'This is neither JSON nor a VC-JWT.')
  }
  return asCredential(parsed)
}

function asCredential(
  value: unknown,
): { isValid: true; read: ReadCredential } | { isValid: false; problem: CredentialImportProblem } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse('not-a-credential', 'This is not a verifiable credential (a JSON object).')
  }
  const type = (value as JsonObject).type
  const types = Array.isArray(type) ? type : [type]
  if (!types.includes('VerifiableCredential')) {
    return refuse(
      'not-a-credential',
      'This is not a verifiable credential: its type does not include VerifiableCredential.',
    )
  }
  return { isValid: true, read: { kind: 'json', credential: value as JsonObject } }
}

function refuse(code: CredentialImportProblem['code'], message: string) {
  return { isValid: false as const, problem: { code, message } }
}

/**
 * What makes two imports the same credential: its issuer and id when it has an id (a re-signed or
 * re-encoded copy is still the same credential), otherwise its whole content with keys in order.
 * The service hashes this into the fingerprint.
 */
export function duplicateKeyOf(read: ReadCredential, report: VerificationReport): string {
  if (report.credentialId !== undefined && report.issuerId !== undefined) {
    return `id\n${report.issuerId}\n${report.credentialId}`
  }
  return read.kind === 'jwt' ? `jwt\n${read.jwt}` : `json\n${stableJson(read.credential)}`
}

/** The key of a credential Osaamo issued, to compare with imports. */
export function issuedKeyOf(credential: JsonObject): string | undefined {
  const issuer = credential.issuer
  const issuerId =
    typeof issuer === 'string' ? issuer : (issuer as { id?: unknown } | undefined)?.id
  return typeof credential.id === 'string' && typeof issuerId === 'string'
    ? `id\n${issuerId}\n${credential.id}`
    : undefined
}

/** JSON with every object's keys sorted, so equal content gives equal text. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(stableJson).join(',')}]`
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${stableJson(entry)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}
