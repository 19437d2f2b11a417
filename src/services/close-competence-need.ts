import { type Actor, AppError, type CompetenceNeed, type Stores } from '../core/index.js'
import { getReadableNeed, requireNeedManager } from './competence-need-access.js'
import type { Deps } from './deps.js'
import { inTransaction } from './in-transaction.js'
import { recordAudit } from './record-audit.js'

/**
 * Withdraws an open competence need (its organisation's partners and admins): it no longer shows
 * to others nor takes part in matching; its organisation still sees it.
 */
export async function closeCompetenceNeed(
  deps: Pick<Deps, 'clock' | 'stores' | 'transaction'>,
  actor: Actor,
  needId: string,
  stores?: Stores,
): Promise<CompetenceNeed> {
  return inTransaction(deps, stores, async (stores) => {
    const need = await getReadableNeed(stores, actor, needId, { isForUpdate: true })
    requireNeedManager(actor, need.organisationId)
    if (need.state !== 'open') {
      throw new AppError('COMPETENCE_NEED_CLOSED')
    }
    const now = deps.clock.now()
    await stores.competenceNeeds.close(need.id, now)
    await recordAudit(deps, stores, actor, {
      action: 'competence-need.closed',
      organisationId: need.organisationId,
      subject: { competenceNeedId: need.id },
    })
    return { ...need, state: 'closed', updatedAt: now, closedAt: now }
  })
}
