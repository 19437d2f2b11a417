import { callApi, type LanguageMap } from '../../api-client.js'

/** The shapes of the recognition API (docs/openapi.json, tag recognition). */
export type RecognitionTarget = {
  id: string
  organisationId: string
  code: string
  name: LanguageMap
  ects: number
  eqfLevel: number | null
  learningOutcomes: string[]
  skillUris: string[]
  kind: 'course' | 'module' | 'degree'
}

export type MatchedWord = {
  stem: string
  targetWords: string[]
  credentialWords: string[]
  weight: number
}

export type OutcomePair = {
  targetIndex: number
  credentialIndex: number
  similarity: number
  matchedWords: MatchedWord[]
}

export type Reason = {
  code: 'learning-outcomes' | 'esco-skills' | 'ects' | 'eqf-level' | 'quality-assurance' | 'age'
  weight: number
  score: number | null
  contribution: number
  details: Record<string, unknown>
}

export type Outcome = 'full' | 'partial' | 'none'

export type Proposal = {
  method: string
  outcome: Outcome
  ectsGranted: number
  totalScore: number
  reasons: Reason[]
  targetOutcomes: string[]
  credentialOutcomes: string[]
}

export type Precedent = {
  organisationId: string
  organisationName: LanguageMap
  isHere: boolean
  targetCode: string
  targetName: LanguageMap
  recognisedCount: number
  fullCount: number
  partialCount: number
  refusedCount: number
}

export type Decision = {
  outcome: Outcome
  ectsGranted: number
  justification: string
  decidedAt: string
  followsProposal: boolean
  recordCredentialId: string
  isShared: boolean
}

export type RecognitionCase = {
  id: string
  state: 'submitted' | 'decided' | 'withdrawn'
  submittedAt: string
  achievementName: string
  learnerName: string
  credential: { kind: 'issued' | 'imported'; id: string }
  target: RecognitionTarget
  proposal: Proposal
  decision: Decision | null
  precedents: Precedent[]
}

const options = (signal?: AbortSignal) => (signal === undefined ? {} : { signal })

export const listRecognitionTargets = (signal?: AbortSignal) =>
  callApi<{ items: RecognitionTarget[] }>('GET', '/api/recognition-targets', options(signal))

export const listMyRecognitionRequests = (signal?: AbortSignal) =>
  callApi<{ items: RecognitionCase[] }>('GET', '/api/me/recognition-requests', options(signal))

export const submitRecognitionRequest = (
  body: { credential: { kind: 'issued' | 'imported'; id: string }; targetId: string },
  csrfToken: string | undefined,
) => callApi<RecognitionCase>('POST', '/api/me/recognition-requests', { body, csrfToken })

export const withdrawRecognitionRequest = (id: string, csrfToken: string | undefined) =>
  callApi<undefined>('POST', `/api/me/recognition-requests/${encodeURIComponent(id)}/withdraw`, {
    csrfToken,
  })

export const listRecognitionQueue = (slug: string, signal?: AbortSignal) =>
  callApi<{ items: RecognitionCase[] }>(
    'GET',
    `/api/organisations/${encodeURIComponent(slug)}/recognition-requests`,
    options(signal),
  )

export const getRecognitionCase = (id: string, signal?: AbortSignal) =>
  callApi<RecognitionCase>(
    'GET',
    `/api/recognition-requests/${encodeURIComponent(id)}`,
    options(signal),
  )

export const decideRecognitionRequest = (
  id: string,
  body: { outcome: Outcome; ectsGranted?: number; justification?: string; isShared: boolean },
  csrfToken: string | undefined,
) =>
  callApi<Decision>('POST', `/api/recognition-requests/${encodeURIComponent(id)}/decision`, {
    body,
    csrfToken,
  })
