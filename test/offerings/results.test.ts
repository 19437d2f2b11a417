import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
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

const template = new URL('../../docs/results-csv-template.csv', import.meta.url)

describe.each(testDatabases)('assessment results on the $name database', (database) => {
  let testApp: TestApp
  let registrar: SignedIn
  let assessor: SignedIn
  let learner: SignedIn
  let designer: SignedIn
  let graded: DemoVersion
  let passFail: DemoVersion

  beforeAll(async () => {
    testApp = await buildTestApp(database)
    registrar = await signIn(testApp.app, 'registrar@demo.osaamo.fi')
    assessor = await signIn(testApp.app, 'assessor@demo.osaamo.fi')
    learner = await signIn(testApp.app, 'learner@demo.osaamo.fi')
    designer = await signIn(testApp.app, 'designer@demo.osaamo.fi')
    const versions = await listDemoVersions(testApp.app, registrar)
    const published = versions.filter((version) => version.status === 'published')
    graded = published.find((version) => version.content.gradingScheme === '0-5') as DemoVersion
    passFail = published.find(
      (version) => version.content.gradingScheme === 'pass-fail',
    ) as DemoVersion
  })
  afterAll(async () => {
    await testApp?.close()
  })

  /** An open offering of the version with the given people enrolled by import. */
  async function offeringWith(version: DemoVersion, enrolled: string): Promise<string> {
    const created = await postOffering(testApp.app, registrar, version.specificationId, {
      ...validOfferingBody,
      seatLimit: null,
    })
    const { id } = created.json<{ id: string }>()
    await transition(testApp.app, registrar, id, 'open')
    const imported = await testApp.app.inject({
      method: 'POST',
      url: `/api/offerings/${id}/enrolments/import`,
      headers: { ...asPerson(registrar), 'content-type': 'text/csv' },
      payload: `student_number,name,email\n${enrolled}`,
    })
    expect(imported.statusCode).toBe(200)
    return id
  }
  const record = (offeringId: string, body: Record<string, unknown>, as: SignedIn | null) =>
    testApp.app.inject({
      method: 'POST',
      url: `/api/offerings/${offeringId}/results`,
      headers: as === null ? {} : asPerson(as),
      payload: body,
    })
  const importResults = (offeringId: string, csv: string, query = '', as = registrar) =>
    testApp.app.inject({
      method: 'POST',
      url: `/api/offerings/${offeringId}/results/import${query}`,
      headers: { ...asPerson(as), 'content-type': 'text/csv' },
      payload: csv,
    })
  const results = async (offeringId: string) =>
    (
      await testApp.app.inject({
        method: 'GET',
        url: `/api/offerings/${offeringId}/results`,
        headers: { cookie: assessor.cookie },
      })
    ).json<{ items: { grade: string; credits: string | null; source: string }[] }>().items

  const valid = {
    grade: '4',
    assessedOn: '2026-11-27',
    supervision: 'supervised-with-id-verification',
    evidence: ['https://portfolio.example.fi/sanni/project'],
  }

  it('records an enrolled learner’s grade with the assessor, and replaces it when recorded again', async () => {
    const offeringId = await offeringWith(graded, '1,Sanni Laine,learner@demo.osaamo.fi')
    const first = await record(offeringId, { ...valid, personId: learner.personId }, assessor)
    expect(first.statusCode).toBe(201)
    expect(first.json()).toMatchObject({
      grade: '4',
      assessedOn: '2026-11-27',
      assessorId: assessor.personId,
      source: 'manual',
      evidence: valid.evidence,
    })
    const second = await record(
      offeringId,
      { ...valid, grade: '5', personId: learner.personId },
      registrar,
    )
    expect(second.statusCode).toBe(201)
    expect((await results(offeringId)).map((result) => result.grade)).toEqual(['5'])
  })

  it('refuses a result for someone not enrolled and every bad field at once, changing nothing', async () => {
    const offeringId = await offeringWith(graded, '1,Pekka Uusi,pekka@example.fi')
    const response = await record(
      offeringId,
      {
        personId: learner.personId,
        grade: '7',
        assessedOn: '2026-11-29',
        supervision: 'trust-me',
        evidence: ['http://insecure.example.fi'],
      },
      assessor,
    )
    expect(response.statusCode).toBe(400)
    const body = response.json<{
      code: string
      details: { problems: { path: string; code: string; params: object }[] }
    }>()
    expect(body.code).toBe('RESULT_INVALID')
    expect(body.details.problems.map(({ path, code }) => `${path}:${code}`)).toEqual([
      'personId:person-not-enrolled',
      'grade:grade-outside-scheme',
      'assessedOn:assessment-date-in-future',
      'supervision:supervision-unknown',
      'evidence/0:evidence-not-https',
    ])
    expect(body.details.problems[1]?.params).toEqual({ grade: '7', gradingScheme: '0-5' })
    expect(body.details.problems[2]?.params).toEqual({ date: '2026-11-29' })
    expect(await results(offeringId)).toEqual([])
  })

  it('takes pass/fail grades in English or Finnish and refuses numbers on that scheme', async () => {
    const offeringId = await offeringWith(passFail, '1,Sanni Laine,learner@demo.osaamo.fi')
    const numeric = await record(offeringId, { ...valid, personId: learner.personId }, assessor)
    expect(numeric.json()).toMatchObject({
      code: 'RESULT_INVALID',
      details: {
        problems: [
          { path: 'grade', code: 'grade-outside-scheme', params: { gradingScheme: 'pass-fail' } },
        ],
      },
    })
    const finnish = await record(
      offeringId,
      { ...valid, grade: 'Hyväksytty', personId: learner.personId },
      assessor,
    )
    expect(finnish.json()).toMatchObject({ grade: 'pass' })
  })

  it('lets only assessors, registrars and admins record and read results', async () => {
    const offeringId = await offeringWith(graded, '1,Sanni Laine,learner@demo.osaamo.fi')
    const body = { ...valid, personId: learner.personId }
    expect((await record(offeringId, body, null)).statusCode).toBe(401)
    expect((await record(offeringId, body, learner)).statusCode).toBe(403)
    expect((await record(offeringId, body, designer)).statusCode).toBe(403)
    expect((await record(offeringId, { ...body, personId: 'x' }, assessor)).statusCode).toBe(400)
    const listed = await testApp.app.inject({
      method: 'GET',
      url: `/api/offerings/${offeringId}/results`,
      headers: { cookie: learner.cookie },
    })
    expect(listed.statusCode).toBe(403)
    expect((await importResults(offeringId, 'x', '', learner)).statusCode).toBe(403)
  })

  it('takes a self-enrolled learner’s student number from the results file, and refuses another one later', async () => {
    const created = await postOffering(testApp.app, registrar, graded.specificationId, {
      ...validOfferingBody,
      seatLimit: null,
    })
    const offeringId = created.json<{ id: string }>().id
    await transition(testApp.app, registrar, offeringId, 'open')
    const enrolled = await testApp.app.inject({
      method: 'POST',
      url: `/api/offerings/${offeringId}/enrolments`,
      headers: asPerson(learner),
    })
    expect(enrolled.json()).toMatchObject({ source: 'self', studentNumber: null })
    const header = 'student_number,name,email,course_code,grade,date,credits'
    const row = (number: string, grade: string) =>
      `${number},Sanni Laine,learner@demo.osaamo.fi,${validOfferingBody.courseCode},${grade},2026-11-20,5`
    const first = await importResults(offeringId, `${header}\n${row('2001', '4')}\n`)
    expect(first.statusCode, first.body).toBe(200)
    const enrolments = await testApp.app.inject({
      method: 'GET',
      url: `/api/offerings/${offeringId}/enrolments`,
      headers: asPerson(registrar),
    })
    expect(enrolments.json<{ items: { studentNumber: string | null }[] }>().items).toMatchObject([
      { studentNumber: '2001' },
    ])

    const other = await importResults(offeringId, `${header}\n${row('2002', '5')}\n`)
    expect(other.statusCode).toBe(400)
    expect(other.json()).toMatchObject({
      code: 'RESULT_IMPORT_INVALID',
      details: {
        problems: [
          {
            row: 2,
            path: 'student_number',
            code: 'student-number-mismatch',
            params: { studentNumber: '2002', expected: '2001' },
          },
        ],
      },
    })
    expect((await results(offeringId)).map((result) => result.grade)).toEqual(['4'])
  })

  it('imports the documented template with its English headers', async () => {
    const offeringId = await offeringWith(
      graded,
      [
        '100001,Sanni Laine,sanni.laine@example.fi',
        '100002,Pekka Uusi,pekka.uusi@example.fi',
        '100003,Maija Meikäläinen,maija.meikalainen@example.fi',
      ].join('\n'),
    )
    const response = await importResults(offeringId, await readFile(template, 'utf8'))
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ recorded: 3, skipped: [] })
    expect(await results(offeringId)).toEqual([
      expect.objectContaining({ grade: '5', credits: '5', source: 'import' }),
      expect.objectContaining({ grade: '3', credits: '5' }),
      expect.objectContaining({ grade: '0', credits: null }),
    ])
  })

  const finnishExport = [
    'opiskelijanumero,nimi,sahkoposti,opintojakson_tunnus,arvosana,paivamaara,opintopisteet',
    '1,Sanni Laine,learner@demo.osaamo.fi,KAA-OHJ-101,hyväksytty,27.11.2026,"2,5"',
    '2,Pekka Uusi,pekka@example.fi,KAA-OHJ-999,hylätty,2026-11-27,5',
    '3,Maija,maija@example.fi,KAA-OHJ-101,5,2026-12-24,5',
    '1,Sanni Laine,learner@demo.osaamo.fi,KAA-OHJ-101,pass,2026-11-27,5',
    '4,Outsider,outsider@example.fi,KAA-OHJ-101,pass,2026-11-27,5',
  ].join('\n')

  it('lists every row’s problems of a Finnish export at once and records nothing', async () => {
    const offeringId = await offeringWith(
      passFail,
      '1,Sanni Laine,learner@demo.osaamo.fi\n2,Pekka Uusi,pekka@example.fi\n3,Maija,maija@example.fi',
    )
    const response = await importResults(offeringId, finnishExport)
    expect(response.statusCode).toBe(400)
    const body = response.json<{
      code: string
      details: { problems: { row: number; path: string; code: string; params: object }[] }
    }>()
    expect(body.code).toBe('RESULT_IMPORT_INVALID')
    expect(body.details.problems.map(({ row, path, code }) => `${row}:${path}:${code}`)).toEqual([
      '3:course_code:course-code-mismatch',
      '4:grade:grade-outside-scheme',
      '4:date:assessment-date-in-future',
      '5:student_number:student-repeated',
      '5:email:student-repeated',
      '6:email:student-not-enrolled',
    ])
    expect(body.details.problems[0]?.params).toEqual({
      courseCode: 'KAA-OHJ-999',
      expected: 'KAA-OHJ-101',
    })
    expect(body.details.problems[5]?.params).toEqual({ emailAddress: 'outsider@example.fi' })
    expect(await results(offeringId)).toEqual([])
  })

  it('records the valid rows with skipInvalid and lists the skipped ones', async () => {
    const offeringId = await offeringWith(
      passFail,
      '1,Sanni Laine,learner@demo.osaamo.fi\n2,Pekka Uusi,pekka@example.fi\n3,Maija,maija@example.fi',
    )
    const response = await importResults(offeringId, finnishExport, '?skipInvalid=true')
    expect(response.statusCode).toBe(200)
    const body = response.json<{
      recorded: number
      skipped: { row: number; problems: { code: string; params: object }[] }[]
    }>()
    expect(body.recorded).toBe(1)
    expect(body.skipped.map((each) => each.row)).toEqual([3, 4, 5, 6])
    expect(body.skipped[0]?.problems).toEqual([
      {
        row: 3,
        path: 'course_code',
        code: 'course-code-mismatch',
        params: { courseCode: 'KAA-OHJ-999', expected: 'KAA-OHJ-101' },
        message: 'The course code "KAA-OHJ-999" is not this offering’s ("KAA-OHJ-101").',
      },
    ])
    expect(await results(offeringId)).toEqual([
      expect.objectContaining({ grade: 'pass', credits: '2.5', source: 'import' }),
    ])
  })

  it('stops at a missing column even with skipInvalid', async () => {
    const offeringId = await offeringWith(graded, '1,Sanni Laine,learner@demo.osaamo.fi')
    const response = await importResults(
      offeringId,
      'student_number,email,grade,date\n1,learner@demo.osaamo.fi,5,2026-11-27\n',
      '?skipInvalid=true',
    )
    expect(response.statusCode).toBe(400)
    expect(response.json()).toMatchObject({
      details: {
        problems: [
          {
            row: 1,
            path: 'course_code',
            code: 'column-missing',
            params: { column: 'course_code' },
          },
        ],
      },
    })
  })
})
