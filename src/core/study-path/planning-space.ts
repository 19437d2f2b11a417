import type {
  StudyPathCandidate,
  StudyPathConstraints,
  StudyPathProblem,
  UncoveredSkill,
} from './study-path.js'

/**
 * What is left to plan once the learner's limits are applied: the goal skills they lack, the
 * offerings that may be chosen, which of those skills they can cover, and for each chosen
 * offering's prerequisite the earlier offerings that teach it. Shared by the MIP, the greedy
 * fallback and the brute-force check, so that all three solve the same problem.
 */
export type PlanningSpace = {
  readonly goalSkillUris: readonly string[]
  readonly heldGoalSkillUris: readonly string[]
  /** Goal skills not held that some admissible offering teaches, in the goal's order. */
  readonly coverableSkillUris: readonly string[]
  /** Goal skills not held that no admissible offering teaches, with the reason. */
  readonly uncoverableSkills: readonly UncoveredSkill[]
  /** Offerings within the limits, whose prerequisites can be met, that help towards the goal. */
  readonly candidates: readonly StudyPathCandidate[]
  /**
   * For candidate index i, its unheld prerequisites, each with the indexes of the candidates
   * that teach the skill and end before candidate i starts.
   */
  readonly prerequisites: readonly (readonly {
    readonly skillUri: string
    readonly providerIndexes: readonly number[]
  }[])[]
  readonly constraints: StudyPathConstraints
}

/** True when the offering alone fits the learner's limits. */
export function fitsConstraints(
  candidate: StudyPathCandidate,
  constraints: StudyPathConstraints,
): boolean {
  const { startsOnOrAfter, endsOnOrBefore, budgetCents, maxEcts, languages, formsOfParticipation } =
    constraints
  return (
    (startsOnOrAfter === undefined || candidate.startsOn >= startsOnOrAfter) &&
    (endsOnOrBefore === undefined || candidate.endsOn <= endsOnOrBefore) &&
    (budgetCents === undefined || candidate.priceCents <= budgetCents) &&
    (maxEcts === undefined || candidate.ects <= maxEcts) &&
    (languages === undefined ||
      languages.length === 0 ||
      languages.includes(candidate.languageOfInstruction)) &&
    (formsOfParticipation === undefined ||
      formsOfParticipation.length === 0 ||
      formsOfParticipation.includes(candidate.formOfParticipation))
  )
}

/** Builds the planning space of a problem (see PlanningSpace). */
export function toPlanningSpace(problem: StudyPathProblem): PlanningSpace {
  const goalSkillUris = [...new Set(problem.goalSkillUris)]
  const held = new Set(problem.heldSkillUris)
  const heldGoalSkillUris = goalSkillUris.filter((uri) => held.has(uri))
  const missing = goalSkillUris.filter((uri) => !held.has(uri))
  const missingSet = new Set(missing)

  // Offerings that fit alone; then, until nothing changes, drop those with a prerequisite that no
  // remaining offering ending before their start teaches.
  let admissible = problem.candidates.filter((candidate) =>
    fitsConstraints(candidate, problem.constraints),
  )
  for (;;) {
    const kept = admissible.filter((candidate) =>
      candidate.prerequisiteSkillUris.every(
        (skill) =>
          held.has(skill) ||
          admissible.some(
            (provider) =>
              provider.endsOn < candidate.startsOn && provider.skillUris.includes(skill),
          ),
      ),
    )
    if (kept.length === admissible.length) {
      break
    }
    admissible = kept
  }

  // Keep the offerings that teach a missing goal skill, and those that meet a prerequisite of a
  // kept one, transitively: the others can only add to the totals.
  const relevant = new Set(
    admissible.filter((candidate) => candidate.skillUris.some((uri) => missingSet.has(uri))),
  )
  const queue = [...relevant]
  while (queue.length > 0) {
    const candidate = queue.pop() as StudyPathCandidate
    for (const skill of candidate.prerequisiteSkillUris) {
      if (held.has(skill)) {
        continue
      }
      for (const provider of admissible) {
        if (
          !relevant.has(provider) &&
          provider.endsOn < candidate.startsOn &&
          provider.skillUris.includes(skill)
        ) {
          relevant.add(provider)
          queue.push(provider)
        }
      }
    }
  }
  const candidates = withoutDominated(
    admissible.filter((candidate) => relevant.has(candidate)),
    missingSet,
    held,
  )

  const taughtByAdmissible = new Set(candidates.flatMap((candidate) => candidate.skillUris))
  const taughtAtAll = new Set(problem.candidates.flatMap((candidate) => candidate.skillUris))
  const coverableSkillUris = missing.filter((uri) => taughtByAdmissible.has(uri))
  const uncoverableSkills: UncoveredSkill[] = missing
    .filter((uri) => !taughtByAdmissible.has(uri))
    .map((uri) => ({
      uri,
      reason: taughtAtAll.has(uri) ? ('outside-constraints' as const) : ('not-taught' as const),
    }))

  const prerequisites = candidates.map((candidate) =>
    candidate.prerequisiteSkillUris
      .filter((skill) => !held.has(skill))
      .map((skillUri) => ({
        skillUri,
        providerIndexes: candidates.flatMap((provider, index) =>
          provider.endsOn < candidate.startsOn && provider.skillUris.includes(skillUri)
            ? [index]
            : [],
        ),
      })),
  )
  return {
    goalSkillUris,
    heldGoalSkillUris,
    coverableSkillUris,
    uncoverableSkills,
    candidates,
    prerequisites,
    constraints: problem.constraints,
  }
}

/**
 * Drops every offering that another one dominates: it teaches all of its skills that matter (the
 * missing goal skills and the prerequisites), needs no prerequisite it does not, starts no earlier
 * when it needs any, ends no later, and costs no more ECTS and no more money. Any path with the
 * dominated offering stays a path, no worse by any objective, with the other in its place, so the
 * optimum is kept while the MIP gets far smaller (of equal offerings the first is kept).
 */
function withoutDominated(
  candidates: readonly StudyPathCandidate[],
  missing: ReadonlySet<string>,
  held: ReadonlySet<string>,
): StudyPathCandidate[] {
  const prerequisiteSkills = new Set(
    candidates.flatMap((candidate) =>
      candidate.prerequisiteSkillUris.filter((skill) => !held.has(skill)),
    ),
  )
  const mattering = [...new Set([...missing, ...prerequisiteSkills])]
  const bit = new Map(mattering.map((uri, index) => [uri, index]))
  const words = Math.ceil(mattering.length / 32) || 1
  const maskOf = (uris: readonly string[]) => {
    const mask = new Uint32Array(words)
    for (const uri of uris) {
      const index = bit.get(uri)
      if (index !== undefined) {
        mask[index >> 5] = (mask[index >> 5] as number) | (1 << (index & 31))
      }
    }
    return mask
  }
  const covers = (a: Uint32Array, b: Uint32Array) =>
    a.every((word, index) => ((b[index] as number) & ~word) === 0)
  const entries = candidates.map((candidate) => ({
    candidate,
    skills: maskOf(candidate.skillUris),
    needs: maskOf(candidate.prerequisiteSkillUris.filter((skill) => !held.has(skill))),
    hasNeeds: candidate.prerequisiteSkillUris.some((skill) => !held.has(skill)),
  }))
  const dominates = (a: (typeof entries)[number], b: (typeof entries)[number]) =>
    a.candidate.ects <= b.candidate.ects &&
    a.candidate.priceCents <= b.candidate.priceCents &&
    a.candidate.endsOn <= b.candidate.endsOn &&
    (!a.hasNeeds || a.candidate.startsOn >= b.candidate.startsOn) &&
    covers(a.skills, b.skills) &&
    covers(b.needs, a.needs)
  return entries
    .filter(
      (entry, index) =>
        !entries.some(
          (other, otherIndex) =>
            otherIndex !== index &&
            dominates(other, entry) &&
            // Of two that dominate each other (equal where it matters), the first stays.
            (!dominates(entry, other) || otherIndex < index),
        ),
    )
    .map((entry) => entry.candidate)
}

/** Days from 1970-01-01 to a `YYYY-MM-DD` day. */
export function dayNumberOf(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000)
}

/**
 * Whether a choice of candidate indexes is a path: it covers every coverable skill (unless
 * `isPartialAllowed`), meets every prerequisite with an earlier chosen step, and stays within
 * the budget and the ECTS cap.
 */
export function isFeasibleChoice(
  space: PlanningSpace,
  chosen: readonly number[],
  options: { isPartialAllowed?: boolean } = {},
): boolean {
  const set = new Set(chosen)
  const { budgetCents, maxEcts } = space.constraints
  const picked = chosen.map((index) => space.candidates[index] as StudyPathCandidate)
  if (
    budgetCents !== undefined &&
    sumToThousandths(picked.map((c) => c.priceCents)) > budgetCents
  ) {
    return false
  }
  if (maxEcts !== undefined && sumToThousandths(picked.map((c) => c.ects)) > maxEcts + 1e-9) {
    return false
  }
  for (const index of chosen) {
    for (const prerequisite of space.prerequisites[index] ?? []) {
      if (!prerequisite.providerIndexes.some((provider) => set.has(provider))) {
        return false
      }
    }
  }
  if (options.isPartialAllowed === true) {
    return true
  }
  const covered = new Set(picked.flatMap((candidate) => candidate.skillUris))
  return space.coverableSkillUris.every((uri) => covered.has(uri))
}

/** The objective's value of a choice: ECTS, cents, or the day number of the last end. */
export function objectiveValueOf(
  candidates: readonly StudyPathCandidate[],
  objective: 'least-ects' | 'least-cost' | 'soonest-finish',
): number {
  switch (objective) {
    case 'least-ects':
      return sumToThousandths(candidates.map((candidate) => candidate.ects))
    case 'least-cost':
      return sumToThousandths(candidates.map((candidate) => candidate.priceCents))
    case 'soonest-finish':
      return candidates.length === 0
        ? 0
        : Math.max(...candidates.map((candidate) => dayNumberOf(candidate.endsOn)))
  }
}

export function sumToThousandths(values: readonly number[]): number {
  // Rounded to a thousandth so that 0.1 + 0.2 ECTS compare equal to 0.3.
  return Math.round(values.reduce((total, value) => total + value, 0) * 1000) / 1000
}
