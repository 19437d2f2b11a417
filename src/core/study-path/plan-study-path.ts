import { toPlannedSteps } from './explain-study-path.js'
import { greedyStudyPath, pruneChoice } from './greedy-study-path.js'
import { chosenIndexesOf, type MipOutcome, type MipSolver, toMipModel } from './mip-model.js'
import { isFeasibleChoice, type PlanningSpace, toPlanningSpace } from './planning-space.js'
import {
  type PlannedSteps,
  type StudyPath,
  type StudyPathCandidate,
  type StudyPathObjective,
  type StudyPathProblem,
  type StudyPathStatus,
  studyPathMethodVersion,
  type UncoveredSkill,
} from './study-path.js'

export type PlanningOptions = {
  /** The solver's limit for the main solve and for each alternative. */
  readonly timeLimitSeconds: number
  /** At most this many alternatives (0–3). */
  readonly alternativeCount: number
}

const defaultOptions: PlanningOptions = { timeLimitSeconds: 2, alternativeCount: 3 }

/**
 * Plans a study path: the goal skills the learner lacks, covered by offerings within their limits,
 * best by their objective. Solved exactly as a MIP (toMipModel) by the injected solver; when the
 * solver runs out of time, fails, or finds the limits too tight to cover every coverable skill,
 * the greedy fallback answers and the status says so. Alternatives re-solve with each step of the
 * optimum left out in turn, best first. A goal with nothing to cover is an answer, not an error.
 */
export async function planStudyPath(
  problem: StudyPathProblem,
  solver: MipSolver,
  options: Partial<PlanningOptions> = {},
): Promise<StudyPath> {
  const { timeLimitSeconds, alternativeCount } = { ...defaultOptions, ...options }
  const space = toPlanningSpace(problem)
  const { objective } = problem
  const answer = (
    planned: PlannedSteps,
    status: StudyPathStatus,
    extraUncovered: readonly UncoveredSkill[],
    alternatives: readonly PlannedSteps[],
  ): StudyPath => ({
    ...planned,
    method: {
      name: status === 'optimal' || status === 'nothing-to-plan' ? 'mip-highs' : 'greedy',
      version: studyPathMethodVersion,
    },
    status,
    objective,
    goalSkillUris: space.goalSkillUris,
    heldGoalSkillUris: space.heldGoalSkillUris,
    uncoveredSkills: orderLikeGoal(space, [...space.uncoverableSkills, ...extraUncovered]),
    alternatives,
  })
  if (space.coverableSkillUris.length === 0) {
    return answer(toPlannedSteps(space, [], objective), 'nothing-to-plan', [], [])
  }
  // The greedy path, when it covers everything within the limits, bounds the finish from above.
  const greedy = greedyStudyPath(space, objective)
  const greedyCovered = new Set(
    greedy.flatMap((index) => (space.candidates[index] as StudyPathCandidate).skillUris),
  )
  const greedyPlanned = toPlannedSteps(space, greedy, objective)
  const bounds = space.coverableSkillUris.every((uri) => greedyCovered.has(uri))
    ? objective === 'soonest-finish'
      ? greedyPlanned.totals.finishesOn === undefined
        ? {}
        : { finishesOnOrBefore: greedyPlanned.totals.finishesOn }
      : { objectiveAtMost: greedyPlanned.objectiveValue }
    : {}
  const best = await solveExactly(space, objective, solver, [], timeLimitSeconds, bounds)
  if (best.kind === 'fallback') {
    const chosen = greedy
    const overLimits = space.coverableSkillUris
      .filter((uri) => !greedyCovered.has(uri))
      .map((uri) => ({ uri, reason: 'over-limits' as const }))
    return answer(toPlannedSteps(space, chosen, objective), best.status, overLimits, [])
  }
  const planned = toPlannedSteps(space, best.chosen, objective)
  const alternatives: PlannedSteps[] = []
  const seen = new Set([best.chosen.join(',')])
  for (const index of best.chosen) {
    if (alternativeCount === 0) {
      break
    }
    const other = await solveExactly(space, objective, solver, [index], timeLimitSeconds)
    if (other.kind === 'optimal' && !seen.has(other.chosen.join(','))) {
      seen.add(other.chosen.join(','))
      alternatives.push(toPlannedSteps(space, other.chosen, objective))
    }
  }
  alternatives.sort(
    (a, b) => a.objectiveValue - b.objectiveValue || a.totals.stepCount - b.totals.stepCount,
  )
  return answer(planned, 'optimal', [], alternatives.slice(0, alternativeCount))
}

/** Uncovered skills in the goal's order. */
function orderLikeGoal(space: PlanningSpace, skills: readonly UncoveredSkill[]): UncoveredSkill[] {
  return [...skills].sort(
    (a, b) => space.goalSkillUris.indexOf(a.uri) - space.goalSkillUris.indexOf(b.uri),
  )
}

type ExactResult =
  | { readonly kind: 'optimal'; readonly chosen: number[] }
  | { readonly kind: 'fallback'; readonly status: StudyPathStatus }

async function solveExactly(
  space: PlanningSpace,
  objective: StudyPathObjective,
  solver: MipSolver,
  excluded: readonly number[],
  timeLimitSeconds: number,
  bounds: Parameters<typeof toMipModel>[3] = {},
): Promise<ExactResult> {
  let outcome: MipOutcome
  try {
    outcome = await solver.solve(toMipModel(space, objective, excluded, bounds), {
      timeLimitSeconds,
    })
  } catch (error) {
    outcome = { status: 'failed', message: error instanceof Error ? error.message : String(error) }
  }
  switch (outcome.status) {
    case 'optimal': {
      const chosen = pruneChoice(
        space,
        chosenIndexesOf(outcome.values, space.candidates.length),
        objective,
      )
      // A solution outside the model (a tolerance, a solver bug) is not trusted as a path.
      return isFeasibleChoice(space, chosen) && !chosen.some((index) => excluded.includes(index))
        ? { kind: 'optimal', chosen }
        : { kind: 'fallback', status: 'greedy-after-solver-failure' }
    }
    case 'infeasible':
      return { kind: 'fallback', status: 'greedy-after-infeasible' }
    case 'time-limit':
      return { kind: 'fallback', status: 'greedy-after-time-limit' }
    case 'failed':
      return { kind: 'fallback', status: 'greedy-after-solver-failure' }
  }
}
