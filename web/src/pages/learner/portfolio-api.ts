import { callApi } from '../../api-client.js'
import type { VerificationReport } from '../verification/api.js'

/** A credential from another issuer in the learner's portfolio (GET /api/me/portfolio/imports). */
export type ImportedCredential = {
  id: string
  origin: 'upload' | 'paste'
  achievementName: string
  issuerName: string
  isVerified: boolean
  failedChecks: string[]
  importedAt: string
}

export type ImportedCredentialDetail = ImportedCredential & {
  credential: Record<string, unknown> | string
  report: VerificationReport
}

const imports = '/api/me/portfolio/imports'

export function listImportedCredentials(language: string, signal: AbortSignal) {
  return callApi<{ items: ImportedCredential[] }>(
    'GET',
    `${imports}?language=${encodeURIComponent(language)}`,
    { signal },
  )
}

export function getImportedCredential(id: string, language: string, signal: AbortSignal) {
  return callApi<ImportedCredentialDetail>(
    'GET',
    `${imports}/${encodeURIComponent(id)}?language=${encodeURIComponent(language)}`,
    { signal },
  )
}

export function importCredential(
  credential: string,
  origin: 'upload' | 'paste',
  language: string,
  csrfToken: string | undefined,
) {
  return callApi<ImportedCredentialDetail>(
    'POST',
    `${imports}?language=${encodeURIComponent(language)}`,
    { csrfToken, body: { credential, origin } },
  )
}

export function removeImportedCredential(id: string, csrfToken: string | undefined) {
  return callApi<undefined>('DELETE', `${imports}/${encodeURIComponent(id)}`, { csrfToken })
}
