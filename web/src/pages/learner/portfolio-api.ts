import { ApiError, callApi } from '../../api-client.js'
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

/** A refused import, with the problem's code (`not-json`, `url-unreachable`…) when there is one. */
export class ImportRefusedError extends ApiError {
  constructor(
    status: number,
    code: string | undefined,
    readonly problemCode: string | undefined,
  ) {
    super(status, code, undefined)
  }
}

/** Imports a credential given as text (a file's or a paste) or by its address. */
export async function importCredential(
  given: { credential: string; origin: 'upload' | 'paste' } | { url: string; origin: 'url' },
  language: string,
  csrfToken: string | undefined,
): Promise<ImportedCredentialDetail> {
  const response = await fetch(`${imports}?language=${encodeURIComponent(language)}`, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      ...(csrfToken === undefined ? {} : { 'x-csrf-token': csrfToken }),
    },
    credentials: 'same-origin',
    body: JSON.stringify(given),
  })
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as {
      code?: string
      details?: { problems?: { code?: string }[] }
    }
    throw new ImportRefusedError(response.status, body.code, body.details?.problems?.[0]?.code)
  }
  return (await response.json()) as ImportedCredentialDetail
}

export function removeImportedCredential(id: string, csrfToken: string | undefined) {
  return callApi<undefined>('DELETE', `${imports}/${encodeURIComponent(id)}`, { csrfToken })
}

/** The learner's skills profile (GET /api/me/portfolio/skills). */
export type SkillsProfile = {
  skills: {
    uri: string
    label: string
    sources: {
      kind: 'issued' | 'imported'
      id: string
      achievementName: string
      isVerified: boolean
    }[]
  }[]
  ects: {
    total: number
    byLevel: { key: string; ects: number }[]
    byField: { key: string; ects: number }[]
  }
}

export function getSkillsProfile(signal: AbortSignal) {
  return callApi<SkillsProfile>('GET', '/api/me/portfolio/skills', { signal })
}
