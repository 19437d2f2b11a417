import {
  type Actor,
  AppError,
  type IssuingRun,
  isLanguage,
  type Language,
  type ProofFormat,
  passingGradesOf,
  proofFormats,
  requireRole,
  toAuditActor,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { getReadableOffering, offeringManagerRoles } from './offering-access.js'
import { recordAudit } from './record-audit.js'

/** What a registrar asks for: credentials for an offering's passed learners, and how. */
export type CohortIssuingRequest = {
  readonly offeringId: string
  /** The proof format (default eddsa-rdfc-2022). */
  readonly format?: ProofFormat | undefined
  /** The language of the credentials' texts and of the claim mail (default fi). */
  readonly language?: Language | undefined
}

/**
 * Asks for credentials for every passed learner of a closed offering and hands the run to the
 * job queue. An offering has at most one unfinished run: asking again answers that run (and asks
 * the queue again, which is harmless), so a lost job is picked up by asking again. Learners who
 * have their credential already are never issued another (the database allows one per
 * enrolment). Registrars and admins of the offering's organisation.
 */
export async function requestCohortIssuing(
  deps: Pick<Deps, 'clock' | 'ids' | 'stores' | 'transaction' | 'jobs'>,
  actor: Actor,
  request: CohortIssuingRequest,
  options: { inBackground: boolean } = { inBackground: true },
): Promise<{ run: IssuingRun; isNew: boolean }> {
  // The command line works the run itself, in the foreground, with a progress bar.
  const enqueue = (runId: string) =>
    options.inBackground ? deps.jobs.enqueueIssuingRun(runId) : Promise.resolve()
  const problems = checkRequest(request)
  if (problems.length > 0) {
    throw new AppError('REQUEST_INVALID', 'The issuing run cannot be started as asked.', {
      details: { problems },
    })
  }
  const offering = await getReadableOffering(deps.stores, actor, request.offeringId)
  requireRole(actor, offering.organisationId, offeringManagerRoles)
  if (offering.state !== 'closed') {
    throw new AppError(
      'OFFERING_NOT_CLOSED',
      `The offering is ${offering.state}; close it when every result is in, then issue.`,
    )
  }
  const version = await deps.stores.specifications.findVersion(offering.versionId)
  if (version === undefined || version.status !== 'published') {
    throw new AppError('REQUEST_INVALID', 'The offering’s version is no longer published.', {
      details: {
        problems: [{ path: 'offeringId', message: 'Only a published version is issued.' }],
      },
    })
  }
  const unfinished = await deps.stores.issuingRuns.findUnfinished(offering.id)
  if (unfinished !== undefined) {
    await enqueue(unfinished.id)
    return { run: unfinished, isNew: false }
  }
  const passing = passingGradesOf(version.content.gradingScheme)
  const now = deps.clock.now()
  const created = await deps.transaction(async (stores) => {
    const run: IssuingRun = {
      id: deps.ids.newId(),
      organisationId: offering.organisationId,
      offeringId: offering.id,
      state: 'queued',
      format: request.format ?? 'eddsa-rdfc-2022',
      language: request.language ?? 'fi',
      requestedBy: toAuditActor(actor).id,
      total: await stores.issuingRuns.countPassed(offering.id, passing),
      issued: 0,
      alreadyIssued: await stores.issuingRuns.countIssued(offering.id),
      failures: [],
      lastError: undefined,
      createdAt: now,
      startedAt: undefined,
      finishedAt: undefined,
      updatedAt: now,
    }
    if (!(await stores.issuingRuns.create(run))) {
      return undefined
    }
    await recordAudit(deps, stores, actor, {
      action: 'issuing-run.requested',
      organisationId: offering.organisationId,
      subject: { offeringId: offering.id, issuingRunId: run.id, total: String(run.total) },
    })
    return run
  })
  if (created === undefined) {
    // Another request made the run between our look and our insert: answer that one (it may
    // have finished meanwhile; it is then the newest).
    const [other] = await deps.stores.issuingRuns.listForOffering(offering.id)
    if (other === undefined) {
      throw new TypeError('an issuing run was reported but cannot be found')
    }
    return { run: other, isNew: false }
  }
  await enqueue(created.id)
  return { run: created, isNew: true }
}

function checkRequest(request: CohortIssuingRequest): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = []
  if (request.format !== undefined && !proofFormats.includes(request.format)) {
    problems.push({ path: 'format', message: `Use one of ${proofFormats.join(', ')}.` })
  }
  if (request.language !== undefined && !isLanguage(request.language)) {
    problems.push({ path: 'language', message: 'Use fi, sv or en.' })
  }
  return problems
}
