import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEscoCsvDataset } from '../../src/cli/esco-csv-dataset.js'
import { system } from '../../src/core/index.js'
import { createOffering, importEscoDataset, transitionOffering } from '../../src/services/index.js'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { asPerson, type SignedIn, signIn } from '../support/sign-in.js'
import { testDatabases } from '../support/test-databases.js'

const fixtureFolder = fileURLToPath(new URL('../fixtures/esco', import.meta.url))
const skill = (uuid: string) => `http://data.europa.eu/esco/skill/${uuid}`

// ESCO skills of demo micro-credentials that the ESCO fixture holds.
const python = skill('ccd0a1d9-afda-43d9-b901-96344886e14d')
const executeSoftwareTests = skill('913e7e83-b8f8-4574-b1ca-1b38f3fd974a')
const projectManagement = skill('0a9acb6b-1139-4be9-b431-3a80a959f2f4')
// In the fixture, but taught by no published demo micro-credential.
const uncovered = skill('0ee94c0a-3716-494a-95a2-dcbab9e58be2')
const occupation = 'http://data.europa.eu/esco/occupation/1c5a45b9-440e-4726-b565-16a952abd341'

type Step = {
  offeringId: string
  specificationId: string
  priceCents: number
  isEnrolmentOpen: boolean
  coversSkillUris: string[]
}
type PathBody = {
  status: string
  method: { name: string; version: string }
  goal: { kind: string; label: string | null }
  skills: { uri: string; label: string }[]
  steps: Step[]
  totals: { stepCount: number; ects: number; priceCents: number; finishesOn: string | null }
  uncoveredSkills: { uri: string; reason: string }[]
  alternatives: { steps: Step[] }[]
}

describe.each(testDatabases)('study path planning on the $name database', (database) => {
  let testApp: TestApp
  let learner: SignedIn
  // Per specification teaching a goal skill: a cheap late run and a dear early one.
  const cheapLate = new Map<string, string>()
  const dearEarly = new Map<string, string>()
  let pythonSpecificationId: string

  beforeAll(async () => {
    testApp = await buildTestApp(database)
    const { deps } = testApp.osaamo
    await importEscoDataset(deps, system, createEscoCsvDataset(fixtureFolder))
    const skillSets = await deps.stores.competenceNeeds.listPublishedSkillSets([
      python,
      executeSoftwareTests,
      projectManagement,
    ])
    pythonSpecificationId =
      skillSets.find((set) => set.skillUris.includes(python))?.specificationId ?? ''
    for (const [index, set] of skillSets.entries()) {
      const details = (startsOn: string, endsOn: string, priceCents: number) => ({
        startsOn,
        endsOn,
        enrolmentOpensAt: '2026-11-01T08:00:00Z',
        enrolmentClosesAt: `${startsOn}T08:00:00Z`,
        seatLimit: 30,
        priceCents,
        formOfParticipation: 'online',
        languageOfInstruction: 'fi',
        teachers: [],
        courseCode: `SP-${index}`,
      })
      const late = await createOffering(deps, system, {
        specificationId: set.specificationId,
        details: details('2027-05-03', '2027-06-30', 10_000 + index),
      })
      const early = await createOffering(deps, system, {
        specificationId: set.specificationId,
        details: details('2027-01-11', '2027-02-28', 40_000 + index),
      })
      await transitionOffering(deps, system, { offeringId: early.id, action: 'open' })
      cheapLate.set(set.specificationId, late.id)
      dearEarly.set(set.specificationId, early.id)
    }
    learner = await signIn(testApp.app, 'learner@demo.osaamo.fi')
    // A fresh database, the demo data and the ESCO fixture: over a minute on a busy 2-core machine.
  }, 180_000)
  afterAll(async () => {
    await testApp?.close()
  })

  const plan = (body: object, as: SignedIn | null = learner) =>
    testApp.app.inject({
      method: 'POST',
      url: '/api/me/study-paths/plan',
      headers: as === null ? {} : asPerson(as),
      payload: body,
    })

  it('plans the cheapest path to chosen skills with the reason for each step', async () => {
    const response = await plan({
      goal: { kind: 'skills', skillUris: [python, executeSoftwareTests, uncovered] },
      objective: 'least-cost',
    })
    expect(response.statusCode, response.body).toBe(200)
    const body = response.json<PathBody>()
    expect(body.status).toBe('optimal')
    expect(body.method).toEqual({ name: 'mip-highs', version: 'study-path-1' })
    expect(body.steps.length).toBeGreaterThan(0)
    for (const step of body.steps) {
      expect(step.offeringId).toBe(cheapLate.get(step.specificationId))
      expect(step.coversSkillUris.length).toBeGreaterThan(0)
      expect(step.isEnrolmentOpen).toBe(false)
    }
    const covered = body.steps.flatMap((step) => step.coversSkillUris)
    expect(covered).toEqual(expect.arrayContaining([python, executeSoftwareTests]))
    expect(body.uncoveredSkills).toEqual([{ uri: uncovered, reason: 'not-taught' }])
    expect(body.totals.priceCents).toBe(body.steps.reduce((sum, step) => sum + step.priceCents, 0))
    expect(body.skills.find((entry) => entry.uri === python)?.label).toBe(
      'Python (computer programming)',
    )
  })

  it('chooses the early, enrolable runs when the learner wants to finish soonest', async () => {
    const response = await plan({
      goal: { kind: 'skills', skillUris: [python] },
      objective: 'soonest-finish',
    })
    const body = response.json<PathBody>()
    expect(body.status).toBe('optimal')
    expect(body.steps.map((step) => step.offeringId)).toEqual([
      dearEarly.get(pythonSpecificationId),
    ])
    expect(body.steps[0]?.isEnrolmentOpen).toBe(true)
    expect(body.totals.finishesOn).toBe('2027-02-28')
    expect(body.alternatives[0]?.steps.map((step) => step.offeringId)).toEqual([
      cheapLate.get(pythonSpecificationId),
    ])
  })

  it('lets the learner enrol in a step with the existing self-enrolment', async () => {
    const body = (
      await plan({ goal: { kind: 'skills', skillUris: [python] }, objective: 'soonest-finish' })
    ).json<PathBody>()
    const response = await testApp.app.inject({
      method: 'POST',
      url: `/api/offerings/${body.steps[0]?.offeringId}/enrolments`,
      headers: asPerson(learner),
    })
    expect(response.statusCode, response.body).toBe(201)
  })

  it('answers a goal no offering can cover within the limits with data, not an error', async () => {
    const response = await plan({
      goal: { kind: 'skills', skillUris: [python, uncovered] },
      constraints: { languages: ['sv'] },
      objective: 'least-ects',
    })
    expect(response.statusCode, response.body).toBe(200)
    const body = response.json<PathBody>()
    expect(body.status).toBe('nothing-to-plan')
    expect(body.steps).toEqual([])
    expect(body.uncoveredSkills).toEqual([
      { uri: python, reason: 'outside-constraints' },
      { uri: uncovered, reason: 'not-taught' },
    ])
  })

  it('plans towards an occupation’s essential skills, named', async () => {
    const response = await plan({
      goal: { kind: 'occupation', occupationUri: occupation },
      objective: 'least-ects',
    })
    expect(response.statusCode, response.body).toBe(200)
    const body = response.json<PathBody>()
    expect(body.goal.kind).toBe('occupation')
    expect(body.goal.label).toEqual(expect.any(String))
    expect(body.skills.length).toBeGreaterThan(0)
    expect(['optimal', 'nothing-to-plan']).toContain(body.status)
  })

  it('refuses an invalid request with every problem at once', async () => {
    const response = await plan({
      goal: {
        kind: 'skills',
        skillUris: ['not-a-skill', skill('00000000-0000-4000-8000-000000000000')],
      },
      constraints: {
        startsOnOrAfter: '2027-02-30',
        endsOnOrBefore: '2027-01-01',
        budgetCents: -1,
        maxEcts: 0,
        languages: ['finnish'],
        formsOfParticipation: ['by-post'],
      },
      objective: 'least-cost',
    })
    expect(response.statusCode).toBe(400)
    const problem = response.json<{
      code: string
      details: { problems: { path: string; code: string }[] }
    }>()
    expect(problem.code).toBe('STUDY_PATH_REQUEST_INVALID')
    expect(problem.details.problems.map((entry) => `${entry.path} ${entry.code}`).sort()).toEqual([
      'constraints/budgetCents budget-invalid',
      'constraints/formsOfParticipation/0 form-of-participation-unknown',
      'constraints/languages/0 language-invalid',
      'constraints/maxEcts max-ects-invalid',
      'constraints/startsOnOrAfter date-invalid',
      'goal/skillUris/0 skill-uri-invalid',
      'goal/skillUris/1 skill-unknown',
    ])
  })

  it('answers not found for an unknown occupation, need or stack', async () => {
    const unknownId = '00000000-0000-4000-8000-000000000099'
    const occupationResponse = await plan({
      goal: {
        kind: 'occupation',
        occupationUri: 'http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-000000000000',
      },
      objective: 'least-ects',
    })
    expect(occupationResponse.statusCode).toBe(404)
    expect(occupationResponse.json<{ code: string }>().code).toBe('ESCO_CONCEPT_NOT_FOUND')
    const needResponse = await plan({
      goal: { kind: 'need', needId: unknownId },
      objective: 'least-ects',
    })
    expect(needResponse.json<{ code: string }>().code).toBe('COMPETENCE_NEED_NOT_FOUND')
    const stackResponse = await plan({
      goal: { kind: 'stack', stackId: unknownId },
      objective: 'least-ects',
    })
    expect(stackResponse.json<{ code: string }>().code).toBe('STACK_NOT_FOUND')
  })

  it('asks an anonymous caller to sign in', async () => {
    const response = await plan(
      { goal: { kind: 'skills', skillUris: [python] }, objective: 'least-ects' },
      null,
    )
    expect(response.statusCode).toBe(401)
  })
})
