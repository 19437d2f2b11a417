import {
  type Actor,
  AppError,
  type CompetenceNeed,
  type CompetenceNeedInput,
  type Stores,
  toCompetenceNeedInput,
} from '../core/index.js'
import {
  checkCompetenceNeed,
  getReadableNeed,
  requireNeedManager,
} from './competence-need-access.js'
import type { Deps } from './deps.js'
import { inTransaction } from './in-transaction.js'
import { recordAudit } from './record-audit.js'

/**
 * Changes an open competence need (its organisation's partners and admins); fields left out keep
 * their values. Giving `skillUris` or `occupationUri` replaces the named skills or the occupation,
 * and the occupation's essential skills are taken again from the imported ESCO.
 */
export async function updateCompetenceNeed(
  deps: Pick<Deps, 'clock' | 'stores' | 'transaction'>,
  actor: Actor,
  input: { needId: string; details: CompetenceNeedInput },
  stores?: Stores,
): Promise<CompetenceNeed> {
  return inTransaction(deps, stores, async (stores) => {
    const need = await getReadableNeed(stores, actor, input.needId, { isForUpdate: true })
    requireNeedManager(actor, need.organisationId)
    if (need.state !== 'open') {
      throw new AppError('COMPETENCE_NEED_CLOSED')
    }
    const merged: CompetenceNeedInput = { ...toCompetenceNeedInput(need.details) }
    for (const [key, value] of Object.entries(input.details)) {
      if (value !== undefined) {
        Object.assign(merged, { [key]: value })
      }
    }
    const details = await checkCompetenceNeed(stores, merged)
    const now = deps.clock.now()
    await stores.competenceNeeds.updateDetails(need.id, details, now)
    await recordAudit(deps, stores, actor, {
      action: 'competence-need.updated',
      organisationId: need.organisationId,
      subject: { competenceNeedId: need.id },
    })
    return { ...need, details, updatedAt: now }
  })
}
