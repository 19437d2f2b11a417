import { ApiError, type LanguageMap, type Role } from '../../api-client.js'

/** The administration API's shapes (docs/openapi.json); requests go through callApi. */
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

/** The organisation's DID document (public, application/did+json). */
export async function getDidDocument(slug: string, signal: AbortSignal): Promise<DidDocument> {
  const response = await fetch(`/organisations/${encodeURIComponent(slug)}/did.json`, { signal })
  if (!response.ok) {
    throw new ApiError(response.status, undefined, undefined)
  }
  return (await response.json()) as DidDocument
}
