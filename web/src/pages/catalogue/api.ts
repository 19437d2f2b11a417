import { callApi, getJson, type LanguageMap } from '../../api-client.js'

/** Money as the API gives it. */
export type Price = { amountCents: number; currency: 'EUR' }

/** One published micro-credential found by a search (GET /api/catalogue). */
export type CatalogueItem = {
  specificationId: string
  versionId: string
  title: LanguageMap
  summary: LanguageMap
  ects: number | null
  eqfLevel: string | null
  iscedField: string | null
  formsOfParticipation: string[]
  languages: string[]
  price: Price | null
  awardingBodies: { id: string; slug: string; name: LanguageMap }[]
  publishedAt: string
  score: number
}

export type CatalogueResults = { items: CatalogueItem[]; total: number }

/** A learning outcome with the ESCO concepts it builds. */
export type LearningOutcome = {
  id: string
  text: LanguageMap
  skills: { uri: string; kind: 'skill' | 'knowledge' }[]
}

/** The content of a published version (SpecificationContent in docs/openapi.json). */
export type SpecificationContent = {
  title?: LanguageMap
  summary?: LanguageMap
  description?: LanguageMap
  awardingBodyIds?: string[]
  issuerLocations?: { country: string; region?: string }[]
  learningOutcomes?: LearningOutcome[]
  ects?: number
  hours?: number
  eqfLevel?: number | 'not-applicable'
  qfEheaCycle?: string
  nqfLevel?: number
  iscedField?: string
  assessmentTypes?: string[]
  formsOfParticipation?: string[]
  learningSetting?: string
  supervision?: string
  gradingScheme?: string
  qualityAssurance?: { code: string; text: LanguageMap }
  prerequisites?: LanguageMap
  stackability?: { kind: 'stand-alone' } | { kind: 'stackable'; towards: LanguageMap[] }
  languages?: string[]
  targetGroup?: LanguageMap
  price?: Price
  furtherInformation?: LanguageMap
  links?: { url: string; label: LanguageMap }[]
}

/** The published version of a micro-credential (GET /api/catalogue/{specificationId}). */
export type PublishedVersion = {
  id: string
  specificationId: string
  organisationId: string
  versionNumber: number
  status: string
  content: SpecificationContent
  publishedAt: string | null
  reviewDueAt: string | null
}

/** An open offering of a micro-credential. */
export type Offering = {
  id: string
  organisationId: string
  specificationId: string
  state: 'planned' | 'open' | 'running' | 'closed'
  startsOn: string
  endsOn: string
  enrolmentOpensAt: string
  enrolmentClosesAt: string
  seatLimit: number | null
  price: Price | null
  formOfParticipation: string
  languageOfInstruction: string
  teachers: string[]
  courseCode: string | null
}

export type OrganisationName = {
  id: string
  slug: string
  kind: 'institution' | 'partner'
  name: LanguageMap
}

/** An ESCO concept's name (GET /api/esco/skills/{uri}). */
export type EscoSkill = { uri: string; preferredLabel: string }

/** Searches the catalogue with the parameters of the page's address. */
export function searchCatalogue(
  parameters: URLSearchParams,
  signal?: AbortSignal,
): Promise<CatalogueResults> {
  return callApi<CatalogueResults>('GET', `/api/catalogue?${parameters.toString()}`, {
    ...(signal ? { signal } : {}),
  })
}

export function getPublishedVersion(
  specificationId: string,
  signal?: AbortSignal,
): Promise<PublishedVersion> {
  return callApi<PublishedVersion>(
    'GET',
    `/api/catalogue/${encodeURIComponent(specificationId)}`,
    signal ? { signal } : {},
  )
}

export async function listOpenOfferings(
  specificationId: string,
  signal?: AbortSignal,
): Promise<Offering[]> {
  const body = await getJson<{ items: Offering[] }>(
    `/api/specifications/${encodeURIComponent(specificationId)}/offerings`,
    signal,
  )
  return body.items
}

export async function listOrganisations(signal?: AbortSignal): Promise<OrganisationName[]> {
  const body = await getJson<{ items: OrganisationName[] }>('/api/organisations', signal)
  return body.items
}

export function getEscoSkill(uri: string, signal?: AbortSignal): Promise<EscoSkill> {
  return getJson<EscoSkill>(`/api/esco/skills/${encodeURIComponent(uri)}`, signal)
}

/** Enrols the signed-in person; rejects with ApiError (ENROLMENT_EXISTS, OFFERING_FULL, …). */
export function enrol(offeringId: string, csrfToken: string | undefined): Promise<unknown> {
  return callApi('POST', `/api/offerings/${encodeURIComponent(offeringId)}/enrolments`, {
    csrfToken,
  })
}
