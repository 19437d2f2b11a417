import { ApiError, type LanguageMap } from '../../api-client.js'

export type CheckOutcome = 'ok' | 'failed' | 'warning' | 'skipped'

/** One check of a verification report, with its reason in fi, sv and en. */
export type VerificationCheck = {
  id: string
  outcome: CheckOutcome
  code: string
  message: LanguageMap
  details?: Record<string, unknown>
}

/** The verdict on a credential and every check behind it (see docs/openapi.json). */
export type VerificationReport = {
  verified: boolean
  format: string
  credentialId?: string
  issuerId?: string
  checks: VerificationCheck[]
  /** For a credential verified by its id: what was achieved, from whom and when (no learner). */
  about?: { achievementName: string; issuerName: string; validFrom?: string; validUntil?: string }
}

/**
 * Verifies a credential (a JSON-LD document or a compact VC-JWT) with the public VC API: a 200
 * answers a passing report, a 422 a failing one in `details.report`.
 */
export async function verifyCredential(
  verifiableCredential: unknown,
  signal?: AbortSignal,
): Promise<VerificationReport> {
  const response = await fetch('/credentials/verify', {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify({ verifiableCredential }),
    ...(signal ? { signal } : {}),
  })
  const body = (await response.json().catch(() => undefined)) as
    | (VerificationReport & { code?: string; details?: { report?: VerificationReport } })
    | undefined
  if (response.ok && body !== undefined) {
    return body
  }
  if (response.status === 422 && body?.details?.report !== undefined) {
    return body.details.report
  }
  throw new ApiError(response.status, body?.code, undefined)
}

/** The public verification report of a credential issued here; ApiError 404 for an unknown id. */
export async function getCredentialVerification(
  credentialId: string,
  signal?: AbortSignal,
): Promise<VerificationReport> {
  const response = await fetch(
    `/api/credentials/${encodeURIComponent(credentialId)}/verification`,
    {
      headers: { accept: 'application/json' },
      // A status may change at any time: never a stored answer.
      cache: 'no-store',
      ...(signal ? { signal } : {}),
    },
  )
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as { code?: string } | undefined
    throw new ApiError(response.status, body?.code, undefined)
  }
  return (await response.json()) as VerificationReport
}

/** The public verification page of a credential issued by this installation. */
export function verificationUrlOf(credentialId: string): string {
  return `${window.location.origin}/verify/${encodeURIComponent(credentialId)}`
}

const uuidPattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i

/**
 * The credential id in a link to an Osaamo credential (its verification page, or the API's
 * verification or credential address); undefined when the text is not such a link.
 */
export function credentialIdOfLink(text: string): string | undefined {
  let url: URL
  try {
    url = new URL(text.trim())
  } catch {
    return undefined
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return undefined
  }
  const match = /\/(?:verify|credentials)\/([^/]+)/.exec(url.pathname)
  const candidate = match?.[1] === undefined ? undefined : decodeURIComponent(match[1])
  if (candidate !== undefined && uuidPattern.test(candidate)) {
    return candidate
  }
  const anywhere = uuidPattern.exec(url.pathname)
  return anywhere?.[0]
}

/** What a pasted credential reads as: a JSON document, a compact JWT, or neither. */
export function parsePastedCredential(
  text: string,
): { kind: 'json'; value: unknown } | { kind: 'jwt'; value: string } | { kind: 'unreadable' } {
  const trimmed = text.trim()
  if (/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(trimmed)) {
    return { kind: 'jwt', value: trimmed }
  }
  try {
    return { kind: 'json', value: JSON.parse(trimmed) as unknown }
  } catch {
    return { kind: 'unreadable' }
  }
}
