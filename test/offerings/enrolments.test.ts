import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSession } from '../../src/services/start-session.js'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { asPerson, type SignedIn, signIn } from '../support/sign-in.js'
import { testDatabases } from '../support/test-databases.js'
import {
  type DemoVersion,
  listDemoVersions,
  postOffering,
  transition,
  validOfferingBody,
} from './offering-fixtures.js'

describe.each(testDatabases)('enrolment in offerings on the $name database', (database) => {
  let testApp: TestApp
  let registrar: SignedIn
  let assessor: SignedIn
  let learner: SignedIn
  let designer: SignedIn
  let published: DemoVersion

  beforeAll(async () => {
    testApp = await buildTestApp(database)
    registrar = await signIn(testApp.app, 'registrar@demo.osaamo.fi')
    assessor = await signIn(testApp.app, 'assessor@demo.osaamo.fi')
    learner = await signIn(testApp.app, 'learner@demo.osaamo.fi')
    designer = await signIn(testApp.app, 'designer@demo.osaamo.fi')
    const versions = await listDemoVersions(testApp.app, registrar)
    published = versions.find((version) => version.status === 'published') as DemoVersion
  })
  afterAll(async () => {
    await testApp?.close()
  })

  /** A new offering with the given changes to the valid details, opened unless told otherwise. */
  async function newOffering(
    changes: Record<string, unknown> = {},
    isOpened = true,
  ): Promise<string> {
    const created = await postOffering(testApp.app, registrar, published.specificationId, {
      ...validOfferingBody,
      ...changes,
    })
    expect(created.statusCode).toBe(201)
    const { id } = created.json<{ id: string }>()
    if (isOpened) {
      expect((await transition(testApp.app, registrar, id, 'open')).statusCode).toBe(200)
    }
    return id
  }

  /** People made straight in the database, each with a session, as signed-in learners. */
  async function newLearners(count: number, prefix: string): Promise<SignedIn[]> {
    const { deps } = testApp.osaamo
    return Promise.all(
      Array.from({ length: count }, async (_, index) => {
        const personId = deps.ids.newId()
        await deps.stores.people.create({
          id: personId,
          displayName: `${prefix} ${index}`,
          createdAt: deps.clock.now(),
          erasedAt: undefined,
        })
        const { session, token } = await startSession(deps, deps.stores, personId)
        return { cookie: `osaamo_session=${token}`, csrfToken: session.csrfToken, personId }
      }),
    )
  }

  const enrol = (offeringId: string, as?: SignedIn) =>
    testApp.app.inject({
      method: 'POST',
      url: `/api/offerings/${offeringId}/enrolments`,
      headers: as === undefined ? {} : asPerson(as),
    })
  const importCsv = (offeringId: string, csv: string, as: SignedIn | null = registrar) =>
    testApp.app.inject({
      method: 'POST',
      url: `/api/offerings/${offeringId}/enrolments/import`,
      headers: { ...(as === null ? {} : asPerson(as)), 'content-type': 'text/csv' },
      payload: csv,
    })
  const list = (offeringId: string, as: SignedIn = registrar) =>
    testApp.app.inject({
      method: 'GET',
      url: `/api/offerings/${offeringId}/enrolments`,
      headers: { cookie: as.cookie },
    })

  it('enrols a signed-in person in an open offering once', async () => {
    const offeringId = await newOffering({ seatLimit: null })
    const first = await enrol(offeringId, learner)
    expect(first.statusCode).toBe(201)
    expect(first.json()).toMatchObject({ personId: learner.personId, source: 'self' })
    const second = await enrol(offeringId, learner)
    expect(second.statusCode).toBe(409)
    expect(second.json()).toMatchObject({ code: 'ENROLMENT_EXISTS' })
    const listed = await list(offeringId)
    expect(listed.json()).toMatchObject({
      items: [{ personId: learner.personId, displayName: 'Sanni Laine' }],
    })
  })

  it('holds the seat limit under 20 concurrent enrolments: exactly 5 get a seat', async () => {
    const offeringId = await newOffering({ seatLimit: 5 })
    const people = await newLearners(20, 'Rush')
    const responses = await Promise.all(people.map((person) => enrol(offeringId, person)))
    const statuses = responses.map((response) => response.statusCode)
    expect(statuses.filter((status) => status === 201)).toHaveLength(5)
    expect(statuses.filter((status) => status === 409)).toHaveLength(15)
    for (const response of responses.filter((each) => each.statusCode === 409)) {
      expect(response.json()).toMatchObject({ code: 'OFFERING_FULL' })
    }
    expect((await list(offeringId)).json<{ items: unknown[] }>().items).toHaveLength(5)
  })

  it('asks anonymous callers to sign in', async () => {
    const offeringId = await newOffering()
    const response = await enrol(offeringId)
    expect(response.statusCode).toBe(401)
  })

  it('refuses enrolment before the window opens and after it closes, with the reason', async () => {
    const offeringId = await newOffering({ enrolmentOpensAt: '2026-12-01T00:00:00Z' })
    const early = await enrol(offeringId, learner)
    expect(early.statusCode).toBe(409)
    expect(early.json()).toMatchObject({
      code: 'ENROLMENT_NOT_ALLOWED',
      detail: 'Enrolment opens at 2026-12-01T00:00:00.000Z.',
    })
    const closedId = await newOffering({
      enrolmentOpensAt: '2026-10-01T00:00:00Z',
      enrolmentClosesAt: '2026-11-01T00:00:00Z',
    })
    const late = await enrol(closedId, learner)
    expect(late.statusCode).toBe(409)
    expect(late.json()).toMatchObject({
      code: 'ENROLMENT_NOT_ALLOWED',
      detail: 'Enrolment closed at 2026-11-01T00:00:00.000Z.',
    })
    expect((await list(offeringId)).json<{ items: unknown[] }>().items).toEqual([])
    expect((await list(closedId)).json<{ items: unknown[] }>().items).toEqual([])
  })

  it('refuses enrolment in a running or closed offering, and hides a planned one', async () => {
    const planned = await newOffering({}, false)
    expect((await enrol(planned, learner)).statusCode).toBe(404)
    const running = await newOffering()
    await transition(testApp.app, registrar, running, 'start')
    expect((await enrol(running, learner)).json()).toMatchObject({
      code: 'ENROLMENT_NOT_ALLOWED',
      detail: 'The offering is running; enrolment is possible only while it is open.',
    })
    expect((await enrol('00000000-0000-4000-8000-999999999999', learner)).statusCode).toBe(404)
    expect((await enrol('not-a-uuid', learner)).statusCode).toBe(400)
  })

  it('imports enrolments by e-mail, creating learners without a password for new addresses', async () => {
    const offeringId = await newOffering({ seatLimit: 10 })
    const response = await importCsv(
      offeringId,
      [
        'student_number,name,email',
        '123456,Sanni Laine,LEARNER@demo.osaamo.fi',
        '234567,Pekka Uusi,pekka.uusi@example.fi',
        '345678,Maija Meikäläinen,maija@example.fi',
      ].join('\n'),
    )
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ enrolled: 3, createdPeople: 2, alreadyEnrolled: 0 })
    const { stores } = testApp.osaamo.deps
    const address = await stores.people.findEmailAddress('pekka.uusi@example.fi')
    expect(address).toBeDefined()
    expect(await stores.people.findPasswordHash(address?.personId ?? '')).toBeUndefined()
    const items = (await list(offeringId, assessor)).json<{
      items: { studentNumber: string; source: string; personId: string }[]
    }>().items
    expect(items.map((item) => item.studentNumber).sort()).toEqual(['123456', '234567', '345678'])
    expect(items.find((item) => item.personId === learner.personId)?.source).toBe('import')
    const again = await importCsv(
      offeringId,
      'student_number,name,email\n123456,Sanni Laine,learner@demo.osaamo.fi\n',
    )
    expect(again.json()).toEqual({ enrolled: 0, createdPeople: 0, alreadyEnrolled: 1 })
  })

  it('lists every row’s problems at once and imports nothing', async () => {
    const offeringId = await newOffering()
    const response = await importCsv(
      offeringId,
      [
        'opiskelijanumero,nimi,sahkoposti',
        '111,Ok Person,ok.person@example.fi',
        ',No Number,no.number@example.fi',
        '333,,not-an-address',
        '444,Twice,ok.person@example.fi',
        '111,Same Number,other@example.fi',
      ].join('\n'),
    )
    expect(response.statusCode).toBe(400)
    const body = response.json<{
      code: string
      details: { problems: { row: number; path: string; code: string; params: object }[] }
    }>()
    expect(body.code).toBe('ENROLMENT_IMPORT_INVALID')
    expect(body.details.problems.map(({ row, path, code }) => `${row}:${path}:${code}`)).toEqual([
      '3:student_number:student-number-missing',
      '4:name:name-invalid',
      '4:email:email-invalid',
      '5:email:email-repeated',
      '6:student_number:student-number-repeated',
    ])
    expect(body.details.problems[3]?.params).toEqual({ firstRow: 2 })
    expect((await list(offeringId)).json<{ items: unknown[] }>().items).toEqual([])
    expect(await testApp.osaamo.deps.stores.people.findEmailAddress('ok.person@example.fi')).toBe(
      undefined,
    )
  })

  it('reports a missing column and an unknown one', async () => {
    const offeringId = await newOffering()
    const response = await importCsv(offeringId, 'student_number,name,phone\n1,A,040\n')
    expect(response.json()).toMatchObject({
      code: 'ENROLMENT_IMPORT_INVALID',
      details: {
        problems: [
          {
            row: 1,
            path: 'phone',
            code: 'column-unknown',
            params: { column: 'phone' },
            message: 'Unknown column "phone".',
          },
          {
            row: 1,
            path: 'email',
            code: 'column-missing',
            params: { column: 'email' },
            message: 'The column "email" is missing.',
          },
        ],
      },
    })
  })

  it('refuses an import that would take more seats than are left, naming the first row without one', async () => {
    const offeringId = await newOffering({ seatLimit: 2 })
    expect((await enrol(offeringId, learner)).statusCode).toBe(201)
    const response = await importCsv(
      offeringId,
      'student_number,name,email\n1,A,a@example.fi\n2,B,b@example.fi\n',
    )
    expect(response.statusCode).toBe(400)
    expect(response.json()).toMatchObject({
      details: {
        problems: [
          { row: 3, path: '', code: 'seats-exhausted', params: { seatLimit: 2, taken: 1 } },
        ],
      },
    })
    expect((await list(offeringId)).json<{ items: unknown[] }>().items).toHaveLength(1)
  })

  it('lets only registrars and admins import, and only staff list enrolments', async () => {
    const offeringId = await newOffering()
    const csv = 'student_number,name,email\n1,A,a@example.fi\n'
    expect((await importCsv(offeringId, csv, null)).statusCode).toBe(401)
    expect((await importCsv(offeringId, csv, learner)).statusCode).toBe(403)
    expect((await importCsv(offeringId, csv, designer)).statusCode).toBe(403)
    expect((await list(offeringId, learner)).statusCode).toBe(403)
  })

  it('refuses an import into a closed offering and a body that is not CSV', async () => {
    const offeringId = await newOffering()
    const json = await testApp.app.inject({
      method: 'POST',
      url: `/api/offerings/${offeringId}/enrolments/import`,
      headers: asPerson(registrar),
      payload: { rows: [] },
    })
    expect(json.statusCode).toBe(400)
    await transition(testApp.app, registrar, offeringId, 'close')
    const response = await importCsv(offeringId, 'student_number,name,email\n1,A,a@example.fi\n')
    expect(response.statusCode).toBe(409)
    expect(response.json()).toMatchObject({ code: 'ENROLMENT_NOT_ALLOWED' })
  })
})
