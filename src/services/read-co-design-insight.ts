import { type Actor, type CoDesignInsight, summariseInsight } from '../core/index.js'
import { needReadership } from './competence-need-access.js'
import type { Deps } from './deps.js'

/**
 * Demand against supply over the open needs the actor may read (decision 0026, Insight): the
 * most needed skills no or few published micro-credentials teach, needs per region and field,
 * and per institution the needs its published micro-credentials answer — and its drafts, for the
 * actor's own institutions only, since others' drafts are not theirs to see.
 */
export async function readCoDesignInsight(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
): Promise<CoDesignInsight> {
  const readership = await needReadership(deps.stores, actor)
  const query = {
    visibilities: readership.visibilities,
    alsoOrganisationIds: readership.ownOrganisationIds,
  }
  const draftOrganisationIds = readership.isSystem
    ? (await deps.stores.organisations.list()).map((organisation) => organisation.id)
    : readership.ownOrganisationIds
  const [demand, answers, open] = await Promise.all([
    deps.stores.coDesignInsight.readDemand(query),
    deps.stores.coDesignInsight.readAnswers(query, draftOrganisationIds),
    deps.stores.competenceNeeds.listOpen({ ...query, limit: 1, offset: 0 }),
  ])
  const ownDrafts = new Set(draftOrganisationIds)
  return summariseInsight({
    openNeedCount: open.total,
    ...demand,
    institutions: answers.map((answer) => ({
      ...answer,
      draftNeedCount: ownDrafts.has(answer.organisationId) ? answer.draftNeedCount : undefined,
    })),
  })
}
