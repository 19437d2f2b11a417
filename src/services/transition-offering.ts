import {
  type Actor,
  AppError,
  type Offering,
  type OfferingAction,
  planOfferingTransition,
  requireRole,
  type Stores,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { inTransaction } from './in-transaction.js'
import { getReadableOffering, offeringManagerRoles } from './offering-access.js'
import { recordAudit } from './record-audit.js'

/**
 * Moves an offering along planned → open → running → closed (registrars and admins). A step that
 * does not fit the state answers OFFERING_TRANSITION_NOT_ALLOWED with the reason; every step goes
 * to the audit log.
 */
export async function transitionOffering(
  deps: Pick<Deps, 'clock' | 'stores' | 'transaction'>,
  actor: Actor,
  input: { offeringId: string; action: OfferingAction },
  stores?: Stores,
): Promise<Offering> {
  return inTransaction(deps, stores, async (stores) => {
    const offering = await getReadableOffering(stores, actor, input.offeringId, {
      isForUpdate: true,
    })
    requireRole(actor, offering.organisationId, offeringManagerRoles)
    const plan = planOfferingTransition(offering.state, input.action)
    if (!plan.isAllowed) {
      throw new AppError('OFFERING_TRANSITION_NOT_ALLOWED', plan.reason)
    }
    const now = deps.clock.now()
    await stores.offerings.setState(offering.id, plan.to, now)
    await recordAudit(deps, stores, actor, {
      action: `offering.${input.action}`,
      organisationId: offering.organisationId,
      subject: { offeringId: offering.id, from: offering.state, to: plan.to },
    })
    return { ...offering, state: plan.to, updatedAt: now }
  })
}
