import { type Actor, type Enrolment, requireRole } from '../core/index.js'
import type { Deps } from './deps.js'
import { getReadableOffering } from './offering-access.js'

/** An enrolment with the name people know the learner by. */
export type EnrolmentListItem = Enrolment & { readonly displayName: string }

/** The enrolments of an offering (registrars, assessors and admins of its organisation). */
export async function listEnrolments(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  offeringId: string,
): Promise<EnrolmentListItem[]> {
  const offering = await getReadableOffering(deps.stores, actor, offeringId)
  requireRole(actor, offering.organisationId, ['registrar', 'assessor', 'admin'])
  const enrolments = await deps.stores.enrolments.listForOffering(offering.id)
  return Promise.all(
    enrolments.map(async (enrolment) => ({
      ...enrolment,
      displayName: (await deps.stores.people.findById(enrolment.personId))?.displayName ?? '',
    })),
  )
}
