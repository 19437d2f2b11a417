import { callApi, type LanguageMap } from '../../api-client.js'
import type { SpecificationContent } from '../catalogue/api.js'

export type { SpecificationContent }

export type SpecificationStatus = 'draft' | 'in-review' | 'approved' | 'published' | 'retired'

/** One version of a specification (SpecificationVersion in docs/openapi.json). */
export type SpecificationVersion = {
  id: string
  specificationId: string
  organisationId: string
  versionNumber: number
  status: SpecificationStatus
  content: SpecificationContent
  changeLog: string
  createdAt: string
  updatedAt: string
  publishedAt: string | null
  reviewDueAt: string | null
}

/** A problem the validator found: a field path, blocking or advisory, a message in fi/sv/en. */
export type ValidationProblem = {
  path: string
  code: string
  severity: 'blocking' | 'advisory'
  message: Required<LanguageMap>
}

export type Review = {
  decision: 'approve' | 'return'
  reasons: string
  decidedAt: string
  blockingProblemCount: number
  advisoryProblemCount: number
}

export type VersionWithProblems = { version: SpecificationVersion; problems: ValidationProblem[] }

export type TransitionAction = 'submit' | 'approve' | 'return' | 'withdraw' | 'publish' | 'retire'

export type EscoMatch = {
  uri: string
  preferredLabel: string
  matchedLabel: string
  type: 'skill' | 'knowledge' | null
}

export function listSpecifications(slug: string, signal?: AbortSignal) {
  return callApi<{ items: SpecificationVersion[] }>(
    'GET',
    `/api/organisations/${encodeURIComponent(slug)}/specifications`,
    signal ? { signal } : {},
  ).then((answer) => answer.items)
}

export function createSpecification(
  slug: string,
  content: SpecificationContent,
  csrfToken: string | undefined,
) {
  return callApi<VersionWithProblems>(
    'POST',
    `/api/organisations/${encodeURIComponent(slug)}/specifications`,
    { csrfToken, body: { content } },
  )
}

export function getVersion(versionId: string, signal?: AbortSignal) {
  return callApi<VersionWithProblems & { reviews: Review[] }>(
    'GET',
    `/api/specification-versions/${encodeURIComponent(versionId)}`,
    signal ? { signal } : {},
  )
}

export function saveVersion(
  versionId: string,
  content: SpecificationContent,
  csrfToken: string | undefined,
) {
  return callApi<VersionWithProblems>(
    'PUT',
    `/api/specification-versions/${encodeURIComponent(versionId)}`,
    { csrfToken, body: { content } },
  )
}

export function validateContent(
  content: SpecificationContent,
  csrfToken: string | undefined,
  signal?: AbortSignal,
) {
  return callApi<{ problems: ValidationProblem[] }>('POST', '/api/specifications/validate', {
    csrfToken,
    body: { content },
    ...(signal ? { signal } : {}),
  }).then((answer) => answer.problems)
}

export function transition(
  versionId: string,
  action: TransitionAction,
  csrfToken: string | undefined,
  reason?: string,
) {
  return callApi<SpecificationVersion>(
    'POST',
    `/api/specification-versions/${encodeURIComponent(versionId)}/transitions`,
    { csrfToken, body: reason === undefined ? { action } : { action, reason } },
  )
}

export function startNextVersion(
  versionId: string,
  changeLog: string,
  csrfToken: string | undefined,
) {
  return callApi<SpecificationVersion>(
    'POST',
    `/api/specification-versions/${encodeURIComponent(versionId)}/next-version`,
    { csrfToken, body: { changeLog } },
  )
}

export function listVersions(specificationId: string, signal?: AbortSignal) {
  return callApi<{ items: SpecificationVersion[] }>(
    'GET',
    `/api/specifications/${encodeURIComponent(specificationId)}/versions`,
    signal ? { signal } : {},
  ).then((answer) => answer.items)
}

export function searchEsco(text: string, signal?: AbortSignal) {
  return callApi<{ items: EscoMatch[] }>(
    'GET',
    `/api/esco/skills?${new URLSearchParams({ q: text, limit: '8' })}`,
    signal ? { signal } : {},
  ).then((answer) => answer.items)
}
