import { dayNumberOf, type PlanningSpace } from './planning-space.js'
import type { StudyPathObjective } from './study-path.js'

/** A mixed-integer programme, minimised; every variable is binary unless named continuous. */
export type MipModel = {
  /** `x<i>` for candidate i; `finish` for the soonest-finish makespan. */
  readonly objective: readonly MipTerm[]
  readonly constraints: readonly MipConstraint[]
  readonly binaries: readonly string[]
  readonly continuous: readonly {
    readonly name: string
    readonly lower: number
    readonly upper: number
  }[]
}

export type MipTerm = { readonly variable: string; readonly coefficient: number }

export type MipConstraint = {
  readonly name: string
  readonly terms: readonly MipTerm[]
  readonly relation: '>=' | '<='
  readonly bound: number
}

/** What a MIP solver answers: the values of a proven optimum, or why there is none. */
export type MipOutcome =
  | { readonly status: 'optimal'; readonly values: Readonly<Record<string, number>> }
  | { readonly status: 'infeasible' }
  | { readonly status: 'time-limit' }
  | { readonly status: 'failed'; readonly message: string }

/** The port a solver adapter implements (src/services/highs-mip-solver.ts). */
export type MipSolver = {
  solve(model: MipModel, options: { readonly timeLimitSeconds: number }): Promise<MipOutcome>
}

const variableOf = (index: number) => `x${index}`

/**
 * The study path as a MIP: a binary x_i per candidate; each coverable goal skill taught by at least
 * one chosen candidate; each chosen candidate's prerequisite taught by a chosen candidate that ends
 * before it starts (x_i ≤ Σ x_j); the budget and the ECTS cap; and the objective — Σ ECTS·x,
 * Σ cents·x, or a continuous `finish` ≥ (end day − first day + 1)·x_i for every i. `excluded`
 * fixes candidates out, for alternatives.
 */
export function toMipModel(
  space: PlanningSpace,
  objective: StudyPathObjective,
  excluded: readonly number[] = [],
  /** The value of a known path (the greedy one): no better path is worse. */
  bounds: { readonly finishesOnOrBefore?: string; readonly objectiveAtMost?: number } = {},
): MipModel {
  const { candidates } = space
  const constraints: MipConstraint[] = []
  space.coverableSkillUris.forEach((uri, skillIndex) => {
    constraints.push({
      name: `cover${skillIndex}`,
      terms: candidates.flatMap((candidate, index) =>
        candidate.skillUris.includes(uri) ? [{ variable: variableOf(index), coefficient: 1 }] : [],
      ),
      relation: '>=',
      bound: 1,
    })
  })
  space.prerequisites.forEach((prerequisites, index) => {
    prerequisites.forEach((prerequisite, prerequisiteIndex) => {
      constraints.push({
        name: `pre${index}_${prerequisiteIndex}`,
        terms: [
          { variable: variableOf(index), coefficient: 1 },
          ...prerequisite.providerIndexes.map((provider) => ({
            variable: variableOf(provider),
            coefficient: -1,
          })),
        ],
        relation: '<=',
        bound: 0,
      })
    })
  })
  const { budgetCents, maxEcts } = space.constraints
  if (budgetCents !== undefined) {
    constraints.push({
      name: 'budget',
      terms: candidates.map((candidate, index) => ({
        variable: variableOf(index),
        coefficient: candidate.priceCents,
      })),
      relation: '<=',
      bound: budgetCents,
    })
  }
  if (maxEcts !== undefined) {
    constraints.push({
      name: 'ects',
      terms: candidates.map((candidate, index) => ({
        variable: variableOf(index),
        coefficient: candidate.ects,
      })),
      relation: '<=',
      bound: maxEcts,
    })
  }
  for (const index of excluded) {
    constraints.push({
      name: `exclude${index}`,
      terms: [{ variable: variableOf(index), coefficient: 1 }],
      relation: '<=',
      bound: 0,
    })
  }
  const binaries = candidates.map((_, index) => variableOf(index))
  if (objective === 'soonest-finish') {
    // Days are counted from the day before the first start, so that every coefficient is small
    // and positive and an empty path finishes at 0.
    const origin = Math.min(...candidates.map((candidate) => dayNumberOf(candidate.startsOn))) - 1
    candidates.forEach((candidate, index) => {
      constraints.push({
        name: `finish${index}`,
        terms: [
          { variable: 'finish', coefficient: 1 },
          { variable: variableOf(index), coefficient: -(dayNumberOf(candidate.endsOn) - origin) },
        ],
        relation: '>=',
        bound: 0,
      })
    })
    // Every coverable skill is covered by an offering that ends no earlier than the first end
    // among those teaching it: the latest such end bounds the finish from below, which the LP
    // relaxation of `finish ≥ end·x` alone does not see.
    const lower = Math.max(
      0,
      ...space.coverableSkillUris.map((uri) =>
        Math.min(
          ...candidates.flatMap((candidate, index) =>
            candidate.skillUris.includes(uri) && !excluded.includes(index)
              ? [dayNumberOf(candidate.endsOn) - origin]
              : [],
          ),
        ),
      ),
    )
    const upper =
      bounds.finishesOnOrBefore === undefined
        ? 1e7
        : dayNumberOf(bounds.finishesOnOrBefore) - origin
    return {
      objective: [{ variable: 'finish', coefficient: 1 }],
      constraints,
      binaries,
      continuous: [{ name: 'finish', lower: Number.isFinite(lower) ? lower : 0, upper }],
    }
  }
  const terms = candidates.map((candidate, index) => ({
    variable: variableOf(index),
    coefficient: objective === 'least-ects' ? candidate.ects : candidate.priceCents,
  }))
  if (bounds.objectiveAtMost !== undefined) {
    // A known path's value cuts off every branch that cannot beat it.
    constraints.push({ name: 'known', terms, relation: '<=', bound: bounds.objectiveAtMost })
  }
  return {
    objective: terms,
    constraints,
    binaries,
    continuous: [],
  }
}

/** The chosen candidates' indexes from a solution's values (binaries above one half). */
export function chosenIndexesOf(values: Readonly<Record<string, number>>, count: number): number[] {
  return Array.from({ length: count }, (_, index) => index).filter(
    (index) => (values[variableOf(index)] ?? 0) > 0.5,
  )
}

/**
 * The model in CPLEX LP format, which HiGHS reads. Long sums are broken over lines, and an empty
 * sum is written as `0 x0` so that every row stays well-formed.
 * @see https://www.ibm.com/docs/en/icos/22.1.1?topic=cplex-lp-file-format-algebraic-representation
 */
export function toCplexLp(model: MipModel): string {
  const lines = ['Minimize', ` obj: ${termsOf(model.objective)}`, 'Subject To']
  for (const constraint of model.constraints) {
    lines.push(
      ` ${constraint.name}: ${termsOf(constraint.terms)} ${constraint.relation} ${number(constraint.bound)}`,
    )
  }
  lines.push('Bounds')
  for (const variable of model.continuous) {
    lines.push(` ${number(variable.lower)} <= ${variable.name} <= ${number(variable.upper)}`)
  }
  if (model.binaries.length > 0) {
    lines.push('Binary')
    for (let start = 0; start < model.binaries.length; start += 20) {
      lines.push(` ${model.binaries.slice(start, start + 20).join(' ')}`)
    }
  }
  lines.push('End', '')
  return lines.join('\n')
}

function termsOf(terms: readonly MipTerm[]): string {
  if (terms.length === 0) {
    return '0 x0'
  }
  return terms
    .map((term, index) => {
      const sign = term.coefficient < 0 ? '-' : index === 0 ? '' : '+'
      const text = `${sign} ${number(Math.abs(term.coefficient))} ${term.variable}`.trim()
      return index > 0 && index % 10 === 0 ? `\n   ${text}` : text
    })
    .join(' ')
}

function number(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e6) / 1e6)
}
