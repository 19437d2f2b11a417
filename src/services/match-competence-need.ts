import {
  type Actor,
  type CompetenceNeed,
  explainMatches,
  indexRelatedSkillLinks,
  type Match,
  type MatchCandidate,
  matchCandidate,
  type NeedMatching,
  rankCandidates,
} from '../core/index.js'
import { getReadableNeed, needReadership } from './competence-need-access.js'
import type { Deps } from './deps.js'
import { getReadableVersion } from './specification-access.js'

/**
 * Which published micro-credentials cover which of a need's skills, from which learning outcomes,
 * and what no offer covers (docs/decisions/0022-competence-need-matching.md). The candidates are
 * only the catalogue entries that share a skill with the need, found through the catalogue's
 * index of skills and ranked by their skill sets; only one page of them is read in full and
 * explained. A withdrawn need is matched for its own organisation only.
 */
export async function matchCompetenceNeed(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  needId: string,
  page: { offset: number; limit: number } = { offset: 0, limit: 20 },
): Promise<{ need: CompetenceNeed; matching: NeedMatching }> {
  const need = await getReadableNeed(deps.stores, actor, needId)
  const skillUris = need.details.skills.map((skill) => skill.uri)
  // Related skills (ESCO broader and skill–skill relations) give partial credit (decision 0026):
  // the candidates are those teaching a need skill or a skill related to one.
  const links = indexRelatedSkillLinks(
    await deps.stores.competenceNeeds.listRelatedSkillLinks(skillUris),
  )
  const relatedUris = [...links.values()].flatMap((list) => list.map((link) => link.relatedUri))
  const coverage = rankCandidates(
    skillUris,
    await deps.stores.competenceNeeds.listPublishedSkillSets([
      ...new Set([...skillUris, ...relatedUris]),
    ]),
    links,
  )
  const shown = coverage.ranked.slice(page.offset, page.offset + page.limit)
  const candidates = await deps.stores.competenceNeeds.listMatchCandidates(
    shown.map((entry) => entry.versionId),
  )
  const byVersion = new Map(candidates.map((candidate) => [candidate.versionId, candidate]))
  return { need, matching: explainMatches(skillUris, coverage, page, byVersion, links) }
}

/** One need a version answers, with the match that shows how. */
export type AnsweredNeed = { readonly need: CompetenceNeed; readonly match: Match }

/** The most needs a version's answer lists. */
export const answeredNeedsLimit = 200

/**
 * The open needs the actor may read that a specification version (typically a draft) answers:
 * those sharing at least one skill with its learning outcomes, or teaching a skill related to one
 * of theirs (partial credit), most shared skills first, then highest coverage, then newest need. The version must be the actor's to read.
 */
export async function listNeedsAnsweredByVersion(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  versionId: string,
): Promise<AnsweredNeed[]> {
  const version = await getReadableVersion(deps, actor, versionId)
  const candidate: MatchCandidate = {
    specificationId: version.specificationId,
    versionId: version.id,
    organisationId: version.organisationId,
    title: version.content.title,
    learningOutcomes: version.content.learningOutcomes,
  }
  const skillUris = [
    ...new Set(
      version.content.learningOutcomes.flatMap((outcome) => outcome.skills.map((s) => s.uri)),
    ),
  ]
  // A need answered only in part, through a skill related to one the version teaches, counts too.
  const links = indexRelatedSkillLinks(
    await deps.stores.competenceNeeds.listRelatedSkillLinks(skillUris, 'to'),
  )
  const readership = await needReadership(deps.stores, actor)
  const { items } = await deps.stores.competenceNeeds.listOpen({
    visibilities: readership.visibilities,
    alsoOrganisationIds: readership.ownOrganisationIds,
    skillUris: [...new Set([...skillUris, ...links.keys()])],
    limit: answeredNeedsLimit,
    offset: 0,
  })
  const answered: AnsweredNeed[] = []
  for (const need of items) {
    const match = matchCandidate(
      need.details.skills.map((skill) => skill.uri),
      candidate,
      links,
    )
    if (match !== undefined) {
      answered.push({ need, match })
    }
  }
  return answered.sort(
    (a, b) =>
      b.match.sharedSkills.length - a.match.sharedSkills.length ||
      b.match.coveragePercent - a.match.coveragePercent ||
      b.match.relatedSkills.length - a.match.relatedSkills.length ||
      b.need.createdAt.getTime() - a.need.createdAt.getTime() ||
      (a.need.id < b.need.id ? -1 : 1),
  )
}
