import { callApi, type LanguageMap } from '../../api-client.js'

export type StudyPathObjective = 'least-ects' | 'least-cost' | 'soonest-finish'

export type StudyPathGoal =
  | { kind: 'occupation'; occupationUri: string }
  | { kind: 'skills'; skillUris: string[] }

export type StudyPathConstraints = {
  startsOnOrAfter?: string
  endsOnOrBefore?: string
  budgetCents?: number
  maxEcts?: number
  languages?: string[]
  formsOfParticipation?: string[]
}

export type StudyPathStep = {
  offeringId: string
  specificationId: string
  title: LanguageMap
  startsOn: string
  endsOn: string
  ects: number
  priceCents: number
  languageOfInstruction: string
  formOfParticipation: string
  isEnrolmentOpen: boolean
  coversSkillUris: string[]
  meetsPrerequisites: { skillUri: string; forOfferingId: string }[]
}

export type StudyPathTotals = {
  stepCount: number
  ects: number
  priceCents: number
  startsOn: string | null
  finishesOn: string | null
}

/** The explained path (POST /api/me/study-paths/plan). */
export type StudyPath = {
  goal: { kind: string; label: string | null }
  status:
    | 'optimal'
    | 'nothing-to-plan'
    | 'greedy-after-time-limit'
    | 'greedy-after-infeasible'
    | 'greedy-after-solver-failure'
  skills: { uri: string; label: string }[]
  heldSkillUris: string[]
  uncoveredSkills: { uri: string; reason: 'not-taught' | 'outside-constraints' | 'over-limits' }[]
  steps: StudyPathStep[]
  totals: StudyPathTotals
  alternatives: { steps: StudyPathStep[]; totals: StudyPathTotals }[]
}

export type EscoMatch = { uri: string; preferredLabel: string }

export function planStudyPath(
  request: {
    goal: StudyPathGoal
    constraints: StudyPathConstraints
    objective: StudyPathObjective
  },
  csrfToken: string | undefined,
): Promise<StudyPath> {
  return callApi<StudyPath>('POST', '/api/me/study-paths/plan', { csrfToken, body: request })
}

/** ESCO occupations or skills whose labels match the text, best first. */
export async function searchEsco(
  kind: 'occupations' | 'skills',
  text: string,
): Promise<EscoMatch[]> {
  const query = new URLSearchParams({ q: text, limit: '8' })
  const body = await callApi<{ items: EscoMatch[] }>('GET', `/api/esco/${kind}?${query}`)
  return body.items
}

export function enrolInStep(offeringId: string, csrfToken: string | undefined): Promise<unknown> {
  return callApi('POST', `/api/offerings/${encodeURIComponent(offeringId)}/enrolments`, {
    csrfToken,
  })
}
