import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  dayNumberOf,
  fitsConstraints,
  greedyStudyPath,
  type MipSolver,
  planStudyPath,
  type StudyPathCandidate,
  type StudyPathObjective,
  type StudyPathProblem,
  studyPathObjectives,
  toPlanningSpace,
} from '../../src/core/index.js'
import { highsMipSolver } from '../../src/services/index.js'

const skillPool = Array.from(
  { length: 6 },
  (_, index) => `http://data.europa.eu/esco/skill/00000000-0000-4000-8000-00000000000${index}`,
)

const candidateArbitrary = (index: number) =>
  fc
    .record({
      skills: fc.subarray(skillPool, { minLength: 1, maxLength: 3 }),
      ects: fc.constantFrom(1, 2, 2.5, 3, 5),
      priceCents: fc.constantFrom(0, 5000, 10000, 15000, 30000),
      startMonth: fc.integer({ min: 1, max: 10 }),
      months: fc.integer({ min: 1, max: 2 }),
      language: fc.constantFrom('fi', 'en'),
      form: fc.constantFrom('online', 'on-site'),
      prerequisites: fc.subarray(skillPool, { maxLength: 1 }),
    })
    .map(
      (drawn): StudyPathCandidate => ({
        offeringId: `offering-${String(index).padStart(2, '0')}`,
        specificationId: `specification-${index}`,
        versionId: `version-${index}`,
        organisationId: 'organisation',
        title: { en: `Course ${index}` },
        skillUris: drawn.skills,
        ects: drawn.ects,
        priceCents: drawn.priceCents,
        startsOn: `2027-${String(drawn.startMonth).padStart(2, '0')}-01`,
        endsOn: `2027-${String(drawn.startMonth + drawn.months).padStart(2, '0')}-15`,
        languageOfInstruction: drawn.language,
        formOfParticipation: drawn.form,
        prerequisiteSkillUris: drawn.prerequisites.filter((skill) => !drawn.skills.includes(skill)),
      }),
    )

const problemArbitrary = (objective: StudyPathObjective) =>
  fc
    .record({
      count: fc.integer({ min: 1, max: 11 }),
      goal: fc.subarray(skillPool, { minLength: 1, maxLength: 6 }),
      held: fc.subarray(skillPool, { maxLength: 2 }),
      budgetCents: fc.option(fc.constantFrom(0, 20000, 40000, 80000), { nil: undefined }),
      maxEcts: fc.option(fc.constantFrom(3, 6, 10), { nil: undefined }),
      languages: fc.option(fc.constant(['fi']), { nil: undefined }),
      endsOnOrBefore: fc.option(fc.constant('2027-09-30'), { nil: undefined }),
    })
    .chain((drawn) =>
      fc.tuple(...Array.from({ length: drawn.count }, (_, index) => candidateArbitrary(index))).map(
        (candidates): StudyPathProblem => ({
          goalSkillUris: drawn.goal,
          heldSkillUris: drawn.held,
          candidates,
          constraints: {
            budgetCents: drawn.budgetCents,
            maxEcts: drawn.maxEcts,
            languages: drawn.languages,
            endsOnOrBefore: drawn.endsOnOrBefore,
          },
          objective,
        }),
      ),
    )

/** The problem's rules, written again from the issue without the planner's code. */
function isPath(problem: StudyPathProblem, chosen: readonly StudyPathCandidate[]): boolean {
  const held = new Set(problem.heldSkillUris)
  return chosen.every(
    (candidate) =>
      fitsConstraints(candidate, problem.constraints) &&
      candidate.prerequisiteSkillUris.every(
        (skill) =>
          held.has(skill) ||
          chosen.some(
            (other) => other.endsOn < candidate.startsOn && other.skillUris.includes(skill),
          ),
      ),
  )
}

function pathValueOf(chosen: readonly StudyPathCandidate[], objective: StudyPathObjective): number {
  const total = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 1000) / 1000
  return objective === 'least-ects'
    ? total(chosen.map((candidate) => candidate.ects))
    : objective === 'least-cost'
      ? total(chosen.map((candidate) => candidate.priceCents))
      : chosen.length === 0
        ? 0
        : Math.max(...chosen.map((candidate) => dayNumberOf(candidate.endsOn)))
}

/**
 * Every subset: the skills any path can reach without the totals' caps (what must be covered),
 * and the best value among the subsets that cover them within the caps.
 */
function bruteForce(problem: StudyPathProblem): {
  best: number | undefined
  reachable: Set<string>
} {
  const { candidates, constraints } = problem
  const held = new Set(problem.heldSkillUris)
  const missing = problem.goalSkillUris.filter((uri) => !held.has(uri))
  const subsets: StudyPathCandidate[][] = []
  for (let mask = 0; mask < 2 ** candidates.length; mask += 1) {
    const chosen = candidates.filter((_, index) => (mask & (1 << index)) !== 0)
    if (isPath(problem, chosen)) {
      subsets.push(chosen)
    }
  }
  const reachable = new Set(
    subsets
      .flatMap((chosen) => chosen.flatMap((candidate) => candidate.skillUris))
      .filter((uri) => missing.includes(uri)),
  )
  let best: number | undefined
  for (const chosen of subsets) {
    const taught = new Set(chosen.flatMap((candidate) => candidate.skillUris))
    const ects = chosen.reduce((sum, candidate) => sum + candidate.ects, 0)
    const cents = chosen.reduce((sum, candidate) => sum + candidate.priceCents, 0)
    if (
      [...reachable].every((uri) => taught.has(uri)) &&
      (constraints.maxEcts === undefined || ects <= constraints.maxEcts + 1e-9) &&
      (constraints.budgetCents === undefined || cents <= constraints.budgetCents)
    ) {
      const value = pathValueOf(chosen, problem.objective)
      best = best === undefined ? value : Math.min(best, value)
    }
  }
  return { best, reachable }
}

describe('study path planning against brute force on small catalogues', () => {
  it.each(studyPathObjectives)('finds the brute-force optimum for %s', async (objective) => {
    await fc.assert(
      fc.asyncProperty(problemArbitrary(objective), async (problem) => {
        const path = await planStudyPath(problem, highsMipSolver, { alternativeCount: 1 })
        const { best, reachable } = bruteForce(problem)
        const chosen = path.steps.map((step) => step.candidate)
        expect(isPath(problem, chosen)).toBe(true)
        if (reachable.size === 0) {
          expect(path.status).toBe('nothing-to-plan')
          expect(path.steps).toEqual([])
        } else if (best === undefined) {
          expect(path.status).toBe('greedy-after-infeasible')
          expect(path.uncoveredSkills.some((skill) => skill.reason === 'over-limits')).toBe(true)
        } else {
          expect(path.status).toBe('optimal')
          expect(path.objectiveValue).toBe(best)
          for (const alternative of path.alternatives) {
            expect(alternative.objectiveValue).toBeGreaterThanOrEqual(best)
          }
        }
      }),
      { numRuns: 60, seed: 20261129 },
    )
  })

  it('never finds the greedy fallback better than the optimum', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...studyPathObjectives).chain(problemArbitrary),
        async (problem) => {
          const { best, reachable } = bruteForce(problem)
          const space = toPlanningSpace(problem)
          const chosen = greedyStudyPath(space, problem.objective).map(
            (index) => space.candidates[index] as StudyPathCandidate,
          )
          expect(isPath(problem, chosen)).toBe(true)
          const covers = [...reachable].every((uri) =>
            chosen.some((candidate) => candidate.skillUris.includes(uri)),
          )
          if (best !== undefined && covers) {
            expect(pathValueOf(chosen, problem.objective)).toBeGreaterThanOrEqual(best)
          }
        },
      ),
      { numRuns: 100, seed: 7 },
    )
  })
})

describe('study path explanations', () => {
  const skill = (index: number) => skillPool[index] as string
  const course = (id: string, overrides: Partial<StudyPathCandidate>): StudyPathCandidate => ({
    offeringId: id,
    specificationId: `specification-${id}`,
    versionId: `version-${id}`,
    organisationId: 'organisation',
    title: { en: id },
    skillUris: [],
    ects: 5,
    priceCents: 0,
    startsOn: '2027-01-10',
    endsOn: '2027-02-28',
    languageOfInstruction: 'fi',
    formOfParticipation: 'online',
    prerequisiteSkillUris: [],
    ...overrides,
  })

  it('orders a prerequisite before the step needing it and says which prerequisite it meets', async () => {
    const basics = course('basics', {
      skillUris: [skill(0)],
      startsOn: '2027-01-10',
      endsOn: '2027-02-28',
    })
    const advanced = course('advanced', {
      skillUris: [skill(1), skill(2)],
      prerequisiteSkillUris: [skill(0)],
      startsOn: '2027-03-10',
      endsOn: '2027-05-31',
    })
    const path = await planStudyPath(
      {
        goalSkillUris: [skill(1), skill(2), skill(5)],
        heldSkillUris: [],
        candidates: [advanced, basics],
        constraints: {},
        objective: 'least-ects',
      },
      highsMipSolver,
    )
    expect(path.status).toBe('optimal')
    expect(path.steps.map((step) => step.candidate.offeringId)).toEqual(['basics', 'advanced'])
    expect(path.steps[0]?.coversSkillUris).toEqual([])
    expect(path.steps[0]?.meetsPrerequisites).toEqual([
      { skillUri: skill(0), forOfferingId: 'advanced' },
    ])
    expect(path.steps[1]?.coversSkillUris).toEqual([skill(1), skill(2)])
    expect(path.totals).toMatchObject({
      stepCount: 2,
      ects: 10,
      startsOn: '2027-01-10',
      finishesOn: '2027-05-31',
    })
    expect(path.uncoveredSkills).toEqual([{ uri: skill(5), reason: 'not-taught' }])
  })

  it('answers a goal with no coverable skill with an empty path that says so', async () => {
    const path = await planStudyPath(
      {
        goalSkillUris: [skill(3), skill(4)],
        heldSkillUris: [skill(4)],
        candidates: [course('english', { skillUris: [skill(3)], languageOfInstruction: 'en' })],
        constraints: { languages: ['fi'] },
        objective: 'least-cost',
      },
      highsMipSolver,
    )
    expect(path.status).toBe('nothing-to-plan')
    expect(path.steps).toEqual([])
    expect(path.heldGoalSkillUris).toEqual([skill(4)])
    expect(path.uncoveredSkills).toEqual([{ uri: skill(3), reason: 'outside-constraints' }])
  })

  it('falls back to the greedy path when the solver fails or runs out of time', async () => {
    const problem: StudyPathProblem = {
      goalSkillUris: [skill(0), skill(1)],
      heldSkillUris: [],
      candidates: [
        course('a', { skillUris: [skill(0)], ects: 2 }),
        course('b', { skillUris: [skill(0), skill(1)], ects: 5 }),
        course('c', { skillUris: [skill(1)], ects: 2 }),
      ],
      constraints: {},
      objective: 'least-ects',
    }
    const failing: MipSolver = {
      solve: async () => {
        throw new Error('solver crashed')
      },
    }
    const slow: MipSolver = { solve: async () => ({ status: 'time-limit' }) }
    const failed = await planStudyPath(problem, failing)
    expect(failed.status).toBe('greedy-after-solver-failure')
    expect(failed.method.name).toBe('greedy')
    expect(failed.totals.ects).toBe(4)
    expect((await planStudyPath(problem, slow)).status).toBe('greedy-after-time-limit')
  })

  it('offers alternatives that leave out a step of the optimum, best first', async () => {
    const path = await planStudyPath(
      {
        goalSkillUris: [skill(0), skill(1)],
        heldSkillUris: [],
        candidates: [
          course('a', { skillUris: [skill(0)], priceCents: 100 }),
          course('b', { skillUris: [skill(1)], priceCents: 100 }),
          course('c', { skillUris: [skill(0), skill(1)], priceCents: 500 }),
          // Dearer than a, but over sooner: not dominated, so an alternative.
          course('d', { skillUris: [skill(0)], priceCents: 300, endsOn: '2027-02-10' }),
        ],
        constraints: {},
        objective: 'least-cost',
      },
      highsMipSolver,
    )
    expect(path.objectiveValue).toBe(200)
    expect(path.alternatives.map((alternative) => alternative.objectiveValue)).toEqual([400, 500])
  })
})
