// How long a recognition proposal takes (goal: under 100 ms, issue #11), on the embedded database
// with the demo data (RECOGNITION_ROUNDS rounds, default 200):
// 1. the proposal alone (core's proposeRecognition: outcome pairs, skills, ECTS, level, QA, age)
//    for a course of 12 learning outcomes and a credential of 12;
// 2. what a learner waits for: submitRecognitionRequest, which verifies the credential again
//    (Data Integrity proof, status list), makes the proposal and stores the request;
// 3. what a registrar waits for: getRecognitionCase, the request with the precedents of its
//    specification, with RECOGNITION_PRECEDENTS (default 2,000) earlier decisions at 20 institutions.
import {
  type Actor,
  type CredentialFacts,
  proposeRecognition,
  type RecognitionTargetDetails,
  system,
} from '../src/core/index.js'
import {
  createOrganisation,
  createRecognitionTarget,
  getRecognitionCase,
  loadDemoData,
  submitRecognitionRequest,
  withdrawRecognitionRequest,
} from '../src/services/index.js'
import { composeForTest } from '../test/support/compose-for-test.js'

const rounds = Number(process.env.RECOGNITION_ROUNDS ?? 200)
const precedentCount = Number(process.env.RECOGNITION_PRECEDENTS ?? 2_000)

const words = (
  'python ohjelma funktio silmukka testaus virhe tietokanta relaatio kysely turvallisuus salaus ' +
  'verkko protokolla käyttöliittymä saavutettavuus projekti hallinta analyysi tilasto data ' +
  'koneoppiminen malli arviointi raportti viestintä tiimityö johtaminen talous markkinointi'
).split(' ')
function outcome(index: number): string {
  const picked = Array.from({ length: 8 }, (_, at) => words[(index * 7 + at * 3) % words.length])
  return `Osaa ${picked.join(' ja ')}.`
}
const skill = (index: number) =>
  `http://data.europa.eu/esco/skill/00000000-0000-4000-8000-${String(index).padStart(12, '0')}`

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
}
function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b)
  return `p50 ${percentile(sorted, 50).toFixed(2)} ms, p95 ${percentile(sorted, 95).toFixed(2)} ms, max ${percentile(sorted, 100).toFixed(2)} ms`
}

export async function benchRecognitionProposal(): Promise<void> {
  console.log(`recognition-proposal: ${rounds} rounds, ${precedentCount} precedents`)

  const target: RecognitionTargetDetails = {
    code: 'TIE-101',
    name: { fi: 'Ohjelmoinnin perusteet' },
    ects: 5,
    eqfLevel: 6,
    learningOutcomes: Array.from({ length: 12 }, (_, index) => outcome(index)),
    skillUris: Array.from({ length: 15 }, (_, index) => skill(index)),
    kind: 'course',
  }
  const facts: CredentialFacts = {
    kind: 'issued',
    id: '00000000-0000-4000-8000-000000000001',
    achievementKey: 'specification\nbench',
    achievementName: 'Bench',
    issuerId: undefined,
    learningOutcomes: Array.from({ length: 12 }, (_, index) => outcome(index + 5)),
    skillUris: Array.from({ length: 15 }, (_, index) => skill(index * 2)),
    ects: 4,
    eqfLevel: 6,
    awardedAt: new Date('2024-01-01T00:00:00Z'),
    isOsaamoReviewed: false,
    declaresQualityAssurance: true,
    issuerTrust: 'not-listed',
  }
  const now = new Date('2026-11-28T10:00:00Z')
  const coreTimes: number[] = []
  for (let round = 0; round < rounds * 10; round += 1) {
    const started = performance.now()
    proposeRecognition(facts, target, now)
    coreTimes.push(performance.now() - started)
  }
  console.log(`  proposal alone (12 × 12 outcomes, 15 skills): ${summary(coreTimes)}`)

  const osaamo = await composeForTest({
    name: 'embedded',
    create: async () => ({
      location: { kind: 'embedded', directory: undefined },
      drop: async () => {},
    }),
  })
  try {
    const { deps } = osaamo
    await loadDemoData(deps, { withActivity: true })
    const kaarnala = await deps.stores.organisations.findBySlug('kaarnala-open')
    const address = await deps.stores.people.findEmailAddress('learner@demo.osaamo.fi')
    const [held] = await deps.stores.issuedCredentials.listForLearner(address?.personId ?? '')
    if (kaarnala === undefined || address === undefined || held === undefined) {
      throw new TypeError('the demo data has no learner with a credential')
    }
    const learner: Actor = {
      kind: 'person',
      personId: address.personId,
      sessionId: undefined,
      memberships: [],
    }
    const course = await createRecognitionTarget(deps, system, {
      organisationId: kaarnala.id,
      details: { ...target, code: 'TIE-101' },
    })
    const submitTimes: number[] = []
    let lastRequestId = ''
    for (let round = 0; round < rounds; round += 1) {
      const started = performance.now()
      const request = await submitRecognitionRequest(deps, learner, {
        credential: { kind: 'issued', id: held.id },
        targetId: course.id,
      })
      submitTimes.push(performance.now() - started)
      lastRequestId = request.id
      if (round < rounds - 1) {
        await withdrawRecognitionRequest(deps, learner, request.id)
      }
    }
    console.log(`  submit a credential (verify again + proposal + store): ${summary(submitTimes)}`)

    // Earlier decisions on the same specification at 20 institutions, all shared.
    const last = await deps.stores.recognition.findRequest(lastRequestId)
    if (last === undefined) {
      throw new TypeError('the last request was not stored')
    }
    const institutions = [kaarnala.id]
    for (let index = 1; index < 20; index += 1) {
      const organisation = await createOrganisation(deps, system, {
        slug: `bench-institution-${index}`,
        kind: 'institution',
        name: { fi: `Oppilaitos ${index}`, en: `Institution ${index}` },
        country: 'FI',
        region: 'Uusimaa',
      })
      institutions.push(organisation.id)
    }
    const targets = await Promise.all(
      institutions.map((organisationId, index) =>
        createRecognitionTarget(deps, system, {
          organisationId,
          details: { ...target, code: `OHJ-${index}` },
        }),
      ),
    )
    await deps.transaction(async (stores) => {
      for (let index = 0; index < precedentCount; index += 1) {
        const precedentTarget = targets[index % targets.length] ?? course
        const id = `00000000-0000-4000-9000-${String(index).padStart(12, '0')}`
        await stores.recognition.createRequest({
          ...last,
          id,
          organisationId: precedentTarget.organisationId,
          targetId: precedentTarget.id,
          state: 'decided',
          // A decided request does not hold the learner's one open place.
          credential: {
            kind: 'issued',
            id: `00000000-0000-4000-a000-${String(index).padStart(12, '0')}`,
          },
        })
        await stores.recognition.createDecision({
          requestId: id,
          outcome: index % 3 === 0 ? 'partial' : 'full',
          ectsGranted: index % 3 === 0 ? 3 : 5,
          justification: '',
          decidedBy: '',
          decidedAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000),
          followsProposal: true,
          recordCredentialId: held.id,
          isShared: true,
        })
      }
    })
    const readTimes: number[] = []
    let precedents = 0
    for (let round = 0; round < rounds; round += 1) {
      const started = performance.now()
      const read = await getRecognitionCase(deps, system, lastRequestId)
      readTimes.push(performance.now() - started)
      precedents = read.precedents.length
    }
    console.log(
      `  registrar reads the request with ${precedentCount} precedent decisions (${precedents} groups): ${summary(readTimes)}`,
    )
  } finally {
    await osaamo.close()
  }
}
