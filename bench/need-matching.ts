// How long matching a competence need against the published catalogue takes with 10,000 published
// specifications (NEED_MATCHING_SPECIFICATIONS), through the use case `matchCompetenceNeed`: the
// need is read, the catalogue entries sharing one of its skills are found through the GIN index on
// their skill URIs, their learning outcomes are read and matched. On the PostgreSQL server of
// TEST_DATABASE_URL (in a new database, dropped afterwards), or on the embedded database without it.
// Skills are drawn with a skew, as in a real catalogue: a few (communication, project management)
// are in hundreds of micro-credentials, most in a handful. NEED_MATCHING_STAGES=1 also times the
// lookup of the candidates' skills alone.
// Related skills give partial credit (decision 0026), so the pool of skills is in ESCO's tables
// with a hierarchy and skill–skill relations: each skill from the 20th on has a broader skill
// among the first 250 (the commonly taught ones, so that related credit brings many more
// candidates: a worst case), and every third skill one optional relation. NEED_MATCHING_RELATIONS=0
// leaves ESCO empty: exact matching alone, for comparing in the same conditions.
import { randomBytes } from 'node:crypto'
import { sql } from 'kysely'
import pg from 'pg'
import {
  type CompetenceNeed,
  emptySpecificationContent,
  type SpecificationVersion,
  system,
  toCatalogueDocument,
} from '../src/core/index.js'
import { matchCompetenceNeed } from '../src/services/index.js'
import {
  createStores,
  type DatabaseHandle,
  migrateToLatest,
  openDatabase,
} from '../src/storage/index.js'

const specificationCount = Number(process.env.NEED_MATCHING_SPECIFICATIONS ?? 10_000)
const needCount = 200
const skillPoolSize = 5_000

// A small deterministic generator, so that runs compare.
let seed = 20261129
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
  return seed / 2 ** 31
}
function uuidFrom(kind: number, index: number): string {
  return `00000000-0000-4000-${String(8000 + kind)}-${String(index).padStart(12, '0')}`
}
const skillUri = (index: number) => `http://data.europa.eu/esco/skill/${uuidFrom(1, index)}`
/** Skill indexes skewed towards 0: index 0 is in about 2 % of the outcomes' skills. */
function skewedSkill(): string {
  return skillUri(Math.floor(skillPoolSize * random() ** 2))
}

function generateVersion(index: number, organisationId: string): SpecificationVersion {
  const published = new Date(Date.UTC(2026, 0, 1) + index * 60_000)
  const outcomeCount = 3 + Math.floor(random() * 4)
  return {
    id: uuidFrom(3, index),
    specificationId: uuidFrom(2, index),
    organisationId,
    versionNumber: 1,
    status: 'published',
    changeLog: '',
    createdAt: published,
    updatedAt: published,
    publishedAt: published,
    reviewDueAt: undefined,
    content: {
      ...emptySpecificationContent,
      title: { fi: `Mikrotutkinto ${index}`, en: `Micro-credential ${index}` },
      summary: { fi: 'Työelämälähtöinen toteutus.' },
      awardingBodyIds: [organisationId],
      learningOutcomes: Array.from({ length: outcomeCount }, (_, outcome) => ({
        id: `lo-${outcome + 1}`,
        text: {
          fi: `Osaa soveltaa aihetta ${outcome + 1} omassa työssään.`,
          en: `Can apply topic ${outcome + 1} in their own work.`,
        },
        skills: Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
          uri: skewedSkill(),
          kind: 'skill' as const,
        })),
      })),
      ects: 5,
      eqfLevel: 6,
      formsOfParticipation: ['online'],
      languages: ['fi'],
    },
  }
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
}

/** The skill pool in ESCO with related skills, without drawing from `random` (the catalogue stays the same). */
async function loadEscoRelations(stores: ReturnType<typeof createStores>): Promise<void> {
  const indexes = Array.from({ length: skillPoolSize }, (_, index) => index)
  await stores.esco.insertSkills(
    indexes.map((index) => ({
      uri: skillUri(index),
      type: 'skill' as const,
      reuseLevel: undefined,
      preferredLabel: `skill ${index}`,
      alternativeLabels: [],
      description: undefined,
      status: 'released',
    })),
  )
  await stores.esco.insertBroaderRelations(
    indexes
      .filter((index) => index >= 20)
      .map((index) => ({
        conceptUri: skillUri(index),
        broaderUri: skillUri(Math.floor(index / 20)),
      })),
  )
  await stores.esco.insertSkillSkillRelations(
    indexes
      .filter((index) => index % 3 === 0)
      .map((index) => ({
        fromSkillUri: skillUri(index),
        toSkillUri: skillUri((index * 7 + 13) % skillPoolSize),
        relationType: 'optional' as const,
      }))
      .filter((relation) => relation.fromSkillUri !== relation.toSkillUri),
  )
}

async function load(handle: DatabaseHandle): Promise<{ needIds: string[]; seconds: number }> {
  const started = performance.now()
  await migrateToLatest(handle.db)
  const stores = createStores(handle.db)
  const institutionId = uuidFrom(4, 1)
  const partnerId = uuidFrom(4, 2)
  for (const [id, slug, kind] of [
    [institutionId, 'bench-institution', 'institution'],
    [partnerId, 'bench-partner', 'partner'],
  ] as const) {
    await stores.organisations.create({
      id,
      slug,
      kind,
      name: { en: slug },
      country: 'FI',
      region: undefined,
      createdAt: new Date(Date.UTC(2026, 0, 1)),
    })
  }
  for (let start = 0; start < specificationCount; start += 500) {
    const versions = Array.from(
      { length: Math.min(500, specificationCount - start) },
      (_, offset) => generateVersion(start + offset, institutionId),
    )
    await handle.db
      .insertInto('specifications')
      .values(
        versions.map((version) => ({
          id: version.specificationId,
          organisation_id: institutionId,
          created_at: version.createdAt,
        })),
      )
      .execute()
    await handle.db
      .insertInto('specification_versions')
      .values(
        versions.map((version) => ({
          id: version.id,
          specification_id: version.specificationId,
          version_number: 1,
          status: 'published',
          content: sql<string>`${JSON.stringify(version.content)}::jsonb`,
          change_log: '',
          created_at: version.createdAt,
          updated_at: version.updatedAt,
          published_at: version.publishedAt ?? null,
          review_due_at: null,
        })),
      )
      .execute()
    await stores.catalogue.put(versions.map(toCatalogueDocument))
  }
  const needIds: string[] = []
  for (let index = 0; index < needCount; index += 1) {
    const skills = [
      ...new Set(Array.from({ length: 5 + Math.floor(random() * 11) }, () => skewedSkill())),
    ]
    const at = new Date(Date.UTC(2026, 10, 1))
    const need: CompetenceNeed = {
      id: uuidFrom(5, index),
      organisationId: partnerId,
      state: 'open',
      details: {
        title: `Need ${index}`,
        description: '',
        occupationUri: undefined,
        skills: skills.map((uri) => ({ uri, preferredLabel: uri, source: 'chosen' as const })),
        peopleCount: 10,
        region: 'Pirkanmaa',
        startsOn: '2027-01-01',
        endsOn: '2027-12-31',
        visibility: 'public',
      },
      createdBy: undefined,
      createdAt: at,
      updatedAt: at,
      closedAt: undefined,
    }
    await stores.competenceNeeds.create(need)
    needIds.push(need.id)
  }
  if (process.env.NEED_MATCHING_RELATIONS !== '0') {
    await loadEscoRelations(stores)
  }
  await sql`analyze`.execute(handle.db)
  return { needIds, seconds: (performance.now() - started) / 1000 }
}

async function measure(handle: DatabaseHandle, label: string): Promise<void> {
  const { needIds, seconds } = await load(handle)
  const deps = { stores: createStores(handle.db) }
  for (const needId of needIds.slice(0, 20)) {
    await matchCompetenceNeed(deps, system, needId)
  }
  if (process.env.NEED_MATCHING_STAGES === '1') {
    const stageTimes: number[] = []
    for (const needId of needIds) {
      const need = await deps.stores.competenceNeeds.findById(needId)
      const started = performance.now()
      await deps.stores.competenceNeeds.listPublishedSkillSets(
        need?.details.skills.map((skill) => skill.uri) ?? [],
      )
      stageTimes.push(performance.now() - started)
    }
    stageTimes.sort((a, b) => a - b)
    console.log(
      `  skill sets alone: p50 ${percentile(stageTimes, 50).toFixed(1)} ms, p95 ${percentile(stageTimes, 95).toFixed(1)} ms`,
    )
  }
  const times: number[] = []
  let candidates = 0
  let coverage = 0
  for (const needId of needIds) {
    const started = performance.now()
    const { matching } = await matchCompetenceNeed(deps, system, needId)
    times.push(performance.now() - started)
    candidates += matching.total
    coverage += matching.coveragePercent
  }
  times.sort((a, b) => a - b)
  console.log(
    `need matching, ${specificationCount} published specifications on ${label} (loaded in ${seconds.toFixed(1)} s)`,
  )
  console.log(
    `  ${needCount} needs of 5–15 skills: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${percentile(times, 100).toFixed(1)} ms; ${Math.round(candidates / needCount)} matching specifications and ${Math.round(coverage / needCount)} % coverage a need on average`,
  )
}

export async function benchNeedMatching(): Promise<void> {
  const serverUrl = process.env.TEST_DATABASE_URL
  if (serverUrl === undefined) {
    const handle = await openDatabase({ kind: 'embedded', directory: undefined })
    try {
      await measure(handle, 'the embedded database')
    } finally {
      await handle.close()
    }
    return
  }
  const name = `osaamo_bench_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  try {
    await admin.query(`create database ${name}`)
    const url = new URL(serverUrl)
    url.pathname = `/${name}`
    const handle = await openDatabase({ kind: 'server', url: url.toString(), poolSize: 2 })
    try {
      await measure(handle, 'the PostgreSQL server')
    } finally {
      await handle.close()
    }
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`)
    await admin.end()
  }
}
