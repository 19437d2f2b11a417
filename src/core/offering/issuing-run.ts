import type { ProofFormat } from '../credential/signing-key.js'
import type { Language } from '../language.js'

/** Where a cohort issuing run is: waiting for a worker, being worked on, done, or stopped. */
export const issuingRunStates = ['queued', 'running', 'completed', 'failed'] as const

export type IssuingRunState = (typeof issuingRunStates)[number]

/** A learner the run could not issue to, and why (the run goes on with the others). */
export type IssuingFailure = {
  readonly enrolmentId: string
  readonly message: string
}

/**
 * One request to issue credentials to every passed learner of a closed offering. The counters
 * change in the same transaction as the credentials they count, so they are exact even after a
 * crash. `total` is the number of passed learners when the run was asked for.
 */
export type IssuingRun = {
  readonly id: string
  readonly organisationId: string
  readonly offeringId: string
  readonly state: IssuingRunState
  readonly format: ProofFormat
  readonly language: Language
  /** The person or API token that asked for the run (an audit actor id). */
  readonly requestedBy: string | undefined
  readonly total: number
  /** Credentials this run made. */
  readonly issued: number
  /** Learners who had their credential before the run reached them. */
  readonly alreadyIssued: number
  readonly failures: readonly IssuingFailure[]
  /** Why a failed run stopped. */
  readonly lastError: string | undefined
  readonly createdAt: Date
  readonly startedAt: Date | undefined
  readonly finishedAt: Date | undefined
  readonly updatedAt: Date
}

/** A passed learner of an offering who has no credential for it yet. */
export type PendingLearner = {
  readonly enrolmentId: string
  /** When they enrolled: with the enrolment id, their place in the offering's enrolment order. */
  readonly enrolledAt: Date
  readonly personId: string
  /** The learner's name; undefined when their account was deleted. */
  readonly name: string | undefined
  /** A verified address first, else the first one; undefined when they have none. */
  readonly emailAddress: string | undefined
  readonly studentNumber: string | undefined
  readonly grade: string
  readonly assessedOn: string
  readonly supervision: string
  /** https links to evidence of the learner's work. */
  readonly evidence: readonly string[]
}

/** How a run is going, as the API and the CLI show it. */
export type IssuingProgress = {
  readonly done: number
  readonly total: number
  readonly percent: number
  /** Credentials per second since the run started; undefined before the first one. */
  readonly ratePerSecond: number | undefined
  /** Seconds left at that rate; undefined when unknown. */
  readonly secondsLeft: number | undefined
}

/** True when the run will not change any more. */
export function isIssuingRunFinished(run: Pick<IssuingRun, 'state'>): boolean {
  return run.state === 'completed' || run.state === 'failed'
}

/**
 * The run's progress at `now`. Learners who already had a credential count as done, but not
 * towards the rate: the rate says how fast this run signs.
 */
export function toIssuingProgress(run: IssuingRun, now: Date): IssuingProgress {
  const done = Math.min(run.total, run.issued + run.alreadyIssued + run.failures.length)
  const percent = run.total === 0 ? 100 : Math.floor((done / run.total) * 100)
  const end = run.finishedAt ?? now
  const seconds = run.startedAt === undefined ? 0 : (end.getTime() - run.startedAt.getTime()) / 1000
  const ratePerSecond = run.issued > 0 && seconds > 0 ? run.issued / seconds : undefined
  const left = run.total - done
  const secondsLeft =
    isIssuingRunFinished(run) || left === 0
      ? 0
      : ratePerSecond === undefined
        ? undefined
        : Math.ceil(left / ratePerSecond)
  return { done, total: run.total, percent, ratePerSecond, secondsLeft }
}

/**
 * How many learners a run's first batch issues to in one transaction: a crash loses at most one
 * batch of work, and progress shows soon.
 */
export const issuingBatchSize = 50

/**
 * The largest batch on each kind of database; batches double from {@link issuingBatchSize} up to
 * it. The embedded database has one connection, which a batch holds while it signs, so its
 * batches stay small; on a server, large batches (signed on all cores, written in bulk) are what
 * make 100,000 credentials a minute's work.
 */
export const largestIssuingBatchSize: Readonly<Record<'embedded' | 'server', number>> = {
  embedded: issuingBatchSize,
  server: 1000,
}

/** The size of the batch after one of `size` learners, on the given kind of database. */
export function nextIssuingBatchSize(size: number, database: 'embedded' | 'server'): number {
  return Math.min(size * 2, largestIssuingBatchSize[database])
}

/** How many failures a run keeps; more are counted in the message of the last. */
export const maximumIssuingFailuresKept = 100
