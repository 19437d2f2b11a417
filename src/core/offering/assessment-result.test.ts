import { describe, expect, it } from 'vitest'
import { checkResultInput, fromResultCsv, toIsoDate, toSchemeGrade } from './assessment-result.js'

describe('toSchemeGrade', () => {
  it('takes 0–5 on the 0–5 scale and nothing else', () => {
    expect(['0', '5', ' 3 '].map((grade) => toSchemeGrade('0-5', grade))).toEqual(['0', '5', '3'])
    expect(['6', '-1', '2.5', 'pass'].map((grade) => toSchemeGrade('0-5', grade))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ])
  })

  it('takes pass/fail in English and Finnish, also without a scheme', () => {
    expect(toSchemeGrade('pass-fail', 'Hyväksytty')).toBe('pass')
    expect(toSchemeGrade('pass-fail', 'HYLÄTTY')).toBe('fail')
    expect(toSchemeGrade(undefined, 'pass')).toBe('pass')
    expect(toSchemeGrade('pass-fail', '5')).toBeUndefined()
  })
})

describe('toIsoDate', () => {
  it('reads ISO and Finnish dates and refuses impossible ones', () => {
    expect(toIsoDate('2026-11-20')).toBe('2026-11-20')
    expect(toIsoDate('1.2.2027')).toBe('2027-02-01')
    expect(toIsoDate('30.2.2027')).toBeUndefined()
    expect(toIsoDate('2027/02/01')).toBeUndefined()
  })
})

describe('checkResultInput', () => {
  it('accepts the assessment day itself but not the next', () => {
    const input = {
      grade: '3',
      assessedOn: '2026-11-28',
      supervision: 'supervised-no-id-verification',
    }
    expect(checkResultInput(input, '0-5', '2026-11-28').isValid).toBe(true)
    expect(checkResultInput(input, '0-5', '2026-11-27')).toEqual({
      isValid: false,
      problems: [
        {
          path: 'assessedOn',
          code: 'assessment-date-in-future',
          params: { date: '2026-11-28' },
          message: 'The assessment date 2026-11-28 is in the future.',
        },
      ],
    })
  })

  it('reports every problem with its code, the scheme and the allowed levels as parameters', () => {
    const result = checkResultInput(
      {
        grade: '7',
        assessedOn: '31.2.2026',
        supervision: 'proctored',
        evidence: ['http://example.fi/work'],
      },
      undefined,
      '2026-11-28',
    )
    expect(result.isValid ? [] : result.problems.map(({ message: _, ...rest }) => rest)).toEqual([
      {
        path: 'grade',
        code: 'grade-outside-scheme',
        params: { grade: '7', gradingScheme: 'pass-fail' },
      },
      { path: 'assessedOn', code: 'assessment-date-invalid', params: {} },
      {
        path: 'supervision',
        code: 'supervision-unknown',
        params: {
          value: 'proctored',
          allowed: expect.stringContaining('supervised-no-id-verification'),
        },
      },
      { path: 'evidence/0', code: 'evidence-not-https', params: {} },
    ])
    expect(result.isValid ? '' : result.problems[0]?.message).toBe(
      'The grade "7" is outside the specification’s scheme; give pass or fail (hyväksytty or hylätty).',
    )
  })
})

describe('fromResultCsv', () => {
  const context = { courseCode: 'ABC', gradingScheme: '0-5', today: '2026-11-28' }

  it('holds every row to the offering’s course code', () => {
    const { rows } = fromResultCsv(
      'student_number,email,course_code,grade,date\n1,a@x.fi,ABC,5,2026-11-01\n',
      { ...context, courseCode: undefined },
    )
    expect(rows[0]?.problems.map(({ path, code }) => `${path}:${code}`)).toEqual([
      'course_code:course-code-not-set',
    ])
  })

  it('gives each row problem its code and the values its message fills in', () => {
    const { rows } = fromResultCsv(
      [
        'student_number,email,course_code,grade,date,credits',
        '1,a@x.fi,ABC,5,1.11.2026,5',
        '1,,XYZ,6,2026-12-01,lots',
      ].join('\n'),
      context,
    )
    expect(rows[0]?.problems).toEqual([])
    expect(
      rows[1]?.problems.map(({ row, path, code, params }) => ({ row, path, code, params })),
    ).toEqual([
      { row: 3, path: 'email', code: 'email-missing', params: {} },
      { row: 3, path: 'student_number', code: 'student-repeated', params: { firstRow: 2 } },
      {
        row: 3,
        path: 'course_code',
        code: 'course-code-mismatch',
        params: { courseCode: 'XYZ', expected: 'ABC' },
      },
      {
        row: 3,
        path: 'grade',
        code: 'grade-outside-scheme',
        params: { grade: '6', gradingScheme: '0-5' },
      },
      { row: 3, path: 'date', code: 'assessment-date-in-future', params: { date: '2026-12-01' } },
      { row: 3, path: 'credits', code: 'credits-invalid', params: {} },
    ])
    expect(rows[1]?.problems[3]?.message).toBe(
      'The grade "6" is outside the specification’s scheme; give a whole number from 0 to 5.',
    )
  })
})
