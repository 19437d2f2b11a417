import { callApi, getJson, type LanguageMap } from '../../api-client.js'

/** A partner organisation's signed endorsement of a version (Endorsement in docs/openapi.json). */
export type Endorsement = {
  id: string
  versionId: string
  organisation: { id: string; slug: string; name: LanguageMap }
  comment: string
  contentFingerprint: string
  /** False when the version changed after the sign-off. */
  isCurrent: boolean
  createdAt: string
  credential: Record<string, unknown>
}

/** What a partner signs off (GET /api/specification-versions/{id}/sign-off). */
export type SignOffView = {
  version: {
    id: string
    versionNumber: number
    status: string
    content: {
      title?: LanguageMap
      summary?: LanguageMap
      learningOutcomes?: { id: string; text: LanguageMap }[]
    }
    updatedAt: string
  }
  contentFingerprint: string
  endorsements: Endorsement[]
}

export function getSignOffView(versionId: string, signal?: AbortSignal): Promise<SignOffView> {
  return callApi<SignOffView>(
    'GET',
    `/api/specification-versions/${encodeURIComponent(versionId)}/sign-off`,
    signal === undefined ? {} : { signal },
  )
}

/** Signs off the version as reviewed: the fingerprint says which content the partner read. */
export function signOff(
  versionId: string,
  body: { contentFingerprint: string; comment: string; language: string },
  csrfToken: string | undefined,
): Promise<Endorsement> {
  return callApi<Endorsement>(
    'POST',
    `/api/specification-versions/${encodeURIComponent(versionId)}/sign-offs`,
    { csrfToken, body },
  )
}

/** The endorsements the catalogue shows: those that fit the published content. */
export async function listCurrentEndorsements(
  versionId: string,
  signal?: AbortSignal,
): Promise<Endorsement[]> {
  const page = await getJson<{ items: Endorsement[] }>(
    `/api/specification-versions/${encodeURIComponent(versionId)}/endorsements?current=true`,
    signal,
  )
  return page.items
}
