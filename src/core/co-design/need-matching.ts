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

/** Need × specification version: the shared skills, each explained, and the coverage. */
export type Match = {
  readonly specificationId: string
  readonly versionId: string
  readonly organisationId: string
  readonly title: LanguageMap
  /** In the need's order of skills. */
  readonly sharedSkills: readonly SharedSkill[]
  /** The need's skills this candidate does not teach, in the need's order. */
  readonly missingSkillUris: readonly string[]
  /** Shared skills over the need's skills, in whole percent (rounded half up). */
  readonly coveragePercent: number
}

/** Whole percent of `part` in `whole`, rounded half up; 0 of nothing is 0. */
export function toPercent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.floor((part * 100) / whole + 0.5)
}

/**
 * How one candidate covers the need's skills: an exact match of ESCO URIs between the need's
 * skills and the skills of the candidate's learning outcomes, each shared skill listed with every
 * outcome it comes from. Undefined when they share no skill. Related skills give no credit yet
 * (docs/decisions/0022-competence-need-matching.md).
 */
export function matchCandidate(
  needSkillUris: readonly string[],
  candidate: MatchCandidate,
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
  const missingSkillUris: string[] = []
  for (const uri of needSkillUris) {
    const outcomes = outcomesBySkill.get(uri)
    if (outcomes === undefined) {
      missingSkillUris.push(uri)
    } else {
      sharedSkills.push({ uri, outcomes })
    }
  }
  if (sharedSkills.length === 0) {
    return undefined
  }
  return {
    specificationId: candidate.specificationId,
    versionId: candidate.versionId,
    organisationId: candidate.organisationId,
    title: candidate.title,
    sharedSkills,
    missingSkillUris,
    coveragePercent: toPercent(sharedSkills.length, needSkillUris.length),
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
}

/** How the candidates together cover a need, and every candidate sharing a skill, best first. */
export type NeedCoverage = {
  readonly skillCount: number
  /** Best first: most shared skills, then specification id, then version id (a total order). */
  readonly ranked: readonly RankedCandidate[]
  /** The need's skills that at least one candidate teaches, in the need's order. */
  readonly coveredSkillUris: readonly string[]
  /** The need's skills that no candidate teaches: the gap. */
  readonly uncoveredSkillUris: readonly string[]
  /** Covered skills over the need's skills, in whole percent. */
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
): NeedCoverage {
  const skillUris = [...new Set(needSkillUris)]
  const ranked: RankedCandidate[] = []
  const covered = new Set<string>()
  for (const candidate of candidates) {
    const taught = new Set(candidate.skillUris)
    const sharedSkillUris = skillUris.filter((uri) => taught.has(uri))
    if (sharedSkillUris.length > 0) {
      ranked.push({
        specificationId: candidate.specificationId,
        versionId: candidate.versionId,
        sharedSkillUris,
      })
      for (const uri of sharedSkillUris) {
        covered.add(uri)
      }
    }
  }
  ranked.sort(
    (a, b) =>
      b.sharedSkillUris.length - a.sharedSkillUris.length ||
      compareText(a.specificationId, b.specificationId) ||
      compareText(a.versionId, b.versionId),
  )
  const coveredSkillUris = skillUris.filter((uri) => covered.has(uri))
  return {
    skillCount: skillUris.length,
    ranked,
    coveredSkillUris,
    uncoveredSkillUris: skillUris.filter((uri) => !covered.has(uri)),
    coveragePercent: toPercent(coveredSkillUris.length, skillUris.length),
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
): NeedMatching {
  const { ranked, ...rest } = coverage
  const skillUris = [...new Set(needSkillUris)]
  const matches: Match[] = []
  for (const entry of ranked.slice(page.offset, page.offset + page.limit)) {
    const candidate = candidates.get(entry.versionId)
    const match = candidate === undefined ? undefined : matchCandidate(skillUris, candidate)
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
): NeedMatching {
  const coverage = rankCandidates(
    needSkillUris,
    candidates.map((candidate) => ({
      specificationId: candidate.specificationId,
      versionId: candidate.versionId,
      skillUris: candidate.learningOutcomes.flatMap((outcome) => outcome.skills.map((s) => s.uri)),
    })),
  )
  return explainMatches(
    needSkillUris,
    coverage,
    { offset: 0, limit: candidates.length },
    new Map(candidates.map((candidate) => [candidate.versionId, candidate])),
  )
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
