import { type Actor, AppError, type IssuingRun, requireRole } from '../core/index.js'
import { isUuid } from './credential-access.js'
import type { Deps } from './deps.js'
import { getReadableOffering, offeringManagerRoles } from './offering-access.js'

/**
 * One issuing run, for registrars and admins of its organisation. Others learn nothing of it:
 * ISSUING_RUN_NOT_FOUND, as for an unknown id.
 */
export async function getIssuingRun(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  runId: string,
): Promise<IssuingRun> {
  const run = isUuid(runId) ? await deps.stores.issuingRuns.findById(runId) : undefined
  if (run === undefined) {
    throw new AppError('ISSUING_RUN_NOT_FOUND')
  }
  try {
    requireRole(actor, run.organisationId, offeringManagerRoles)
  } catch (error) {
    if (actor.kind === 'anonymous') {
      throw error
    }
    throw new AppError('ISSUING_RUN_NOT_FOUND', undefined, { cause: error })
  }
  return run
}

/** An offering's issuing runs, newest first, for registrars and admins of its organisation. */
export async function listIssuingRuns(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  offeringId: string,
): Promise<IssuingRun[]> {
  const offering = await getReadableOffering(deps.stores, actor, offeringId)
  requireRole(actor, offering.organisationId, offeringManagerRoles)
  return deps.stores.issuingRuns.listForOffering(offering.id)
}
