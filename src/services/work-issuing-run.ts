import {
  AppError,
  type EmailAddress,
  type IssuingFailure,
  type IssuingRun,
  isAppError,
  isIssuingRunFinished,
  issuingBatchSize,
  maximumIssuingFailuresKept,
  type PendingLearner,
  passingGradesOf,
  type Stores,
  system,
} from '../core/index.js'
import { sendClaimLink } from './claim-links.js'
import type { Deps } from './deps.js'
import {
  buildOpenBadgeCredential,
  type OpenBadgeIssuer,
  prepareOpenBadgeIssuer,
} from './issue-open-badge.js'
import { issueSignedCredential } from './issue-signed-credential.js'

/** How a worker is told to stop between batches, and told about progress. */
export type IssuingWorkOptions = {
  /** Checked between batches: an aborted run stays unfinished and resumes later. */
  readonly signal?: AbortSignal | undefined
  /** Called after every batch with the run as stored. */
  readonly onProgress?: ((run: IssuingRun) => void) | undefined
}

/**
 * Works an issuing run until every passed learner of its offering has a credential. Each batch of
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
    for (;;) {
      if (options.signal?.aborted === true) {
        return run
      }
      const isDone = await deps.transaction((stores) =>
        issueNextBatch(deps, stores, { runId, issuer, passing }),
      )
      run = await findRun(deps.stores, runId)
      options.onProgress?.(run)
      if (isDone) {
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

/** Issues to the next batch of learners; true when there was nobody left. */
async function issueNextBatch(
  deps: Deps,
  stores: Stores,
  work: { runId: string; issuer: OpenBadgeIssuer; passing: readonly string[] },
): Promise<boolean> {
  await stores.issuingRuns.lockForWork(work.runId)
  // Read under the lock: another worker may have finished the run or moved it on meanwhile.
  const run = await findRun(stores, work.runId)
  if (isIssuingRunFinished(run)) {
    return true
  }
  const startedAt = deps.clock.now()
  await stores.issuingRuns.markRunning(run.id, startedAt)
  const pending = await stores.issuingRuns.listPending(run.offeringId, work.passing, {
    limit: issuingBatchSize,
    excluding: run.failures.map((failure) => failure.enrolmentId),
  })
  if (pending.length === 0) {
    await stores.issuingRuns.finish(run.id, { state: 'completed', at: deps.clock.now() })
    return true
  }
  let issued = 0
  const failures: IssuingFailure[] = []
  for (const learner of pending) {
    const problem = await issueToLearner(deps, stores, run, work.issuer, learner)
    if (problem === undefined) {
      issued += 1
    } else if (run.failures.length + failures.length < maximumIssuingFailuresKept) {
      failures.push({ enrolmentId: learner.enrolmentId, message: problem })
    }
  }
  await stores.issuingRuns.recordProgress(run.id, {
    issued,
    alreadyIssued: 0,
    failures,
    at: deps.clock.now(),
  })
  return false
}

/** Issues one learner's credential and mails their claim link; a problem's text when it cannot. */
async function issueToLearner(
  deps: Deps,
  stores: Stores,
  run: IssuingRun,
  issuer: OpenBadgeIssuer,
  learner: PendingLearner,
): Promise<string | undefined> {
  const person = await stores.people.findById(learner.personId)
  const address =
    person === undefined || person.erasedAt !== undefined
      ? undefined
      : preferredAddress(await stores.people.listEmailAddresses(learner.personId))
  if (person === undefined || address === undefined) {
    return 'The learner has no e-mail address any more (the account was deleted).'
  }
  let credential: ReturnType<typeof buildOpenBadgeCredential>
  try {
    credential = buildOpenBadgeCredential(deps, issuer, {
      specificationVersionId: issuer.version.id,
      learner: { name: person.displayName, emailAddress: address.address, personId: person.id },
      result: {
        grade: learner.grade,
        assessedAt: new Date(`${learner.assessedOn}T00:00:00.000Z`),
        identityVerification: learner.supervision,
        evidence: learner.evidence.map((url) => ({ url })),
      },
      format: run.format,
      language: run.language,
    })
  } catch (error) {
    if (isAppError(error) && error.code === 'REQUEST_INVALID') {
      return describeProblems(error.details)
    }
    throw error
  }
  const { issued } = await issueSignedCredential(
    deps,
    {
      actor: system,
      organisationId: run.organisationId,
      credential,
      format: run.format,
      withStatus: true,
      learnerPersonId: person.id,
      specificationVersionId: issuer.version.id,
      enrolmentId: learner.enrolmentId,
    },
    stores,
  )
  await sendClaimLink(deps, stores, {
    credential: issued,
    emailAddress: address.address,
    language: run.language,
  })
  return undefined
}

/** A verified address first, else the first one the learner has. */
function preferredAddress(addresses: readonly EmailAddress[]): EmailAddress | undefined {
  return addresses.find((address) => address.verifiedAt !== undefined) ?? addresses[0]
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
