import {
  AppError,
  type IssuingFailure,
  type IssuingRun,
  isAppError,
  isIssuingRunFinished,
  issuingBatchSize,
  type JsonObject,
  maximumIssuingFailuresKept,
  nextIssuingBatchSize,
  type PendingLearner,
  passingGradesOf,
  type Stores,
  system,
} from '../core/index.js'
import { sendClaimLinks } from './claim-links.js'
import type { Deps } from './deps.js'
import {
  buildOpenBadgeCredential,
  type OpenBadgeIssuer,
  prepareOpenBadgeIssuer,
} from './issue-open-badge.js'
import { issueSignedCredentials } from './issue-signed-credential.js'

/** How a worker is told to stop between batches, and told about progress. */
export type IssuingWorkOptions = {
  /** Checked between batches: an aborted run stays unfinished and resumes later. */
  readonly signal?: AbortSignal | undefined
  /** Called after every batch with the run as stored. */
  readonly onProgress?: ((run: IssuingRun) => void) | undefined
}

/**
 * Works an issuing run until every passed learner of its offering has a credential. Batches start
 * at {@link issuingBatchSize} learners and double up to the database's largest batch. Each batch of
 * learners is one transaction under the run's lock: its credentials (signed, with status entries),
 * claim links, mails, audit entries and the run's counters land together or not at all, so a
 * process killed at any moment leaves no half-made credential and exact counters, and the next
 * worker (or a rerun) goes on where the last committed batch ended. Learners the run cannot issue
 * to (no e-mail address left) are listed in its failures; the others go on. An unexpected error
 * ends the run as failed; a new run continues it.
 */
export async function workIssuingRun(
  deps: Deps,
  runId: string,
  options: IssuingWorkOptions = {},
): Promise<IssuingRun> {
  let run = await findRun(deps.stores, runId)
  if (isIssuingRunFinished(run)) {
    return run
  }
  try {
    const offering = await deps.stores.offerings.findById(run.offeringId)
    if (offering === undefined) {
      throw new AppError('OFFERING_NOT_FOUND')
    }
    const issuer = await prepareOpenBadgeIssuer(deps, system, offering.versionId)
    const passing = passingGradesOf(issuer.version.content.gradingScheme)
    let batchSize = issuingBatchSize
    let after: LearnerPlace | undefined
    for (;;) {
      if (options.signal?.aborted === true) {
        return run
      }
      const work = { runId, issuer, passing, limit: batchSize, after }
      const next = await deps.transaction((stores) => issueNextBatch(deps, stores, work))
      batchSize = nextIssuingBatchSize(batchSize, deps.database.kind)
      after = next === 'done' ? undefined : next
      run = await findRun(deps.stores, runId)
      options.onProgress?.(run)
      if (next === 'done') {
        return run
      }
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    await deps.stores.issuingRuns.finish(runId, {
      state: 'failed',
      at: deps.clock.now(),
      error: message,
    })
    throw error
  }
}

/**
 * A learner's place in the offering's enrolment order, and whether the batches are on their last
 * pass from the start, which confirms that nobody is left (and must not start over again: learners
 * who cannot be issued stay pending, and beyond the failures a run keeps they are not excluded).
 */
type LearnerPlace = Pick<PendingLearner, 'enrolledAt' | 'enrolmentId'> & {
  readonly isConfirming: boolean
}

/**
 * Issues to the next batch of learners: after `after`, where this worker's last batch ended,
 * when that leaves anybody (another worker may have gone further meanwhile: its learners are
 * issued and not listed again), else from the start. Answers where the batch ended, or 'done'
 * when nobody was left.
 */
async function issueNextBatch(
  deps: Deps,
  stores: Stores,
  work: {
    runId: string
    issuer: OpenBadgeIssuer
    passing: readonly string[]
    limit: number
    after: LearnerPlace | undefined
  },
): Promise<LearnerPlace | 'done'> {
  await stores.issuingRuns.lockForWork(work.runId)
  // Read under the lock: another worker may have finished the run or moved it on meanwhile.
  const run = await findRun(stores, work.runId)
  if (isIssuingRunFinished(run)) {
    return 'done'
  }
  const startedAt = deps.clock.now()
  await stores.issuingRuns.markRunning(run.id, startedAt)
  const listPending = (after: LearnerPlace | undefined) =>
    stores.issuingRuns.listPending(run.offeringId, work.passing, {
      limit: work.limit,
      excluding: run.failures.map((failure) => failure.enrolmentId),
      after,
    })
  let pending = await listPending(work.after)
  let isConfirming = work.after?.isConfirming === true
  if (pending.length === 0 && work.after !== undefined && !isConfirming) {
    // The run is complete only when nobody is left anywhere in the offering: one more pass from
    // the start, walking on past learners who cannot be issued, to its end.
    pending = await listPending(undefined)
    isConfirming = true
  }
  const last = pending.at(-1)
  if (last === undefined) {
    await stores.issuingRuns.finish(run.id, { state: 'completed', at: deps.clock.now() })
    return 'done'
  }
  const failures: IssuingFailure[] = []
  const ready: { learner: PendingLearner; emailAddress: string; credential: JsonObject }[] = []
  for (const learner of pending) {
    const built = buildFor(deps, run, work.issuer, learner)
    if (typeof built === 'string') {
      if (run.failures.length + failures.length < maximumIssuingFailuresKept) {
        failures.push({ enrolmentId: learner.enrolmentId, message: built })
      }
    } else {
      ready.push({ learner, ...built })
    }
  }
  await issueSignedCredentials(
    deps,
    {
      actor: system,
      organisationId: run.organisationId,
      format: run.format,
      withStatus: true,
      items: ready.map(({ learner, credential }) => ({
        credential,
        learnerPersonId: learner.personId,
        specificationVersionId: work.issuer.version.id,
        enrolmentId: learner.enrolmentId,
      })),
      beforeAudit: async (results) => {
        await sendClaimLinks(
          deps,
          stores,
          results.map((result, index) => ({
            credential: result.issued,
            emailAddress: ready[index]?.emailAddress ?? '',
            language: run.language,
          })),
        )
        await stores.issuingRuns.recordProgress(run.id, {
          issued: results.length,
          alreadyIssued: 0,
          failures,
          at: deps.clock.now(),
        })
      },
    },
    stores,
  )
  return { enrolledAt: last.enrolledAt, enrolmentId: last.enrolmentId, isConfirming }
}

/** The learner's unsigned credential and the address to mail, or why there is none. */
function buildFor(
  deps: Deps,
  run: IssuingRun,
  issuer: OpenBadgeIssuer,
  learner: PendingLearner,
): { emailAddress: string; credential: JsonObject } | string {
  if (learner.name === undefined || learner.emailAddress === undefined) {
    return 'The learner has no e-mail address any more (the account was deleted).'
  }
  try {
    const credential = buildOpenBadgeCredential(deps, issuer, {
      specificationVersionId: issuer.version.id,
      learner: {
        name: learner.name,
        emailAddress: learner.emailAddress,
        personId: learner.personId,
      },
      result: {
        grade: learner.grade,
        assessedAt: new Date(`${learner.assessedOn}T00:00:00.000Z`),
        identityVerification: learner.supervision,
        evidence: learner.evidence.map((url) => ({ url })),
      },
      format: run.format,
      language: run.language,
    })
    return { emailAddress: learner.emailAddress, credential }
  } catch (error) {
    if (isAppError(error) && error.code === 'REQUEST_INVALID') {
      return describeProblems(error.details)
    }
    throw error
  }
}

function describeProblems(details: unknown): string {
  const problems =
    typeof details === 'object' && details !== null && 'problems' in details
      ? (details as { problems: { path: string; message: string }[] }).problems
      : []
  return problems.map((problem) => `${problem.path}: ${problem.message}`).join(' ') || 'invalid'
}

async function findRun(stores: Stores, runId: string): Promise<IssuingRun> {
  const run = await stores.issuingRuns.findById(runId)
  if (run === undefined) {
    throw new AppError('ISSUING_RUN_NOT_FOUND')
  }
  return run
}
