import type { LanguageMap } from '../language.js'
import type { LearningOutcome } from '../specification/specification.js'

/** A specification version matching considers: its title and learning outcomes with their skills. */
export type MatchCandidate = {
  readonly specificationId: string
  readonly versionId: string
  readonly organisationId: string
  readonly title: LanguageMap
  readonly learningOutcomes: readonly Pick<LearningOutcome, 'id' | 'text' | 'skills'>[]
}

/** One learning outcome a shared skill comes from. */
export type MatchedOutcome = {
  /** The outcome's place in the version, from 0, and its id. */
  readonly index: number
  readonly id: string
  readonly text: LanguageMap
}

/** A skill the need asks for and the candidate teaches, with where the candidate teaches it. */
export type SharedSkill = {
  readonly uri: string
  readonly outcomes: readonly MatchedOutcome[]
}

/**
 * How a taught skill is related to a need's skill: it is the need skill's `broader` skill in
 * ESCO's hierarchy, or `related` to it by an ESCO skill–skill relation (either direction), whose
 * own type (`essential` or `optional`) is kept for the explanation.
 */
export type SkillRelation = 'broader' | 'related-essential' | 'related-optional'

/** One ESCO link from a need's skill to a skill that, when taught, gives it partial credit. */
export type RelatedSkillLink = {
  /** The need's skill. */
  readonly skillUri: string
  /** The skill that, taught, counts for it in part. */
  readonly relatedUri: string
  readonly relatedLabel: string
  readonly relation: SkillRelation
}

/**
 * The credit a need's skill gets when it is not taught but a related skill is: half of an exact
 * match (docs/decisions/0026-skill-suggestions-and-related-credit.md).
 */
export const relatedSkillWeight = 0.5

const relationOrder: Record<SkillRelation, number> = {
  broader: 0,
  'related-essential': 1,
  'related-optional': 2,
}

/** Links by need skill, each list in a fixed order: broader first, then essential, optional; by URI. */
export function indexRelatedSkillLinks(
  links: readonly RelatedSkillLink[],
): ReadonlyMap<string, readonly RelatedSkillLink[]> {
  const bySkill = new Map<string, RelatedSkillLink[]>()
  for (const link of links) {
    if (link.relatedUri === link.skillUri) {
      continue
    }
    const list = bySkill.get(link.skillUri) ?? []
    if (!list.some((known) => known.relatedUri === link.relatedUri)) {
      list.push(link)
    }
    bySkill.set(link.skillUri, list)
  }
  for (const list of bySkill.values()) {
    list.sort(
      (a, b) =>
        relationOrder[a.relation] - relationOrder[b.relation] ||
        compareText(a.relatedUri, b.relatedUri),
    )
  }
  return bySkill
}

/** A need's skill a candidate does not teach but teaches a related skill of: partial credit. */
export type RelatedSkill = {
  /** The need's skill. */
  readonly uri: string
  /** The credit it gets: `relatedSkillWeight`. */
  readonly weight: number
  /** Every related skill the candidate teaches, in the links' order, with its outcomes. */
  readonly via: readonly {
    readonly uri: string
    readonly label: string
    readonly relation: SkillRelation
    readonly outcomes: readonly MatchedOutcome[]
  }[]
}

/** Need × specification version: the shared skills, each explained, and the coverage. */
export type Match = {
  readonly specificationId: string
  readonly versionId: string
  readonly organisationId: string
  readonly title: LanguageMap
  /** In the need's order of skills. */
  readonly sharedSkills: readonly SharedSkill[]
  /** Need skills not taught but with a related skill taught: partial credit, in the need's order. */
  readonly relatedSkills: readonly RelatedSkill[]
  /** The need's skills this candidate teaches neither exactly nor by a related skill. */
  readonly missingSkillUris: readonly string[]
  /**
   * Shared skills, plus related ones at `relatedSkillWeight`, over the need's skills, in whole
   * percent (rounded half up).
   */
  readonly coveragePercent: number
}

/** Whole percent of `part` in `whole`, rounded half up; 0 of nothing is 0. */
export function toPercent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.floor((part * 100) / whole + 0.5)
}

/** Exact and related skills weighed together, over the need's skills, in whole percent. */
export function weightedPercent(exact: number, related: number, whole: number): number {
  // In half units, so that the arithmetic stays in whole numbers.
  return toPercent(exact * 2 + related * relatedSkillWeight * 2, whole * 2)
}

/**
 * How one candidate covers the need's skills: an exact match of ESCO URIs between the need's
 * skills and the skills of the candidate's learning outcomes, each shared skill listed with every
 * outcome it comes from; a need skill not taught but with a related skill taught (`links`, ESCO
 * broader and skill–skill relations) is listed apart as related, with partial credit. Undefined
 * when nothing is shared or related (docs/decisions/0022-competence-need-matching.md, 0026).
 */
export function matchCandidate(
  needSkillUris: readonly string[],
  candidate: MatchCandidate,
  links: ReadonlyMap<string, readonly RelatedSkillLink[]> = new Map(),
): Match | undefined {
  const outcomesBySkill = new Map<string, MatchedOutcome[]>()
  candidate.learningOutcomes.forEach((outcome, index) => {
    const seen = new Set<string>()
    for (const skill of outcome.skills) {
      if (seen.has(skill.uri)) {
        continue
      }
      seen.add(skill.uri)
      const list = outcomesBySkill.get(skill.uri) ?? []
      list.push({ index, id: outcome.id, text: outcome.text })
      outcomesBySkill.set(skill.uri, list)
    }
  })
  const sharedSkills: SharedSkill[] = []
  const relatedSkills: RelatedSkill[] = []
  const missingSkillUris: string[] = []
  for (const uri of needSkillUris) {
    const outcomes = outcomesBySkill.get(uri)
    if (outcomes !== undefined) {
      sharedSkills.push({ uri, outcomes })
      continue
    }
    const via = (links.get(uri) ?? []).flatMap((link) => {
      const taughtIn = outcomesBySkill.get(link.relatedUri)
      return taughtIn === undefined
        ? []
        : [
            {
              uri: link.relatedUri,
              label: link.relatedLabel,
              relation: link.relation,
              outcomes: taughtIn,
            },
          ]
    })
    if (via.length > 0) {
      relatedSkills.push({ uri, weight: relatedSkillWeight, via })
    } else {
      missingSkillUris.push(uri)
    }
  }
  if (sharedSkills.length === 0 && relatedSkills.length === 0) {
    return undefined
  }
  return {
    specificationId: candidate.specificationId,
    versionId: candidate.versionId,
    organisationId: candidate.organisationId,
    title: candidate.title,
    sharedSkills,
    relatedSkills,
    missingSkillUris,
    coveragePercent: weightedPercent(
      sharedSkills.length,
      relatedSkills.length,
      needSkillUris.length,
    ),
  }
}

/** A candidate's skills as the catalogue indexes them: enough to rank it, not to explain it. */
export type CandidateSkills = {
  readonly specificationId: string
  readonly versionId: string
  readonly skillUris: readonly string[]
}

/** A candidate's place in the ranking: the need's skills it shares, in the need's order. */
export type RankedCandidate = {
  readonly specificationId: string
  readonly versionId: string
  readonly sharedSkillUris: readonly string[]
  /** The need's skills it does not teach but teaches a related skill of (partial credit). */
  readonly relatedSkillUris: readonly string[]
}

/** How the candidates together cover a need, and every candidate sharing a skill, best first. */
export type NeedCoverage = {
  readonly skillCount: number
  /**
   * Best first: highest weighted coverage (shared skills plus related ones at their weight), then
   * most shared skills, then specification id, then version id (a total order).
   */
  readonly ranked: readonly RankedCandidate[]
  /** The need's skills that at least one candidate teaches, in the need's order. */
  readonly coveredSkillUris: readonly string[]
  /** The need's skills no candidate teaches but one teaches a related skill of: partly covered. */
  readonly partlyCoveredSkillUris: readonly string[]
  /** The need's skills that no candidate teaches, exactly or by a related skill: the gap. */
  readonly uncoveredSkillUris: readonly string[]
  /** Covered skills, plus partly covered ones at `relatedSkillWeight`, over the need's, in percent. */
  readonly coveragePercent: number
}

/** A need's coverage with the matches of one page of the ranking explained. */
export type NeedMatching = Omit<NeedCoverage, 'ranked'> & {
  /** How many candidates share at least one skill with the need. */
  readonly total: number
  readonly matches: readonly Match[]
}

/**
 * Ranks candidates by the need's skills they share, from their skill sets alone, and works out
 * what all of them together cover and leave open. Deterministic: the same need and candidates
 * give the same answer whatever order the candidates come in.
 */
export function rankCandidates(
  needSkillUris: readonly string[],
  candidates: Iterable<CandidateSkills>,
  links: ReadonlyMap<string, readonly RelatedSkillLink[]> = new Map(),
): NeedCoverage {
  const skillUris = [...new Set(needSkillUris)]
  const ranked: RankedCandidate[] = []
  const covered = new Set<string>()
  const partly = new Set<string>()
  for (const candidate of candidates) {
    const taught = new Set(candidate.skillUris)
    const sharedSkillUris: string[] = []
    const relatedSkillUris: string[] = []
    for (const uri of skillUris) {
      if (taught.has(uri)) {
        sharedSkillUris.push(uri)
      } else if ((links.get(uri) ?? []).some((link) => taught.has(link.relatedUri))) {
        relatedSkillUris.push(uri)
      }
    }
    if (sharedSkillUris.length > 0 || relatedSkillUris.length > 0) {
      ranked.push({
        specificationId: candidate.specificationId,
        versionId: candidate.versionId,
        sharedSkillUris,
        relatedSkillUris,
      })
      for (const uri of sharedSkillUris) {
        covered.add(uri)
      }
      for (const uri of relatedSkillUris) {
        partly.add(uri)
      }
    }
  }
  const weight = (entry: RankedCandidate) =>
    entry.sharedSkillUris.length + entry.relatedSkillUris.length * relatedSkillWeight
  ranked.sort(
    (a, b) =>
      weight(b) - weight(a) ||
      b.sharedSkillUris.length - a.sharedSkillUris.length ||
      compareText(a.specificationId, b.specificationId) ||
      compareText(a.versionId, b.versionId),
  )
  const coveredSkillUris = skillUris.filter((uri) => covered.has(uri))
  const partlyCoveredSkillUris = skillUris.filter((uri) => !covered.has(uri) && partly.has(uri))
  return {
    skillCount: skillUris.length,
    ranked,
    coveredSkillUris,
    partlyCoveredSkillUris,
    uncoveredSkillUris: skillUris.filter((uri) => !covered.has(uri) && !partly.has(uri)),
    coveragePercent: weightedPercent(
      coveredSkillUris.length,
      partlyCoveredSkillUris.length,
      skillUris.length,
    ),
  }
}

/**
 * Explains the ranked candidates of one page, given their learning outcomes (by version id): each
 * shared skill with the outcomes it comes from. A ranked candidate without its outcomes is left out.
 */
export function explainMatches(
  needSkillUris: readonly string[],
  coverage: NeedCoverage,
  page: { readonly offset: number; readonly limit: number },
  candidates: ReadonlyMap<string, MatchCandidate>,
  links: ReadonlyMap<string, readonly RelatedSkillLink[]> = new Map(),
): NeedMatching {
  const { ranked, ...rest } = coverage
  const skillUris = [...new Set(needSkillUris)]
  const matches: Match[] = []
  for (const entry of ranked.slice(page.offset, page.offset + page.limit)) {
    const candidate = candidates.get(entry.versionId)
    const match = candidate === undefined ? undefined : matchCandidate(skillUris, candidate, links)
    if (match !== undefined) {
      matches.push(match)
    }
  }
  return { ...rest, total: ranked.length, matches }
}

/**
 * Matches a need's skills against candidates with their learning outcomes, all of them explained:
 * which candidates cover which skills (and from which outcomes), each one's coverage, the coverage
 * of all of them together and the skills none covers.
 */
export function matchNeed(
  needSkillUris: readonly string[],
  candidates: readonly MatchCandidate[],
  links: ReadonlyMap<string, readonly RelatedSkillLink[]> = new Map(),
): NeedMatching {
  const coverage = rankCandidates(
    needSkillUris,
    candidates.map((candidate) => ({
      specificationId: candidate.specificationId,
      versionId: candidate.versionId,
      skillUris: candidate.learningOutcomes.flatMap((outcome) => outcome.skills.map((s) => s.uri)),
    })),
    links,
  )
  return explainMatches(
    needSkillUris,
    coverage,
    { offset: 0, limit: candidates.length },
    new Map(candidates.map((candidate) => [candidate.versionId, candidate])),
    links,
  )
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
