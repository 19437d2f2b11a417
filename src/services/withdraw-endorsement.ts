import {
  type Actor,
  AppError,
  type Endorsement,
  requireRole,
  type Stores,
  signOffRoles,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { inTransaction } from './in-transaction.js'
import { recordAudit } from './record-audit.js'

/**
 * Withdraws a partner organisation's endorsement (its partners and admins): it is no longer shown
 * nor carried by credentials issued from now on. Credentials issued before keep their signed
 * copy; the signed endorsement itself cannot be unsaid (it has no status entry).
 */
export async function withdrawEndorsement(
  deps: Pick<Deps, 'clock' | 'stores' | 'transaction'>,
  actor: Actor,
  input: { endorsementId: string; reason: string },
  stores?: Stores,
): Promise<Endorsement> {
  return inTransaction(deps, stores, async (transaction) => {
    const endorsement = await transaction.endorsements.findById(input.endorsementId, {
      isForUpdate: true,
    })
    if (endorsement === undefined) {
      throw new AppError('ENDORSEMENT_NOT_FOUND')
    }
    requireRole(actor, endorsement.organisationId, signOffRoles)
    const reason = input.reason.trim()
    if (reason.length > 2000) {
      throw new AppError('REQUEST_INVALID', 'The reason is at most 2000 characters.', {
        details: { problems: [{ path: 'reason', message: 'At most 2000 characters.' }] },
      })
    }
    const at = deps.clock.now()
    if (!(await transaction.endorsements.withdraw(endorsement.id, { at, reason }))) {
      throw new AppError('ENDORSEMENT_WITHDRAWN')
    }
    await recordAudit(deps, transaction, actor, {
      action: 'endorsement.withdrawn',
      organisationId: endorsement.organisationId,
      subject: { endorsementId: endorsement.id, specificationVersionId: endorsement.versionId },
    })
    return { ...endorsement, withdrawnAt: at, withdrawalReason: reason }
  })
}
