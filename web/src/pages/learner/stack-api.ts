import { callApi, type LanguageMap } from '../../api-client.js'

/** One part of a stack's rules (GET /api/stacks). */
export type StackPart =
  | { kind: 'specification'; specificationId: string }
  | { kind: 'any-of'; count: number; specificationIds: string[] }
  | { kind: 'skill'; skillUri: string; count: number; minimumEqfLevel?: number }

export type StackRules = {
  parts: StackPart[]
  minimumEcts?: number
  minimumEqfLevel?: number
  levelRules: { minimumEqfLevel: number; minimumEcts: number }[]
  maximumAgeMonths?: number
  acceptedIssuers: string[]
}

export type Stack = {
  id: string
  organisation: { id: string; slug: string; name: LanguageMap }
  name: LanguageMap
  description: LanguageMap
  rules: StackRules
  isPublished: boolean
  publishedAt: string | null
}

export type StackCredentialFormat = 'clr' | 'open-badge'

/** The learner's progress towards a stack (GET /api/me/stacks/{id}/progress). */
export type StackProgress = {
  stack: Stack
  isComplete: boolean
  unmet: ('parts-missing' | 'ects-below-minimum' | 'level-rule-unmet')[]
  parts: {
    index: number
    part: StackPart
    required: number
    filledBy: string[]
    isDone: boolean
    missing: number
    notCounted: { credentialId: string; reasons: string[] }[]
    usedElsewhere: { credentialId: string; partIndex: number }[]
    options: string[]
  }[]
  counted: string[]
  ects: { minimum: number | null; achieved: number; isMet: boolean }
  levelRules: { minimumEqfLevel: number; minimumEcts: number; achieved: number; isMet: boolean }[]
  oldestAllowed: string | null
  notCounted: { credentialId: string; reasons: string[] }[]
  credentials: {
    id: string
    kind: 'issued' | 'imported'
    name: string
    issuerName: string
    ects: number | null
  }[]
  specifications: { id: string; title: LanguageMap; ects: number | null }[]
  skills: { uri: string; label: string }[]
  claimed: { credentialId: string; format: StackCredentialFormat; claimedAt: string } | null
  defaultFormat: StackCredentialFormat
}

export function listMyStacks(language: string, signal: AbortSignal) {
  return callApi<{ items: StackProgress[] }>(
    'GET',
    `/api/me/stacks?language=${encodeURIComponent(language)}`,
    { signal },
  )
}

export function getStackProgress(stackId: string, language: string, signal: AbortSignal) {
  return callApi<StackProgress>(
    'GET',
    `/api/me/stacks/${encodeURIComponent(stackId)}/progress?language=${encodeURIComponent(language)}`,
    { signal },
  )
}

export function claimStackCredential(
  stackId: string,
  format: StackCredentialFormat,
  language: string,
  csrfToken: string | undefined,
) {
  return callApi<{ credentialId: string; format: StackCredentialFormat }>(
    'POST',
    `/api/me/stacks/${encodeURIComponent(stackId)}/credential`,
    { csrfToken, body: { format, language } },
  )
}

export function listOrganisationStacks(slug: string, signal: AbortSignal) {
  return callApi<{ items: Stack[] }>(
    'GET',
    `/api/organisations/${encodeURIComponent(slug)}/stacks`,
    {
      signal,
    },
  )
}

/** A stack definition as the institution's form sends it. */
export type StackDefinition = {
  name: LanguageMap
  description: LanguageMap
  rules: Partial<StackRules> & { parts: StackPart[] }
}

export function createStack(
  slug: string,
  definition: StackDefinition,
  csrfToken: string | undefined,
) {
  return callApi<Stack>('POST', `/api/organisations/${encodeURIComponent(slug)}/stacks`, {
    csrfToken,
    body: definition,
  })
}

export function publishStack(stackId: string, csrfToken: string | undefined) {
  return callApi<Stack>('POST', `/api/stacks/${encodeURIComponent(stackId)}/publish`, { csrfToken })
}
