import { ApiError, callApi, type LanguageMap, type Person } from '../../api-client.js'

/** A credential in its learner's own list (GET /api/me/credentials). */
export type MyCredential = {
  id: string
  achievementName: string
  issuerName: string
  issuedAt: string
  state: 'active' | 'suspended' | 'revoked'
  format: 'eddsa-rdfc-2022' | 'eddsa-jcs-2022' | 'vc+jwt'
  links: { json: string; pdf: string | null }
}

/** What a claim link leads to (GET /api/claims/{token}). */
export type ClaimPreview = {
  credentialId: string
  achievementName: string
  issuerName: string
  issuedAt: string
  state: 'active' | 'suspended' | 'revoked'
  emailAddress: string
  language: 'fi' | 'sv' | 'en'
  expiresAt: string
  hasAccount: boolean
}

/** A wallet offer of a credential (POST /api/credentials/{id}/offers). */
export type CredentialOffer = {
  credentialOfferUri: string
  expiresAt: string
  txCode?: string
}

/** An ApiError with the problem's field problems (REQUEST_INVALID's `details.problems`). */
export class FieldProblemsError extends ApiError {
  constructor(
    status: number,
    code: string | undefined,
    readonly problems: readonly { path: string; message: string }[],
  ) {
    super(status, code, undefined)
  }
}

export function listMyCredentials(language: string, signal?: AbortSignal) {
  return callApi<{ items: MyCredential[] }>(
    'GET',
    `/api/me/credentials?language=${encodeURIComponent(language)}`,
    signal === undefined ? {} : { signal },
  )
}

export function getClaimPreview(token: string, signal?: AbortSignal) {
  return callApi<ClaimPreview>(
    'GET',
    `/api/claims/${encodeURIComponent(token)}`,
    signal === undefined ? {} : { signal },
  )
}

export function claimCredential(token: string, csrfToken: string | undefined) {
  return callApi<{ credential: MyCredential }>('POST', `/api/claims/${encodeURIComponent(token)}`, {
    csrfToken,
  })
}

/** Signs up through the claim link; the server sets the session cookie. */
export async function claimWithNewAccount(
  token: string,
  account: { displayName: string; password: string },
): Promise<{ person: Person; csrfToken: string; credential: MyCredential }> {
  const response = await fetch(`/api/claims/${encodeURIComponent(token)}/account`, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(account),
  })
  const body = (await response.json().catch(() => undefined)) as
    | { code?: string; details?: { problems?: { path: string; message: string }[] } }
    | undefined
  if (!response.ok) {
    throw new FieldProblemsError(response.status, body?.code, body?.details?.problems ?? [])
  }
  return body as unknown as { person: Person; csrfToken: string; credential: MyCredential }
}

export function createCredentialOffer(credentialId: string, csrfToken: string | undefined) {
  return callApi<CredentialOffer>(
    'POST',
    `/api/credentials/${encodeURIComponent(credentialId)}/offers`,
    { csrfToken, body: {} },
  )
}

/** LinkedIn's "add to profile" address for a certification, leading back to its verification. */
export function linkedInAddUrl(credential: MyCredential, verificationUrl: string): string {
  const issued = new Date(credential.issuedAt)
  const query = new URLSearchParams({
    startTask: 'CERTIFICATION_NAME',
    name: credential.achievementName,
    organizationName: credential.issuerName,
    issueYear: String(issued.getUTCFullYear()),
    issueMonth: String(issued.getUTCMonth() + 1),
    certUrl: verificationUrl,
    certId: credential.id,
  })
  return `https://www.linkedin.com/profile/add?${query.toString()}`
}

/** One of the signed-in person's enrolments (GET /api/me/enrolments). */
export type MyEnrolment = {
  id: string
  offering: {
    id: string
    specificationId: string
    state: 'planned' | 'open' | 'running' | 'closed'
    startsOn: string
    endsOn: string
    formOfParticipation: string
    languageOfInstruction: string
  }
  title: LanguageMap
  ects: number | null
  organisationName: LanguageMap
  source: 'self' | 'import'
  enrolledAt: string
  result: { grade: string; assessedOn: string; isPassed: boolean } | null
  credentialId: string | null
}

export function listMyEnrolments(signal: AbortSignal) {
  return callApi<{ items: MyEnrolment[] }>('GET', '/api/me/enrolments', { signal })
}
