import { type Actor, type AssessmentResult, requireRole } from '../core/index.js'
import type { Deps } from './deps.js'
import { getReadableOffering } from './offering-access.js'
import { resultRecorderRoles } from './result-context.js'

/** The results recorded in an offering (assessors, registrars and admins of its organisation). */
export async function listResults(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  offeringId: string,
): Promise<AssessmentResult[]> {
  const offering = await getReadableOffering(deps.stores, actor, offeringId)
  requireRole(actor, offering.organisationId, resultRecorderRoles)
  return deps.stores.results.listForOffering(offering.id)
}
