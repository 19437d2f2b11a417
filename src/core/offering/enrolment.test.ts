import { describe, expect, it } from 'vitest'
import { checkSelfEnrolment, fromEnrolmentCsv } from './enrolment.js'
import type { Offering } from './offering.js'

const offering: Offering = {
  id: 'o',
  organisationId: 'org',
  specificationId: 's',
  versionId: 'v',
  state: 'open',
  details: {
    startsOn: '2027-01-18',
    endsOn: '2027-03-12',
    enrolmentOpensAt: new Date('2026-12-01T00:00:00Z'),
    enrolmentClosesAt: new Date('2027-01-10T00:00:00Z'),
    seatLimit: undefined,
    priceCents: undefined,
    formOfParticipation: 'online',
    languageOfInstruction: 'fi',
    teachers: [],
    courseCode: undefined,
  },
  createdAt: new Date(0),
  updatedAt: new Date(0),
}

describe('checkSelfEnrolment', () => {
  it('allows enrolment from the moment the window opens until it closes', () => {
    expect(checkSelfEnrolment(offering, new Date('2026-12-01T00:00:00Z')).isAllowed).toBe(true)
    expect(checkSelfEnrolment(offering, new Date('2027-01-09T23:59:59Z')).isAllowed).toBe(true)
    expect(checkSelfEnrolment(offering, new Date('2027-01-10T00:00:00Z')).isAllowed).toBe(false)
    expect(checkSelfEnrolment(offering, new Date('2026-11-30T23:59:59Z')).isAllowed).toBe(false)
  })

  it('refuses an offering that is not open, whatever the time', () => {
    expect(
      checkSelfEnrolment({ ...offering, state: 'running' }, new Date('2026-12-05T00:00:00Z')),
    ).toEqual({
      isAllowed: false,
      reason: 'The offering is running; enrolment is possible only while it is open.',
    })
  })
})

describe('fromEnrolmentCsv', () => {
  it('reads rows with English or Finnish headers, addresses normalised', () => {
    expect(fromEnrolmentCsv('nimi,sahkoposti,opiskelijanumero\nMaija,MAIJA@x.fi,1\n')).toEqual({
      rows: [{ row: 2, studentNumber: '1', name: 'Maija', emailAddress: 'maija@x.fi' }],
      problems: [],
    })
  })

  it('reports unreadable CSV as a problem, not an exception', () => {
    const { problems } = fromEnrolmentCsv('student_number,name,email\n"1,A,a@x.fi\n')
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ code: 'csv-unreadable', path: '' })
    expect(problems[0]?.params.reason).toEqual(expect.any(String))
    expect(problems[0]?.message).toMatch(/^Not readable as CSV/)
  })

  it('reports a file with only a header', () => {
    expect(fromEnrolmentCsv('student_number,name,email\n').problems).toEqual([
      {
        row: 2,
        path: '',
        code: 'file-empty',
        params: {},
        message: 'The file has no rows below its header.',
      },
    ])
  })

  it('names unknown, missing and repeated columns on the header row', () => {
    const { problems } = fromEnrolmentCsv('student_number,name,name,phone\n1,A,A,0401\n')
    expect(problems.map(({ row, path, code, params }) => ({ row, path, code, params }))).toEqual([
      { row: 1, path: 'phone', code: 'column-unknown', params: { column: 'phone' } },
      { row: 1, path: 'name', code: 'column-repeated', params: { column: 'name' } },
      { row: 1, path: 'email', code: 'column-missing', params: { column: 'email' } },
    ])
  })

  it('gives each row problem its code, with the row it repeats', () => {
    const { rows, problems } = fromEnrolmentCsv(
      [
        'student_number,name,email',
        '1,Maija,maija@x.fi',
        '1,,MAIJA@x.fi',
        `,Matti,not-an-address`,
        `${'9'.repeat(41)},Liisa,liisa@x.fi`,
      ].join('\n'),
    )
    expect(rows.map((row) => row.row)).toEqual([2])
    expect(problems.map(({ row, path, code, params }) => ({ row, path, code, params }))).toEqual([
      { row: 3, path: 'student_number', code: 'student-number-repeated', params: { firstRow: 2 } },
      { row: 3, path: 'name', code: 'name-invalid', params: { min: 1, max: 200 } },
      { row: 3, path: 'email', code: 'email-repeated', params: { firstRow: 2 } },
      { row: 4, path: 'student_number', code: 'student-number-missing', params: {} },
      { row: 4, path: 'email', code: 'email-invalid', params: {} },
      { row: 5, path: 'student_number', code: 'student-number-too-long', params: { max: 40 } },
    ])
    expect(problems[0]?.message).toBe('The same student number is on row 2.')
  })
})
