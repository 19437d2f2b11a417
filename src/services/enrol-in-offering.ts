import {
  type Actor,
  AppError,
  checkSelfEnrolment,
  type Enrolment,
  requirePerson,
  type Stores,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { inTransaction } from './in-transaction.js'
import { getReadableOffering } from './offering-access.js'
import { recordAudit } from './record-audit.js'

/**
 * Enrols the signed-in person in an open offering inside its enrolment window. The offering's
 * row is locked for the transaction, so that concurrent enrolments are counted one after the
 * other and the seat limit holds: OFFERING_FULL when every seat is taken, ENROLMENT_EXISTS for a
 * second enrolment, ENROLMENT_NOT_ALLOWED outside the window.
 */
export async function enrolInOffering(
  deps: Pick<Deps, 'clock' | 'ids' | 'stores' | 'transaction'>,
  actor: Actor,
  input: { offeringId: string },
  stores?: Stores,
): Promise<Enrolment> {
  const person = requirePerson(actor)
  return inTransaction(deps, stores, async (stores) => {
    const offering = await getReadableOffering(stores, actor, input.offeringId, {
      isForUpdate: true,
    })
    const now = deps.clock.now()
    const check = checkSelfEnrolment(offering, now)
    if (!check.isAllowed) {
      throw new AppError('ENROLMENT_NOT_ALLOWED', check.reason)
    }
    if ((await stores.enrolments.findForPerson(offering.id, person.personId)) !== undefined) {
      throw new AppError('ENROLMENT_EXISTS')
    }
    const { seatLimit } = offering.details
    if (
      seatLimit !== undefined &&
      (await stores.enrolments.countForOffering(offering.id)) >= seatLimit
    ) {
      throw new AppError('OFFERING_FULL', `All ${seatLimit} seats of the offering are taken.`)
    }
    const enrolment: Enrolment = {
      id: deps.ids.newId(),
      offeringId: offering.id,
      personId: person.personId,
      studentNumber: undefined,
      source: 'self',
      enrolledAt: now,
    }
    if (!(await stores.enrolments.create(enrolment))) {
      throw new AppError('ENROLMENT_EXISTS')
    }
    await recordAudit(deps, stores, actor, {
      action: 'enrolment.created',
      organisationId: offering.organisationId,
      subject: { offeringId: offering.id, enrolmentId: enrolment.id, personId: person.personId },
    })
    return enrolment
  })
}
