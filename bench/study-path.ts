// How long planning a study path takes on a catalogue of 10,000 specifications built from real ESCO
// occupations and skills (/work/shared/data/esco), through the planner that the
// API uses (planStudyPath with HiGHS): for random occupations, the goal is their essential skills,
// the learner holds a few, and the candidates are the offerings teaching a goal skill (as the store
// finds them through the catalogue's skill index). Each specification is built around one
// occupation: 3–8 of its essential skills, 1–3 offerings in 2027 with a price, a language and a
// form, and for one in five a prerequisite skill of the same occupation that it does not teach.
// Times the optimal plan alone (optimality proven, no alternatives) and with three alternatives,
// and reports the greedy fallback's gap to the optimum. The database read is not timed here
// (bench/need-matching.ts times the same skill-index lookup).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  dayNumberOf,
  greedyStudyPath,
  objectiveValueOf,
  planStudyPath,
  type StudyPathCandidate,
  type StudyPathObjective,
  studyPathObjectives,
  toPlanningSpace,
} from '../src/core/index.js'
import { highsMipSolver } from '../src/services/index.js'

const escoFolder = '/work/shared/data/esco'
const specificationCount = 10_000
const planCount = 300

// A small deterministic generator, so that runs compare.
let seed = 20261130
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
  return seed / 2 ** 31
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
function sample<T>(items: readonly T[], count: number): T[] {
  const pool = [...items]
  const drawn: T[] = []
  while (drawn.length < count && pool.length > 0) {
    drawn.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as T)
  }
  return drawn
}
const day = (offset: number) =>
  new Date(Date.UTC(2027, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10)

function readEssentialSkills(): Map<string, string[]> {
  const text = readFileSync(join(escoFolder, 'occupationSkillRelations.csv'), 'utf8')
  const essentials = new Map<string, string[]>()
  for (const line of text.split('\n').slice(1)) {
    // occupationUri,relationType,skillType,skillUri: no field holds a comma.
    const [occupation, relation, , skill] = line.trim().split(',')
    if (occupation === undefined || skill === undefined || relation !== 'essential') {
      continue
    }
    const list = essentials.get(occupation) ?? []
    list.push(skill)
    essentials.set(occupation, list)
  }
  return essentials
}

function generateCatalogue(essentials: Map<string, string[]>): StudyPathCandidate[] {
  const occupations = [...essentials.keys()].filter(
    (uri) => (essentials.get(uri)?.length ?? 0) >= 5,
  )
  const offerings: StudyPathCandidate[] = []
  for (let index = 0; index < specificationCount; index += 1) {
    const skills = essentials.get(pick(occupations)) ?? []
    const taught = sample(skills, 3 + Math.floor(random() * 6))
    const others = skills.filter((uri) => !taught.includes(uri))
    const prerequisites = random() < 0.2 && others.length > 0 ? [pick(others)] : []
    const ects = pick([1, 2, 3, 5, 5, 10])
    for (let run = 0, runs = 1 + Math.floor(random() * 3); run < runs; run += 1) {
      const start = Math.floor(random() * 330)
      offerings.push({
        offeringId: `offering-${index}-${run}`,
        specificationId: `specification-${index}`,
        versionId: `version-${index}`,
        organisationId: `organisation-${index % 40}`,
        title: { en: `Micro-credential ${index}` },
        skillUris: taught,
        ects,
        priceCents: pick([0, 5_000, 15_000, 25_000, 50_000, 90_000, 150_000]),
        startsOn: day(start),
        endsOn: day(start + 21 + Math.floor(random() * 100)),
        languageOfInstruction: pick(['fi', 'fi', 'sv', 'en']),
        formOfParticipation: pick(['online', 'blended', 'on-site']),
        prerequisiteSkillUris: prerequisites,
      })
    }
  }
  return offerings
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
}

export async function benchStudyPath(): Promise<void> {
  const started = performance.now()
  const essentials = readEssentialSkills()
  const offerings = generateCatalogue(essentials)
  const bySkill = new Map<string, StudyPathCandidate[]>()
  for (const offering of offerings) {
    for (const uri of offering.skillUris) {
      bySkill.set(uri, [...(bySkill.get(uri) ?? []), offering])
    }
  }
  const goals = [...essentials.entries()].filter(([, skills]) => skills.length >= 5)
  console.log(
    `study path planning: ${specificationCount} specifications, ${offerings.length} offerings from ${goals.length} ESCO occupations (built in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  )
  // Warm-up: loads and compiles the WebAssembly module.
  await planStudyPath(
    {
      goalSkillUris: goals[0]?.[1] ?? [],
      heldSkillUris: [],
      candidates: offerings.slice(0, 50),
      constraints: {},
      objective: 'least-ects',
    },
    highsMipSolver,
  )
  const byObjective = new Map<
    StudyPathObjective,
    { times: number[]; withAlternatives: number[]; gaps: number[]; statuses: Map<string, number> }
  >(
    studyPathObjectives.map((objective) => [
      objective,
      { times: [], withAlternatives: [], gaps: [], statuses: new Map() },
    ]),
  )
  let candidateTotal = 0
  let incompleteGreedy = 0
  const origin = dayNumberOf('2027-01-01') - 1
  for (let index = 0; index < planCount; index += 1) {
    const [, goalSkillUris] = pick(goals)
    const objective = studyPathObjectives[index % studyPathObjectives.length] as StudyPathObjective
    const candidates = [...new Set(goalSkillUris.flatMap((uri) => bySkill.get(uri) ?? []))]
    candidateTotal += candidates.length
    const problem = {
      goalSkillUris,
      heldSkillUris: sample(goalSkillUris, Math.floor(random() * 4)),
      candidates,
      constraints: { endsOnOrBefore: '2027-12-31', languages: ['fi', 'en'] },
      objective,
    }
    const entry = byObjective.get(objective)
    if (entry === undefined) {
      continue
    }
    let at = performance.now()
    const path = await planStudyPath(problem, highsMipSolver, { alternativeCount: 0 })
    entry.times.push(performance.now() - at)
    entry.statuses.set(path.status, (entry.statuses.get(path.status) ?? 0) + 1)
    at = performance.now()
    await planStudyPath(problem, highsMipSolver, { alternativeCount: 3 })
    entry.withAlternatives.push(performance.now() - at)
    if (path.status !== 'optimal') {
      continue
    }
    const space = toPlanningSpace(problem)
    const greedy = greedyStudyPath(space, objective).map(
      (member) => space.candidates[member] as StudyPathCandidate,
    )
    const covered = new Set(greedy.flatMap((candidate) => candidate.skillUris))
    if (!space.coverableSkillUris.every((uri) => covered.has(uri))) {
      incompleteGreedy += 1
      continue
    }
    // The finish is counted in days from the window's start, so that its gap means something.
    const measure = (value: number) => (objective === 'soonest-finish' ? value - origin : value)
    const optimum = measure(path.objectiveValue)
    const greedyValue = measure(objectiveValueOf(greedy, objective))
    entry.gaps.push(optimum === 0 ? 0 : ((greedyValue - optimum) / optimum) * 100)
  }
  console.log(`  ${Math.round(candidateTotal / planCount)} candidate offerings a plan on average`)
  for (const [objective, entry] of byObjective) {
    const times = [...entry.times].sort((a, b) => a - b)
    const withAlternatives = [...entry.withAlternatives].sort((a, b) => a - b)
    const gaps = [...entry.gaps].sort((a, b) => a - b)
    const meanGap = gaps.reduce((sum, gap) => sum + gap, 0) / Math.max(1, gaps.length)
    console.log(
      `  ${objective}: optimal plan p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${percentile(times, 100).toFixed(1)} ms; with 3 alternatives p95 ${percentile(withAlternatives, 95).toFixed(1)} ms; greedy gap mean ${meanGap.toFixed(1)} %, p95 ${percentile(gaps, 95).toFixed(1)} %, max ${percentile(gaps, 100).toFixed(1)} %; ${[...entry.statuses].map(([status, count]) => `${count} ${status}`).join(', ')}`,
    )
  }
  console.log(
    `  greedy left a coverable skill uncovered in ${incompleteGreedy} plans (not in the gap)`,
  )
}
