import type { Actor, CompetenceNeed } from '../core/index.js'
import { getReadableNeed, needReadership } from './competence-need-access.js'
import type { Deps } from './deps.js'

/** One competence need: public ones for anyone, institutions-only ones for institutions' staff. */
export function getCompetenceNeed(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  needId: string,
): Promise<CompetenceNeed> {
  return getReadableNeed(deps.stores, actor, needId)
}

/**
 * The open needs the actor may read, newest first, a page at a time: public ones, institutions-
 * only ones for institutions' staff, and those of the actor's own organisations.
 */
export async function listCompetenceNeeds(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  page: { limit: number; offset: number; skillUri?: string | undefined },
): Promise<{ items: CompetenceNeed[]; total: number }> {
  const readership = await needReadership(deps.stores, actor)
  return deps.stores.competenceNeeds.listOpen({
    visibilities: readership.visibilities,
    alsoOrganisationIds: readership.ownOrganisationIds,
    skillUris: page.skillUri === undefined ? undefined : [page.skillUri],
    limit: page.limit,
    offset: page.offset,
  })
}

/**
 * An organisation's needs: every one, withdrawn too, for its members; the open ones the actor
 * may read for anyone else.
 */
export async function listOrganisationCompetenceNeeds(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  organisationId: string,
): Promise<CompetenceNeed[]> {
  const readership = await needReadership(deps.stores, actor)
  const needs = await deps.stores.competenceNeeds.listForOrganisation(organisationId)
  if (readership.isSystem || readership.ownOrganisationIds.includes(organisationId)) {
    return needs
  }
  return needs.filter(
    (need) => need.state === 'open' && readership.visibilities.includes(need.details.visibility),
  )
}
