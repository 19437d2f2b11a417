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
        { path: 'assessedOn', message: 'The assessment date 2026-11-28 is in the future.' },
      ],
    })
  })
})

describe('fromResultCsv', () => {
  it('holds every row to the offering’s course code', () => {
    const { rows } = fromResultCsv(
      'student_number,email,course_code,grade,date\n1,a@x.fi,ABC,5,2026-11-01\n',
      { courseCode: undefined, gradingScheme: '0-5', today: '2026-11-28' },
    )
    expect(rows[0]?.problems.map((problem) => problem.path)).toEqual(['course_code'])
  })
})
