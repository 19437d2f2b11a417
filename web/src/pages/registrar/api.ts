import { ApiError, callApi, type LanguageMap } from '../../api-client.js'

/** The registrar's API shapes (docs/openapi.json) and the calls callApi cannot make (CSV). */
export type OfferingState = 'planned' | 'open' | 'running' | 'closed'
export type OfferingAction = 'open' | 'start' | 'close'

export type Offering = {
  id: string
  organisationId: string
  specificationId: string
  versionId: string
  state: OfferingState
  startsOn: string
  endsOn: string
  enrolmentOpensAt: string
  enrolmentClosesAt: string
  seatLimit: number | null
  price: { amountCents: number; currency: 'EUR' } | null
  formOfParticipation: string
  languageOfInstruction: string
  teachers: string[]
  courseCode: string | null
}

export type SpecificationVersion = {
  id: string
  specificationId: string
  versionNumber: number
  status: string
  content: { title: LanguageMap; gradingScheme?: string }
}

export type Enrolment = {
  id: string
  personId: string
  studentNumber: string | null
  source: 'self' | 'import'
  enrolledAt: string
  displayName: string
}

export type AssessmentResult = {
  id: string
  enrolmentId: string
  grade: string
  assessedOn: string
  credits: string | null
  source: 'manual' | 'import'
}

/** The values a problem's message fills in (row numbers, limits, dates, allowed values…). */
export type ProblemParams = Readonly<Record<string, string | number>>

/**
 * A problem the API found (docs/errors.md, "Problem codes"): its row (0 when not of a file), field
 * or column, stable code, the values its message fills in, and the server's English message.
 */
export type RowProblem = {
  row: number
  path: string
  code: string | undefined
  params: ProblemParams
  message: string
}

export type IssuingRun = {
  id: string
  state: 'queued' | 'running' | 'completed' | 'failed'
  total: number
  issued: number
  alreadyIssued: number
  failures: { enrolmentId: string; message: string }[]
  lastError: string | null
  progress: {
    done: number
    total: number
    percent: number
    ratePerSecond: number | null
    secondsLeft: number | null
  }
  createdAt: string
  finishedAt: string | null
  links: { self: string; events: string }
}

export type CredentialState = 'active' | 'suspended' | 'revoked'
export type StatusAction = 'revoke' | 'suspend' | 'reinstate'

export type OfferingCredential = {
  id: string
  enrolmentId: string
  displayName: string
  studentNumber: string | null
  state: CredentialState
  issuedAt: string
  statusChangedAt: string | null
  statusReason: string | null
  claimedAt: string | null
}

/** A problem+json answer with its details kept (callApi keeps only the code). */
export class ProblemError extends ApiError {
  constructor(
    status: number,
    code: string | undefined,
    readonly problems: readonly RowProblem[],
  ) {
    super(status, code, undefined)
  }
}

async function problemOf(response: Response): Promise<ProblemError> {
  let code: string | undefined
  let problems: RowProblem[] = []
  try {
    const body = (await response.json()) as {
      code?: unknown
      details?: { problems?: unknown }
    }
    code = typeof body.code === 'string' ? body.code : undefined
    if (Array.isArray(body.details?.problems)) {
      problems = body.details.problems.flatMap((problem: unknown) => {
        const { row, path, code, params, message } = (problem ?? {}) as Record<string, unknown>
        return typeof path === 'string' && typeof message === 'string'
          ? [
              {
                row: typeof row === 'number' ? row : 0,
                path,
                code: typeof code === 'string' ? code : undefined,
                params: paramsOf(params),
                message,
              },
            ]
          : []
      })
    }
  } catch {
    code = undefined
  }
  return new ProblemError(response.status, code, problems)
}

function paramsOf(value: unknown): ProblemParams {
  if (typeof value !== 'object' || value === null) {
    return {}
  }
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string | number] =>
        typeof entry[1] === 'string' || typeof entry[1] === 'number',
    ),
  )
}

/** Sends JSON like callApi, but rejects with the problem's field problems (OFFERING_INVALID). */
export async function sendJson<T>(
  path: string,
  csrfToken: string | undefined,
  body: unknown,
): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      ...(csrfToken === undefined ? {} : { 'x-csrf-token': csrfToken }),
    },
    body: JSON.stringify(body),
  })
  if (!response.ok) {
    throw await problemOf(response)
  }
  return (await response.json()) as T
}

/** Posts a CSV file's text; rejects with ProblemError, whose problems name rows and columns. */
export async function postCsv<T>(
  path: string,
  csrfToken: string | undefined,
  csv: string,
): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      'content-type': 'text/csv',
      ...(csrfToken === undefined ? {} : { 'x-csrf-token': csrfToken }),
    },
    body: csv,
  })
  if (!response.ok) {
    throw await problemOf(response)
  }
  return (await response.json()) as T
}

export const getOffering = (id: string) => callApi<Offering>('GET', `/api/offerings/${id}`)

export const transitionOffering = (id: string, action: OfferingAction, csrfToken?: string) =>
  callApi<Offering>('POST', `/api/offerings/${id}/transitions`, { csrfToken, body: { action } })

/** The next steps an offering can take from its state. */
export function actionsFor(state: OfferingState): OfferingAction[] {
  switch (state) {
    case 'planned':
      return ['open', 'close']
    case 'open':
      return ['start', 'close']
    case 'running':
      return ['close']
    case 'closed':
      return []
  }
}
