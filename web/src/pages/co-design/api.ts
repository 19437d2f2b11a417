import { callApi, getJson, type LanguageMap } from '../../api-client.js'

/** The shapes of the co-design API (docs/openapi.json, tag co-design). */
export type NeedSkill = { uri: string; preferredLabel: string; source: 'chosen' | 'occupation' }

export type CompetenceNeed = {
  id: string
  organisationId: string
  state: 'open' | 'closed'
  title: string
  description: string
  skills: NeedSkill[]
  peopleCount: number
  region: string
  startsOn: string
  endsOn: string
  visibility: 'public' | 'institutions'
  createdAt: string
}

export type MatchedOutcome = { index: number; id: string; text: LanguageMap }

export type Match = {
  specificationId: string
  versionId: string
  title: LanguageMap
  coveragePercent: number
  sharedSkills: { uri: string; outcomes: MatchedOutcome[] }[]
  relatedSkills: {
    uri: string
    weight: number
    via: {
      uri: string
      label: string
      relation: 'broader' | 'related-essential' | 'related-optional'
      outcomes: MatchedOutcome[]
    }[]
  }[]
  missingSkillUris: string[]
}

export type NeedMatching = {
  need: CompetenceNeed
  coveragePercent: number
  coveredSkillUris: string[]
  partlyCoveredSkillUris: string[]
  uncoveredSkillUris: string[]
  total: number
  matches: Match[]
}

export type SkillSuggestion = {
  uri: string
  preferredLabel: string
  score: number
  matchedWords: { word: string; inLabel: boolean; inDescription: boolean }[]
}

export type Suggestions = {
  isEscoImported: boolean
  rejectedCount: number
  suggestions: SkillSuggestion[]
}

export type Insight = {
  openNeedCount: number
  gaps: {
    uri: string
    label: string
    needCount: number
    peopleCount: number
    offerCount: number
    coverage: 'none' | 'thin'
  }[]
  regions: { region: string; needCount: number; peopleCount: number }[]
  fields: { fieldUri: string | null; label: string | null; needCount: number }[]
  institutions: {
    slug: string
    name: LanguageMap
    publishedNeedCount: number
    draftNeedCount: number | null
  }[]
}

export type NeedInput = {
  title: string
  description: string
  skillUris: string[]
  peopleCount: number
  region: string
  startsOn: string
  endsOn: string
  visibility: string
}

export const listOrganisationNeeds = (slug: string, signal: AbortSignal) =>
  getJson<{ items: CompetenceNeed[] }>(
    `/api/organisations/${encodeURIComponent(slug)}/competence-needs`,
    signal,
  )

export const listVisibleNeeds = (signal: AbortSignal) =>
  getJson<{ items: CompetenceNeed[]; total: number }>('/api/competence-needs?limit=50', signal)

export const getMatching = (needId: string, signal: AbortSignal) =>
  getJson<NeedMatching>(`/api/competence-needs/${encodeURIComponent(needId)}/matches`, signal)

export const getInsight = (signal: AbortSignal) =>
  getJson<Insight>('/api/co-design/insight', signal)

export const suggestSkills = (
  slug: string,
  body: { text: string; excludeSkillUris: string[] },
  csrfToken: string | undefined,
) =>
  callApi<Suggestions>(
    'POST',
    `/api/organisations/${encodeURIComponent(slug)}/competence-needs/suggest-skills`,
    { csrfToken, body: { ...body, language: 'en' } },
  )

export const rejectSkill = (slug: string, skillUri: string, csrfToken: string | undefined) =>
  callApi<unknown>(
    'POST',
    `/api/organisations/${encodeURIComponent(slug)}/skill-suggestion-rejections`,
    { csrfToken, body: { skillUri } },
  )

export const postNeed = (slug: string, body: NeedInput, csrfToken: string | undefined) =>
  callApi<CompetenceNeed>(
    'POST',
    `/api/organisations/${encodeURIComponent(slug)}/competence-needs`,
    { csrfToken, body },
  )

/** The drafts of an institution and the needs each answers (designers' inbox). */
export type DraftAnswers = {
  versionId: string
  title: LanguageMap
  items: { need: CompetenceNeed; match: Match }[]
}

type VersionSummary = { id: string; status: string; content: { title: LanguageMap } }

export async function listDraftAnswers(slug: string, signal: AbortSignal): Promise<DraftAnswers[]> {
  const versions = await getJson<{ items: VersionSummary[] }>(
    `/api/organisations/${encodeURIComponent(slug)}/specifications`,
    signal,
  )
  const drafts = versions.items.filter((version) => version.status === 'draft').slice(0, 20)
  return Promise.all(
    drafts.map(async (draft) => ({
      versionId: draft.id,
      title: draft.content.title,
      items: (
        await getJson<{ items: { need: CompetenceNeed; match: Match }[] }>(
          `/api/specification-versions/${encodeURIComponent(draft.id)}/competence-needs`,
          signal,
        )
      ).items.slice(0, 5),
    })),
  )
}
