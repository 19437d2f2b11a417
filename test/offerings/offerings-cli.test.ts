import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDatabases } from '../support/test-databases.js'
import { osaamo, publishedDemoSpecificationId, useDatabase } from './cli-support.js'

describe.each(testDatabases)('the offerings commands on the $name database', (database) => {
  let tearDown: (() => Promise<void>) | undefined
  let specificationId: string
  let offeringId: string
  let directory: string

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'osaamo-enrolments-'))
    tearDown = await useDatabase(database)
    expect((await osaamo('demo')).exitCode).toBe(0)
    specificationId = await publishedDemoSpecificationId()
  })
  afterAll(async () => {
    await tearDown?.()
    await rm(directory, { recursive: true, force: true })
  })

  it('plans an offering from options', async () => {
    const created = await osaamo(
      'offerings',
      'create',
      '--specification',
      specificationId,
      '--starts-on',
      '2027-01-18',
      '--ends-on',
      '2027-03-12',
      '--enrolment-opens-at',
      '2026-11-01T08:00:00+02:00',
      '--enrolment-closes-at',
      '2027-01-10T23:59:00+02:00',
      '--seat-limit',
      '25',
      '--form-of-participation',
      'online',
      '--language-of-instruction',
      'fi',
      '--teacher',
      'Tuula Opettaja',
      '--teacher',
      'Ville Vierailija',
      '--course-code',
      'KAA-OHJ-101',
    )
    expect(created.err).toBe('')
    expect(created.exitCode).toBe(0)
    const match =
      /Planned the offering ([0-9a-f-]{36}): planned, 2027-01-18–2027-03-12, 25 seats, KAA-OHJ-101\./.exec(
        created.out,
      )
    expect(match).not.toBeNull()
    offeringId = match?.[1] ?? ''
  })

  it('lists every problem under the option it came from, with exit 1', async () => {
    const refused = await osaamo(
      'offerings',
      'create',
      '--specification',
      specificationId,
      '--starts-on',
      '2027-13-01',
      '--form-of-participation',
      'by-post',
    )
    expect(refused.exitCode).toBe(1)
    for (const option of [
      '--starts-on',
      '--ends-on',
      '--enrolment-opens-at',
      '--enrolment-closes-at',
      '--form-of-participation',
      '--language-of-instruction',
    ]) {
      expect(refused.err).toContain(`${option}: `)
    }
  })

  it('exits 2 for a seat limit that is not a number', async () => {
    const refused = await osaamo(
      'offerings',
      'create',
      '--specification',
      specificationId,
      '--seat-limit',
      'many',
    )
    expect(refused.exitCode).toBe(2)
  })

  it('opens, starts and closes the offering, refusing a step out of order', async () => {
    expect((await osaamo('offerings', 'start', offeringId)).exitCode).toBe(1)
    expect((await osaamo('offerings', 'open', offeringId)).out).toBe(
      `The offering ${offeringId} is open.`,
    )
    const csv = join(directory, 'enrolments.csv')
    await writeFile(
      csv,
      'student_number,name,email\n100001,Pekka Uusi,pekka@example.fi\n100002,Sanni Laine,learner@demo.osaamo.fi\n',
    )
    const imported = await osaamo('enrolments', 'import', '--offering', offeringId, csv)
    expect(imported.err).toBe('')
    expect(imported.out).toBe('Enrolled 2 person(s) (1 new); 0 were enrolled already.')
    await writeFile(csv, 'student_number,name,email\n,Nobody,not-an-address\n')
    const refused = await osaamo('enrolments', 'import', '--offering', offeringId, csv)
    expect(refused.exitCode).toBe(1)
    expect(refused.err).toContain('row 2, student_number: Give the student number.')
    expect(refused.err).toContain('row 2, email: Give an e-mail address')
    expect(refused.err).not.toContain('--email')
    expect(
      (await osaamo('enrolments', 'import', '--offering', offeringId, join(directory, 'none.csv')))
        .exitCode,
    ).toBe(2)
    const results = join(directory, 'results.csv')
    await writeFile(
      results,
      [
        'opiskelijanumero,nimi,sahkoposti,opintojakson_tunnus,arvosana,paivamaara,opintopisteet',
        '100001,Pekka Uusi,pekka@example.fi,KAA-OHJ-101,4,20.11.2026,5',
        '100002,Sanni Laine,learner@demo.osaamo.fi,KAA-OHJ-999,9,2026-11-20,5',
      ].join('\n'),
    )
    const strict = await osaamo('results', 'import', '--offering', offeringId, results)
    expect(strict.exitCode).toBe(1)
    expect(strict.err).toContain('row 3, course_code: The course code "KAA-OHJ-999"')
    const lenient = await osaamo(
      'results',
      'import',
      '--offering',
      offeringId,
      '--skip-invalid',
      results,
    )
    expect(lenient.exitCode).toBe(0)
    expect(lenient.out).toContain('Recorded 1 result(s); skipped 1 row(s).')
    expect(lenient.out).toContain('  row 3, grade: The grade "9" is outside')
    expect((await osaamo('offerings', 'start', offeringId)).out).toBe(
      `The offering ${offeringId} is running.`,
    )
    // The demo data has offerings of its own; this one is listed among them.
    const listed = await osaamo('offerings', 'list', '--org', 'kaarnala-open')
    expect(listed.out.split('\n')).toContain(
      `${offeringId}  running, 2027-01-18–2027-03-12, 25 seats, KAA-OHJ-101`,
    )
    expect((await osaamo('offerings', 'close', offeringId)).out).toBe(
      `The offering ${offeringId} is closed.`,
    )
  })

  it('answers exit 1 for an unknown offering', async () => {
    const refused = await osaamo('offerings', 'open', '00000000-0000-4000-8000-999999999999')
    expect(refused.exitCode).toBe(1)
    expect(refused.err).toContain('No such offering.')
  })
})
