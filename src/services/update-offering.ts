import {
  type Actor,
  AppError,
  type Offering,
  type OfferingInput,
  parseOfferingInput,
  requireRole,
  type Stores,
  toOfferingInput,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { inTransaction } from './in-transaction.js'
import { getReadableOffering, offeringInvalid, offeringManagerRoles } from './offering-access.js'
import { recordAudit } from './record-audit.js'

/**
 * Changes the details of a planned offering (registrars and admins); fields left out keep their
 * values. Once an offering is open its details are what people enrolled in, so they stay.
 */
export async function updateOffering(
  deps: Pick<Deps, 'clock' | 'stores' | 'transaction'>,
  actor: Actor,
  input: { offeringId: string; details: OfferingInput },
  stores?: Stores,
): Promise<Offering> {
  return inTransaction(deps, stores, async (stores) => {
    const offering = await getReadableOffering(stores, actor, input.offeringId, {
      isForUpdate: true,
    })
    requireRole(actor, offering.organisationId, offeringManagerRoles)
    if (offering.state !== 'planned') {
      throw new AppError(
        'OFFERING_NOT_EDITABLE',
        `Only a planned offering can be changed; this one is ${offering.state}.`,
      )
    }
    const merged: OfferingInput = { ...toOfferingInput(offering.details) }
    for (const [key, value] of Object.entries(input.details)) {
      if (value !== undefined) {
        Object.assign(merged, { [key]: value })
      }
    }
    const parsed = parseOfferingInput(merged)
    if (!parsed.isValid) {
      throw offeringInvalid(parsed.problems)
    }
    const now = deps.clock.now()
    await stores.offerings.updateDetails(offering.id, parsed.details, now)
    await recordAudit(deps, stores, actor, {
      action: 'offering.updated',
      organisationId: offering.organisationId,
      subject: { offeringId: offering.id },
    })
    return { ...offering, details: parsed.details, updatedAt: now }
  })
}
