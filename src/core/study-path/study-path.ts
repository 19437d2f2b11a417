import type { LanguageMap } from '../language.js'

/** What the learner wants the path to be best at. */
export const studyPathObjectives = ['least-ects', 'least-cost', 'soonest-finish'] as const

export type StudyPathObjective = (typeof studyPathObjectives)[number]

/** The version of the planning method, carried by every answer (DOMAIN.md: automated results). */
export const studyPathMethodVersion = 'study-path-1'

/**
 * One offering the planner may choose: a run of a published specification with the skills its
 * learning outcomes build. Money is euro cents (0 when free); dates are `YYYY-MM-DD`.
 */
export type StudyPathCandidate = {
  readonly offeringId: string
  readonly specificationId: string
  readonly versionId: string
  readonly organisationId: string
  readonly title: LanguageMap
  readonly skillUris: readonly string[]
  readonly ects: number
  readonly priceCents: number
  readonly startsOn: string
  readonly endsOn: string
  readonly languageOfInstruction: string
  readonly formOfParticipation: string
  /**
   * Skills a learner must hold, or gain from an earlier step, before this one starts. Empty for
   * every stored specification today: their prerequisites are free text (decision 0029).
   */
  readonly prerequisiteSkillUris: readonly string[]
}

/** The learner's limits; every one is optional. */
export type StudyPathConstraints = {
  /** No chosen offering starts before this day. */
  readonly startsOnOrAfter?: string | undefined
  /** No chosen offering ends after this day. */
  readonly endsOnOrBefore?: string | undefined
  readonly budgetCents?: number | undefined
  readonly maxEcts?: number | undefined
  /** ISO 639-1 codes; any of them. */
  readonly languages?: readonly string[] | undefined
  /** Keys of `formsOfParticipation`; any of them. */
  readonly formsOfParticipation?: readonly string[] | undefined
}

/** Everything the planner needs: the goal, what the learner holds, the offerings, the limits. */
export type StudyPathProblem = {
  readonly goalSkillUris: readonly string[]
  readonly heldSkillUris: readonly string[]
  readonly candidates: readonly StudyPathCandidate[]
  readonly constraints: StudyPathConstraints
  readonly objective: StudyPathObjective
}

/** A prerequisite this step meets: the skill, and the later step that needs it. */
export type MetPrerequisite = { readonly skillUri: string; readonly forOfferingId: string }

/** One step of a path: the offering and why it is there. */
export type StudyPathStep = {
  readonly candidate: StudyPathCandidate
  /** Goal skills (not yet held) that this step teaches. */
  readonly coversSkillUris: readonly string[]
  readonly meetsPrerequisites: readonly MetPrerequisite[]
}

export type StudyPathTotals = {
  readonly stepCount: number
  readonly ects: number
  readonly priceCents: number
  /** The first step's start and the last step's end; undefined for an empty path. */
  readonly startsOn: string | undefined
  readonly finishesOn: string | undefined
}

/**
 * Why a goal skill stays uncovered: no offering in the catalogue teaches it, those that do fall
 * outside the learner's limits (dates, language, form, price or ECTS of the offering alone, or a
 * prerequisite no earlier offering meets), or together they exceed the budget or ECTS cap.
 */
export type UncoveredReason = 'not-taught' | 'outside-constraints' | 'over-limits'

export type UncoveredSkill = { readonly uri: string; readonly reason: UncoveredReason }

/**
 * How the path was found: `optimal` is proven by the MIP solver; the greedy fallback answers when
 * the solver ran out of time, failed, or found the limits too tight to cover every coverable skill.
 * `nothing-to-plan` means no offering covers any goal skill the learner lacks.
 */
export type StudyPathStatus =
  | 'optimal'
  | 'nothing-to-plan'
  | 'greedy-after-time-limit'
  | 'greedy-after-infeasible'
  | 'greedy-after-solver-failure'

/** A set of steps in order with its totals and its objective's value. */
export type PlannedSteps = {
  readonly steps: readonly StudyPathStep[]
  readonly totals: StudyPathTotals
  /** ECTS, cents, or the day number of the finish (days from 1970-01-01), per the objective. */
  readonly objectiveValue: number
}

/** The explained answer to a study path request. */
export type StudyPath = PlannedSteps & {
  readonly method: { readonly name: 'mip-highs' | 'greedy'; readonly version: string }
  readonly status: StudyPathStatus
  readonly objective: StudyPathObjective
  /** The goal's skills, in the goal's order, without repeats. */
  readonly goalSkillUris: readonly string[]
  /** Goal skills the learner's portfolio already holds. */
  readonly heldGoalSkillUris: readonly string[]
  readonly uncoveredSkills: readonly UncoveredSkill[]
  /** Up to three other paths covering the same skills, best first. */
  readonly alternatives: readonly PlannedSteps[]
}

/** An offering the planner may choose, with what decides whether the learner can enrol now. */
export type StudyPathOffering = {
  readonly candidate: StudyPathCandidate
  readonly state: 'planned' | 'open'
  readonly enrolmentOpensAt: Date
  readonly enrolmentClosesAt: Date
}

/** Reads the offerings a study path is planned from (src/storage/study-path-store.ts). */
export interface StudyPathStore {
  /**
   * The planned and open offerings, starting on or after `startsOnOrAfter`, of the published
   * specifications that teach at least one of the skills (through the catalogue's skill index),
   * each with every skill of its specification's current published version.
   */
  listOfferingsTeaching(
    skillUris: readonly string[],
    startsOnOrAfter: string,
  ): Promise<StudyPathOffering[]>
  /** The skills of the current published version of each of these specifications. */
  listSpecificationSkills(
    specificationIds: readonly string[],
  ): Promise<{ readonly specificationId: string; readonly skillUris: readonly string[] }[]>
}
