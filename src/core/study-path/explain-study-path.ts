import { objectiveValueOf, type PlanningSpace, sumToThousandths } from './planning-space.js'
import type {
  MetPrerequisite,
  PlannedSteps,
  StudyPathCandidate,
  StudyPathObjective,
  StudyPathStep,
} from './study-path.js'

/**
 * Chosen candidates as an explained, ordered path: by start day, then end day (a step that meets
 * a prerequisite always ends before the step needing it starts, so this order respects them),
 * each with the goal skills it covers and the prerequisites it meets; and the totals.
 */
export function toPlannedSteps(
  space: PlanningSpace,
  chosen: readonly number[],
  objective: StudyPathObjective,
): PlannedSteps {
  const held = new Set(space.heldGoalSkillUris)
  const missingGoal = space.goalSkillUris.filter((uri) => !held.has(uri))
  const order = [...chosen].sort((a, b) => {
    const first = space.candidates[a] as StudyPathCandidate
    const second = space.candidates[b] as StudyPathCandidate
    return (
      first.startsOn.localeCompare(second.startsOn) ||
      first.endsOn.localeCompare(second.endsOn) ||
      first.offeringId.localeCompare(second.offeringId)
    )
  })
  const chosenSet = new Set(chosen)
  const steps: StudyPathStep[] = order.map((index) => {
    const candidate = space.candidates[index] as StudyPathCandidate
    const meetsPrerequisites: MetPrerequisite[] = []
    for (const later of order) {
      for (const prerequisite of space.prerequisites[later] ?? []) {
        // Only the first chosen provider of a prerequisite is named as meeting it.
        const firstProvider = order.find(
          (member) => chosenSet.has(member) && prerequisite.providerIndexes.includes(member),
        )
        if (firstProvider === index) {
          meetsPrerequisites.push({
            skillUri: prerequisite.skillUri,
            forOfferingId: (space.candidates[later] as StudyPathCandidate).offeringId,
          })
        }
      }
    }
    return {
      candidate,
      coversSkillUris: missingGoal.filter((uri) => candidate.skillUris.includes(uri)),
      meetsPrerequisites,
    }
  })
  const picked = steps.map((step) => step.candidate)
  return {
    steps,
    totals: {
      stepCount: steps.length,
      ects: sumToThousandths(picked.map((candidate) => candidate.ects)),
      priceCents: sumToThousandths(picked.map((candidate) => candidate.priceCents)),
      startsOn: picked.map((candidate) => candidate.startsOn).sort()[0],
      finishesOn: picked
        .map((candidate) => candidate.endsOn)
        .sort()
        .at(-1),
    },
    objectiveValue: objectiveValueOf(picked, objective),
  }
}
