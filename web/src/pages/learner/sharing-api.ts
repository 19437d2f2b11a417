import { callApi } from '../../api-client.js'
import type { VerificationReport } from '../verification/api.js'

/** Which credential of the portfolio: one Osaamo issued, or one imported. */
export type CredentialReference = { kind: 'issued' | 'imported'; id: string }

export type ReflectionComment = { id: string; authorName: string; text: string; createdAt: string }

export type Reflection = {
  id: string
  credential: CredentialReference
  learningOutcomeKey: string
  text: string
  date: string
  evidenceUrl: string | null
  comments: ReflectionComment[]
}

export type ReflectedOutcome = {
  key: string
  text: string
  source: 'learning-outcome' | 'alignment' | 'criteria' | 'achievement'
  reflections: Reflection[]
}

const language = (value: string) => `language=${encodeURIComponent(value)}`
const credentialPath = (credential: CredentialReference) =>
  `/api/me/portfolio/credentials/${credential.kind}/${encodeURIComponent(credential.id)}/reflections`

export function listReflections(
  credential: CredentialReference,
  lang: string,
  signal: AbortSignal,
) {
  return callApi<{ outcomes: ReflectedOutcome[] }>(
    'GET',
    `${credentialPath(credential)}?${language(lang)}`,
    { signal },
  )
}

export type ReflectionInput = { text: string; date: string; evidenceUrl: string | null }

export function createReflection(
  credential: CredentialReference,
  input: ReflectionInput & { learningOutcomeKey: string },
  csrfToken: string | undefined,
) {
  return callApi<Reflection>('POST', credentialPath(credential), { csrfToken, body: input })
}

export function deleteReflection(id: string, csrfToken: string | undefined) {
  return callApi<undefined>('DELETE', `/api/me/portfolio/reflections/${encodeURIComponent(id)}`, {
    csrfToken,
  })
}

export type CounsellorInvitation = {
  id: string
  learnerName: string
  counsellorEmailAddress: string
  credentials: CredentialReference[]
  state: 'invited' | 'accepted' | 'revoked'
  createdAt: string
}

export function listCounsellorInvitations(signal: AbortSignal) {
  return callApi<{ items: CounsellorInvitation[] }>('GET', '/api/me/portfolio/counsellors', {
    signal,
  })
}

export function inviteCounsellor(
  input: { emailAddress: string; credentials: CredentialReference[]; language: string },
  csrfToken: string | undefined,
) {
  return callApi<CounsellorInvitation>('POST', '/api/me/portfolio/counsellors', {
    csrfToken,
    body: input,
  })
}

export function revokeCounsellorInvitation(id: string, csrfToken: string | undefined) {
  return callApi<undefined>('DELETE', `/api/me/portfolio/counsellors/${encodeURIComponent(id)}`, {
    csrfToken,
  })
}

export function listCounsellingInvitations(signal: AbortSignal) {
  return callApi<{ items: CounsellorInvitation[] }>('GET', '/api/me/counselling', { signal })
}

export type Counselling = {
  invitation: CounsellorInvitation
  credentials: {
    credential: CredentialReference
    achievementName: string
    issuerName: string
    outcomes: ReflectedOutcome[]
  }[]
}

export function getCounselling(id: string, lang: string, signal: AbortSignal) {
  return callApi<Counselling>(
    'GET',
    `/api/me/counselling/${encodeURIComponent(id)}?${language(lang)}`,
    { signal },
  )
}

export function commentOnReflection(
  invitationId: string,
  reflectionId: string,
  text: string,
  csrfToken: string | undefined,
) {
  return callApi<ReflectionComment>(
    'POST',
    `/api/me/counselling/${encodeURIComponent(invitationId)}/reflections/${encodeURIComponent(reflectionId)}/comments`,
    { csrfToken, body: { text } },
  )
}

export type Share = {
  id: string
  credentials: CredentialReference[]
  includesReflections: boolean
  createdAt: string
  expiresAt: string
  withdrawnAt: string | null
  state: 'active' | 'expired' | 'withdrawn'
  accesses: { openedAt: string; viewerOrganisations: { id: string; name: string }[] }[]
}

export function listShares(lang: string, signal: AbortSignal) {
  return callApi<{ items: Share[] }>('GET', `/api/me/portfolio/shares?${language(lang)}`, {
    signal,
  })
}

export function createShare(
  input: { credentials: CredentialReference[]; includesReflections: boolean; expiresOn: string },
  csrfToken: string | undefined,
) {
  return callApi<{ share: Share; token: string; url: string }>('POST', '/api/me/portfolio/shares', {
    csrfToken,
    body: input,
  })
}

export function withdrawShare(id: string, csrfToken: string | undefined) {
  return callApi<undefined>('DELETE', `/api/me/portfolio/shares/${encodeURIComponent(id)}`, {
    csrfToken,
  })
}

export function presentationUrlOf(shareId: string): string {
  return `/api/me/portfolio/shares/${encodeURIComponent(shareId)}/presentation`
}

export type OpenedShare = {
  learnerName: string
  expiresAt: string
  includesReflections: boolean
  credentials: {
    kind: 'issued' | 'imported'
    achievementName: string
    issuerName: string
    credential: Record<string, unknown> | string
    report: VerificationReport
    outcomes: ReflectedOutcome[] | null
  }[]
}

export function openShare(token: string, lang: string, signal: AbortSignal) {
  return callApi<OpenedShare>('GET', `/api/shares/${encodeURIComponent(token)}?${language(lang)}`, {
    signal,
  })
}
