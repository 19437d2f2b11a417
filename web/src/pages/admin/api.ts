import { ApiError, type LanguageMap, type Role } from '../../api-client.js'

/** The administration API's shapes (docs/openapi.json) and the one call callApi cannot make (PUT). */
export const allRoles: readonly Role[] = [
  'admin',
  'designer',
  'qa-reviewer',
  'assessor',
  'registrar',
  'partner',
]

export type Organisation = {
  id: string
  slug: string
  kind: 'institution' | 'partner'
  name: LanguageMap
  country: string
  region: string | null
}

export type Member = {
  person: { id: string; displayName: string }
  emailAddresses: string[]
  roles: Role[]
}

export type SigningKey = {
  id: string
  publicKeyMultibase: string
  verificationMethod: string
  createdAt: string
  retiredAt: string | null
}

export type ApiToken = {
  id: string
  name: string
  roles: Role[]
  createdAt: string
  lastUsedAt: string | null
  revokedAt: string | null
}

export type AuditEntry = {
  position: number
  occurredAt: string
  actor: { kind: string; id: string | null }
  action: string
  subject: Record<string, string>
  previousHash: string
  hash: string
}

/** The organisation's DID document: only what the page shows. */
export type DidDocument = { id: string }

export function organisationPath(slug: string): string {
  return `/api/organisations/${encodeURIComponent(slug)}`
}

/** Problem+json details the admin pages show: the server's own message. */
export class AdminApiError extends ApiError {
  constructor(
    status: number,
    code: string | undefined,
    readonly detail: string | undefined,
  ) {
    super(status, code, undefined)
  }
}

/** Sends a JSON request (PUT too) and rejects with AdminApiError carrying the server's message. */
export async function sendJson<T>(
  method: 'PUT' | 'POST' | 'DELETE',
  path: string,
  options: { csrfToken: string | undefined; body?: unknown },
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (options.csrfToken !== undefined) {
    headers['x-csrf-token'] = options.csrfToken
  }
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json'
  }
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  })
  if (!response.ok) {
    let code: string | undefined
    let detail: string | undefined
    try {
      const body = (await response.json()) as { code?: unknown; detail?: unknown }
      code = typeof body.code === 'string' ? body.code : undefined
      detail = typeof body.detail === 'string' ? body.detail : undefined
    } catch {
      code = undefined
    }
    throw new AdminApiError(response.status, code, detail)
  }
  return (await response.json()) as T
}

/** The organisation's DID document (public, application/did+json). */
export async function getDidDocument(slug: string, signal: AbortSignal): Promise<DidDocument> {
  const response = await fetch(`/organisations/${encodeURIComponent(slug)}/did.json`, { signal })
  if (!response.ok) {
    throw new ApiError(response.status, undefined, undefined)
  }
  return (await response.json()) as DidDocument
}
