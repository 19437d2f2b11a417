/** The shapes the web app reads from the API (see docs/openapi.json). */
export type LanguageMap = { fi?: string; sv?: string; en?: string }

export type OrganisationSummary = {
  id: string
  slug: string
  kind: 'institution' | 'partner'
  name: LanguageMap
  country: string
  region: string | null
}

/** GETs a JSON resource of the API; rejects on any non-2xx answer. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, {
    headers: { accept: 'application/json' },
    ...(signal ? { signal } : {}),
  })
  if (!response.ok) {
    throw new Error(`GET ${path} answered ${response.status}`)
  }
  return (await response.json()) as T
}

/** The text in the reader's language, falling back as the server does (fi, en, sv). */
export function inLanguage(text: LanguageMap, language: string): string {
  const order = [language, 'fi', 'en', 'sv'] as const
  for (const candidate of order) {
    const value = text[candidate as keyof LanguageMap]
    if (value) {
      return value
    }
  }
  return ''
}

export type Person = { id: string; displayName: string }

export type Role = 'admin' | 'designer' | 'qa-reviewer' | 'assessor' | 'registrar' | 'partner'

export type Me = {
  person: Person
  emailAddresses: { address: string; isVerified: boolean; addedAt: string }[]
  memberships: {
    organisation: { id: string; slug: string; name: LanguageMap }
    roles: Role[]
  }[]
  sessions: { id: string; createdAt: string; lastSeenAt: string; isCurrent: boolean }[]
  csrfToken: string
}

/** A non-2xx answer of the API, with the problem+json `code` when the server gave one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    readonly retryAfterSeconds: number | undefined,
    /** The problem's own explanation (the server writes it in English). */
    readonly detail?: string | undefined,
  ) {
    super(`the API answered ${status}${code === undefined ? '' : ` ${code}`}`)
  }
}

async function apiErrorOf(response: Response): Promise<ApiError> {
  let code: string | undefined
  let detail: string | undefined
  try {
    const body = (await response.json()) as { code?: unknown; detail?: unknown }
    code = typeof body.code === 'string' ? body.code : undefined
    detail = typeof body.detail === 'string' ? body.detail : undefined
  } catch {
    code = undefined
  }
  const retryAfter = Number(response.headers.get('retry-after'))
  return new ApiError(
    response.status,
    code,
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    detail,
  )
}

/**
 * Sends a request to the API with the session cookie: the CSRF token goes with every change, and
 * a body goes as JSON. Resolves to the parsed answer (undefined for 204); rejects with ApiError.
 */
export async function callApi<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  options: { csrfToken?: string | undefined; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (options.csrfToken !== undefined) {
    headers['x-csrf-token'] = options.csrfToken
  }
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json'
  }
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    ...(options.signal ? { signal: options.signal } : {}),
  })
  if (!response.ok) {
    throw await apiErrorOf(response)
  }
  if (response.status === 204) {
    return undefined as T
  }
  return (await response.json()) as T
}
