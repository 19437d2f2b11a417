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

/** Every candidate that shares a skill with the need, and what the candidates together leave open. */
export type NeedMatching = {
  readonly skillCount: number
  /** Best first: most shared skills, then specification id (so the order never varies). */
  readonly matches: readonly Match[]
  /** The need's skills that at least one candidate teaches, in the need's order. */
  readonly coveredSkillUris: readonly string[]
  /** The need's skills that no candidate teaches: the gap. */
  readonly uncoveredSkillUris: readonly string[]
  /** Covered skills over the need's skills, in whole percent. */
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

/**
 * Matches a need's skills against candidate specification versions: which candidates cover which
 * skills (and from which learning outcomes), each candidate's coverage, the coverage of all of
 * them together and the skills none covers. Deterministic: the same need and candidates give the
 * same answer in the same order, whatever order the candidates come in.
 */
export function matchNeed(
  needSkillUris: readonly string[],
  candidates: Iterable<MatchCandidate>,
): NeedMatching {
  const skillUris = [...new Set(needSkillUris)]
  const matches: Match[] = []
  for (const candidate of candidates) {
    const match = matchCandidate(skillUris, candidate)
    if (match !== undefined) {
      matches.push(match)
    }
  }
  matches.sort(
    (a, b) =>
      b.sharedSkills.length - a.sharedSkills.length ||
      compareText(a.specificationId, b.specificationId) ||
      compareText(a.versionId, b.versionId),
  )
  const covered = new Set(matches.flatMap((match) => match.sharedSkills.map((skill) => skill.uri)))
  const coveredSkillUris = skillUris.filter((uri) => covered.has(uri))
  return {
    skillCount: skillUris.length,
    matches,
    coveredSkillUris,
    uncoveredSkillUris: skillUris.filter((uri) => !covered.has(uri)),
    coveragePercent: toPercent(coveredSkillUris.length, skillUris.length),
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
