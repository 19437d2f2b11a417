import type { CredentialReference } from './credential-reference.js'
import { type FieldProblem, isCalendarDate } from './reflection.js'

/**
 * A selection of a learner's credentials (and, if they choose, their reflections) behind an
 * unguessable link, until it expires or the learner withdraws it. Only the SHA-256 of the link's
 * token is kept. The link's expiry has nothing to do with the credentials' own validity.
 */
export type Share = {
  readonly id: string
  readonly personId: string
  readonly tokenHash: string
  readonly credentials: readonly CredentialReference[]
  readonly includesReflections: boolean
  readonly createdAt: Date
  readonly expiresAt: Date
  readonly withdrawnAt: Date | undefined
}

/** One opening of a share: when, and by which organisations' staff when the viewer was signed in. */
export type ShareAccess = {
  readonly id: string
  readonly shareId: string
  readonly openedAt: Date
  /** The organisations the signed-in viewer belongs to; empty for a viewer not signed in. */
  readonly viewerOrganisationIds: readonly string[]
}

export type ShareState = 'active' | 'expired' | 'withdrawn'

/** A share can be withdrawn while it works; withdrawal wins over expiry in what is reported. */
export function shareStateOf(
  share: Pick<Share, 'expiresAt' | 'withdrawnAt'>,
  now: Date,
): ShareState {
  if (share.withdrawnAt !== undefined) {
    return 'withdrawn'
  }
  return share.expiresAt.getTime() <= now.getTime() ? 'expired' : 'active'
}

/** The longest a link may live: a year. A learner can always make a new one. */
export const maximumShareDays = 366

/** The time zone in which a share's last day is read (DOMAIN.md: times shown in Helsinki). */
export const shareTimeZone = 'Europe/Helsinki'

/**
 * The moment a share given "until `expiresOn`" stops working: the end of that day in Helsinki
 * (the next midnight there), so that "until 31 December" includes the 31st.
 */
export function shareExpiryOf(expiresOn: string): Date {
  const [year, month, day] = expiresOn.split('-').map(Number) as [number, number, number]
  const nextMidnightUtc = Date.UTC(year, month - 1, day + 1)
  // Helsinki is UTC+2 or +3; the offset at that wall-clock midnight decides.
  const offsetMinutes = helsinkiOffsetMinutes(new Date(nextMidnightUtc))
  const candidate = new Date(nextMidnightUtc - offsetMinutes * 60_000)
  const corrected = helsinkiOffsetMinutes(candidate)
  return new Date(nextMidnightUtc - corrected * 60_000)
}

/** The calendar day in Helsinki at an instant, `YYYY-MM-DD`. */
export function helsinkiDateOf(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: shareTimeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant)
}

function helsinkiOffsetMinutes(instant: Date): number {
  const name =
    new Intl.DateTimeFormat('en-GB', { timeZone: shareTimeZone, timeZoneName: 'longOffset' })
      .formatToParts(instant)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT+02:00'
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name)
  if (match === null) {
    return 0
  }
  const minutes = Number(match[2]) * 60 + Number(match[3])
  return match[1] === '-' ? -minutes : minutes
}

export type ShareInput = {
  readonly credentials: readonly CredentialReference[]
  readonly expiresOn: string
}

/**
 * The problems of a new share's selection and expiry, all at once: at least one credential, each
 * of them the learner's (`held`), and a last day from today to a year ahead.
 */
export function shareProblems(
  input: ShareInput,
  held: readonly CredentialReference[],
  now: Date,
): FieldProblem[] {
  const problems: FieldProblem[] = []
  if (input.credentials.length === 0) {
    problems.push({
      path: 'credentials',
      code: 'required',
      message: 'Choose at least one credential to share.',
    })
  }
  input.credentials.forEach((reference, index) => {
    if (!held.some((own) => own.kind === reference.kind && own.id === reference.id)) {
      problems.push({
        path: `credentials/${index}`,
        code: 'unknown',
        message: 'This credential is not in your portfolio.',
      })
    }
  })
  if (!isCalendarDate(input.expiresOn)) {
    problems.push({
      path: 'expiresOn',
      code: 'invalid',
      message: 'Give the link’s last day as YYYY-MM-DD.',
    })
  } else {
    const expiresAt = shareExpiryOf(input.expiresOn)
    if (expiresAt.getTime() <= now.getTime()) {
      problems.push({
        path: 'expiresOn',
        code: 'past',
        message: 'The link’s last day cannot be in the past.',
      })
    } else if (expiresAt.getTime() - now.getTime() > maximumShareDays * 24 * 60 * 60 * 1000) {
      problems.push({
        path: 'expiresOn',
        code: 'too-far',
        message: 'A link can last at most a year; make a new one when it ends.',
      })
    }
  }
  return problems
}
