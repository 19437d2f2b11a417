import {
  type Actor,
  AppError,
  type CompetenceNeed,
  type CompetenceNeedInput,
  type Stores,
} from '../core/index.js'
import { checkCompetenceNeed, requireNeedManager } from './competence-need-access.js'
import type { Deps } from './deps.js'
import { inTransaction } from './in-transaction.js'
import { recordAudit } from './record-audit.js'

/**
 * Posts a competence need for a partner organisation (its partners and admins). The ESCO skills
 * must be in the imported ESCO; an occupation adds its essential skills. Every problem is
 * reported at once and nothing is saved.
 */
export async function createCompetenceNeed(
  deps: Pick<Deps, 'clock' | 'ids' | 'stores' | 'transaction'>,
  actor: Actor,
  input: { organisationId: string; details: CompetenceNeedInput },
  stores?: Stores,
): Promise<CompetenceNeed> {
  return inTransaction(deps, stores, async (stores) => {
    const organisation = await stores.organisations.findById(input.organisationId)
    if (organisation === undefined) {
      throw new AppError('ORGANISATION_NOT_FOUND')
    }
    requireNeedManager(actor, organisation.id)
    if (organisation.kind !== 'partner') {
      throw new AppError(
        'PERMISSION_DENIED',
        'Competence needs are posted by partner organisations; this one is an institution.',
      )
    }
    const details = await checkCompetenceNeed(stores, input.details)
    const now = deps.clock.now()
    const need: CompetenceNeed = {
      id: deps.ids.newId(),
      organisationId: organisation.id,
      state: 'open',
      details,
      createdBy: actor.kind === 'person' ? actor.personId : undefined,
      createdAt: now,
      updatedAt: now,
      closedAt: undefined,
    }
    await stores.competenceNeeds.create(need)
    await recordAudit(deps, stores, actor, {
      action: 'competence-need.created',
      organisationId: organisation.id,
      subject: { competenceNeedId: need.id },
    })
    return need
  })
}
