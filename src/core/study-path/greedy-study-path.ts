import {
  dayNumberOf,
  isFeasibleChoice,
  objectiveValueOf,
  type PlanningSpace,
  sumToThousandths,
} from './planning-space.js'
import type { StudyPathCandidate, StudyPathObjective } from './study-path.js'

/**
 * The greedy fallback, set-cover style: while a coverable skill is left, add the offering (with
 * the cheapest earlier offering for each prerequisite it lacks) that covers the most new skills
 * per unit of the objective — ECTS, euros, or days added to the finish — within the budget and
 * the ECTS cap; then drop steps the rest make redundant. No optimality guarantee: the benchmark
 * reports its gap to the MIP.
 */
export function greedyStudyPath(space: PlanningSpace, objective: StudyPathObjective): number[] {
  const { candidates } = space
  const coverable = new Set(space.coverableSkillUris)
  const chosen: number[] = []
  const covered = new Set<string>()
  const { budgetCents, maxEcts } = space.constraints
  const costOf = (bundle: readonly number[]): number => {
    const picked = [...chosen, ...bundle].map((index) => candidates[index] as StudyPathCandidate)
    const added = bundle.map((index) => candidates[index] as StudyPathCandidate)
    switch (objective) {
      case 'least-ects':
        return sumToThousandths(added.map((candidate) => candidate.ects)) + 0.001
      case 'least-cost':
        return sumToThousandths(added.map((candidate) => candidate.priceCents)) + 1
      case 'soonest-finish':
        return (
          objectiveValueOf(picked, objective) -
          objectiveValueOf(
            chosen.map((index) => candidates[index] as StudyPathCandidate),
            objective,
          ) +
          1
        )
    }
  }
  for (;;) {
    if ([...coverable].every((uri) => covered.has(uri))) {
      break
    }
    let best: { bundle: number[]; ratio: number; cost: number } | undefined
    candidates.forEach((_, index) => {
      if (chosen.includes(index)) {
        return
      }
      const bundle = bundleFor(space, chosen, index, objective)
      if (bundle === undefined) {
        return
      }
      const gain = new Set(
        bundle.flatMap((member) =>
          (candidates[member] as StudyPathCandidate).skillUris.filter(
            (uri) => coverable.has(uri) && !covered.has(uri),
          ),
        ),
      ).size
      if (gain === 0) {
        return
      }
      const after = [...chosen, ...bundle].map((member) => candidates[member] as StudyPathCandidate)
      if (
        budgetCents !== undefined &&
        sumToThousandths(after.map((c) => c.priceCents)) > budgetCents
      ) {
        return
      }
      if (maxEcts !== undefined && sumToThousandths(after.map((c) => c.ects)) > maxEcts + 1e-9) {
        return
      }
      const cost = costOf(bundle)
      const ratio = gain / cost
      if (best === undefined || ratio > best.ratio + 1e-12) {
        best = { bundle, ratio, cost }
      }
    })
    if (best === undefined) {
      break
    }
    for (const member of best.bundle) {
      chosen.push(member)
      for (const uri of (candidates[member] as StudyPathCandidate).skillUris) {
        covered.add(uri)
      }
    }
  }
  return pruneChoice(space, chosen, objective)
}

/**
 * The candidate with, for each prerequisite the chosen steps do not meet, the cheapest provider
 * whose own prerequisites are met; undefined when a prerequisite cannot be met that way.
 */
function bundleFor(
  space: PlanningSpace,
  chosen: readonly number[],
  index: number,
  objective: StudyPathObjective,
): number[] | undefined {
  const bundle = [index]
  for (const prerequisite of space.prerequisites[index] ?? []) {
    if (prerequisite.providerIndexes.some((provider) => chosen.includes(provider))) {
      continue
    }
    const ready = prerequisite.providerIndexes.filter((provider) =>
      isFeasibleChoice(space, [...chosen, provider], { isPartialAllowed: true }),
    )
    const cheapest = ready.sort(
      (a, b) =>
        weight(space.candidates[a] as StudyPathCandidate, objective) -
          weight(space.candidates[b] as StudyPathCandidate, objective) || a - b,
    )[0]
    if (cheapest === undefined) {
      return undefined
    }
    if (!bundle.includes(cheapest)) {
      bundle.push(cheapest)
    }
  }
  return bundle
}

function weight(candidate: StudyPathCandidate, objective: StudyPathObjective): number {
  return objective === 'least-ects'
    ? candidate.ects
    : objective === 'least-cost'
      ? candidate.priceCents
      : dayNumberOf(candidate.endsOn)
}

/**
 * Drops steps that the others make redundant (their skills covered, no prerequisite depending on
 * them), costliest first. Removing a step never worsens an objective, and it keeps paths free of
 * steps a tie in the MIP's objective let in (a free offering under least cost, an early one under
 * soonest finish).
 */
export function pruneChoice(
  space: PlanningSpace,
  chosen: readonly number[],
  objective: StudyPathObjective,
): number[] {
  const coveredBy = (indexes: readonly number[]) =>
    new Set(
      indexes.flatMap((index) =>
        (space.candidates[index] as StudyPathCandidate).skillUris.filter((uri) =>
          space.coverableSkillUris.includes(uri),
        ),
      ),
    )
  const target = coveredBy(chosen).size
  let kept = [...chosen]
  const order = [...chosen].sort(
    (a, b) =>
      weight(space.candidates[b] as StudyPathCandidate, objective) -
        weight(space.candidates[a] as StudyPathCandidate, objective) ||
      (space.candidates[b] as StudyPathCandidate).ects -
        (space.candidates[a] as StudyPathCandidate).ects ||
      b - a,
  )
  for (const index of order) {
    const rest = kept.filter((member) => member !== index)
    if (
      coveredBy(rest).size === target &&
      isFeasibleChoice(space, rest, { isPartialAllowed: true })
    ) {
      kept = rest
    }
  }
  return kept.sort((a, b) => a - b)
}
