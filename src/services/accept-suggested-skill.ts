import {
  type Actor,
  AppError,
  type CompetenceNeed,
  type Stores,
  toCompetenceNeedInput,
} from '../core/index.js'
import { getReadableNeed, requireNeedManager } from './competence-need-access.js'
import type { Deps } from './deps.js'
import { inTransaction } from './in-transaction.js'
import { updateCompetenceNeed } from './update-competence-need.js'

/**
 * Adds a suggested ESCO skill to an open need as one the partner chose (decision 0026): the same
 * change as naming the skill in an update, so the same checks and audit apply. A skill the need
 * already has changes nothing.
 */
export async function acceptSuggestedSkill(
  deps: Pick<Deps, 'clock' | 'stores' | 'transaction'>,
  actor: Actor,
  input: { needId: string; skillUri: string },
  stores?: Stores,
): Promise<CompetenceNeed> {
  return inTransaction(deps, stores, async (stores) => {
    const need = await getReadableNeed(stores, actor, input.needId, { isForUpdate: true })
    requireNeedManager(actor, need.organisationId)
    if (need.state === 'closed') {
      throw new AppError('COMPETENCE_NEED_CLOSED')
    }
    if (need.details.skills.some((skill) => skill.uri === input.skillUri)) {
      return need
    }
    const chosen = toCompetenceNeedInput(need.details).skillUris ?? []
    return updateCompetenceNeed(
      deps,
      actor,
      { needId: need.id, details: { skillUris: [...chosen, input.skillUri] } },
      stores,
    )
  })
}
