import { describe, expect, it } from 'vitest'
import { isCalendarDate, parseOfferingInput, toOfferingInput } from './offering.js'
import { planOfferingTransition } from './offering-lifecycle.js'

const valid = {
  startsOn: '2027-01-18',
  endsOn: '2027-03-12',
  enrolmentOpensAt: '2026-12-01T08:00:00+02:00',
  enrolmentClosesAt: '2027-01-10T23:59:00+02:00',
  seatLimit: 30,
  priceCents: 12000,
  formOfParticipation: 'online',
  languageOfInstruction: 'fi',
  teachers: [' Tuula Teacher '],
  courseCode: 'KAA-OHJ-101',
}

describe('parseOfferingInput', () => {
  it('returns typed details for valid input, names trimmed', () => {
    const result = parseOfferingInput(valid)
    expect(result).toMatchObject({
      isValid: true,
      details: {
        enrolmentOpensAt: new Date('2026-12-01T06:00:00.000Z'),
        teachers: ['Tuula Teacher'],
        seatLimit: 30,
      },
    })
  })

  it('reports every problem at once, each with its field, code and parameters', () => {
    const result = parseOfferingInput({
      startsOn: '2027-02-30',
      endsOn: '2027-01-01',
      enrolmentOpensAt: 'tomorrow',
      seatLimit: 0,
      priceCents: -5,
      formOfParticipation: 'by-post',
      languageOfInstruction: 'Finnish',
      teachers: [''],
      courseCode: ' bad code ',
    })
    expect(result.isValid).toBe(false)
    const found = result.isValid
      ? []
      : result.problems.map(({ path, code, params }) => ({ path, code, params }))
    expect(found).toEqual([
      { path: 'startsOn', code: 'date-invalid', params: {} },
      { path: 'enrolmentOpensAt', code: 'date-time-invalid', params: {} },
      { path: 'enrolmentClosesAt', code: 'date-time-missing', params: {} },
      { path: 'seatLimit', code: 'seat-limit-invalid', params: { min: 1 } },
      { path: 'priceCents', code: 'price-invalid', params: { min: 0, max: 100_000_000 } },
      {
        path: 'formOfParticipation',
        code: 'form-of-participation-unknown',
        params: {
          value: 'by-post',
          allowed: 'online, blended, presential, work-based, project-based, research-lab-based',
        },
      },
      { path: 'languageOfInstruction', code: 'language-invalid', params: { value: 'Finnish' } },
      { path: 'teachers/0', code: 'teacher-name-invalid', params: { min: 1, max: 200 } },
      { path: 'courseCode', code: 'course-code-invalid', params: { max: 40 } },
    ])
  })

  it('keeps the English message of each problem, with its parameters filled in', () => {
    const result = parseOfferingInput({ ...valid, seatLimit: 0, formOfParticipation: 'by-post' })
    expect(result.isValid ? [] : result.problems.map((problem) => problem.message)).toEqual([
      'Seats must be a whole number of at least 1, or left out for no limit.',
      'Unknown form of participation "by-post"; use one of online, blended, presential, work-based, project-based, research-lab-based.',
    ])
  })

  it('refuses an end before the start and a window that closes before it opens or after the end', () => {
    const result = parseOfferingInput({
      ...valid,
      endsOn: '2027-01-17',
      enrolmentClosesAt: '2026-11-30T00:00:00Z',
    })
    expect(
      result.isValid ? [] : result.problems.map((problem) => `${problem.path}:${problem.code}`),
    ).toEqual([
      'endsOn:offering-ends-before-start',
      'enrolmentClosesAt:enrolment-closes-before-opening',
    ])
    const late = parseOfferingInput({ ...valid, enrolmentClosesAt: '2027-03-13T00:00:00Z' })
    expect(late.isValid ? [] : late.problems).toEqual([
      {
        path: 'enrolmentClosesAt',
        code: 'enrolment-closes-after-end',
        params: { endsOn: '2027-03-12' },
        message: 'Enrolment must close by the last day of the offering (2027-03-12).',
      },
    ])
  })

  it('asks for the dates, form and language when they are missing', () => {
    const result = parseOfferingInput({})
    expect(
      result.isValid ? [] : result.problems.map((problem) => `${problem.path}:${problem.code}`),
    ).toEqual([
      'startsOn:date-missing',
      'endsOn:date-missing',
      'enrolmentOpensAt:date-time-missing',
      'enrolmentClosesAt:date-time-missing',
      'formOfParticipation:form-of-participation-missing',
      'languageOfInstruction:language-missing',
    ])
  })

  it('treats a missing seat limit, price and course code as none', () => {
    const result = parseOfferingInput({
      ...valid,
      seatLimit: null,
      priceCents: null,
      courseCode: '',
    })
    expect(result).toMatchObject({
      isValid: true,
      details: { seatLimit: undefined, priceCents: undefined, courseCode: undefined },
    })
  })

  it('round-trips through toOfferingInput', () => {
    const first = parseOfferingInput(valid)
    if (!first.isValid) {
      throw new Error('expected valid')
    }
    expect(parseOfferingInput(toOfferingInput(first.details))).toEqual(first)
  })
})

describe('isCalendarDate', () => {
  it('accepts real dates and refuses impossible ones', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true)
    expect(isCalendarDate('2027-02-29')).toBe(false)
    expect(isCalendarDate('2027-1-01')).toBe(false)
  })
})

describe('planOfferingTransition', () => {
  it('goes planned → open → running → closed', () => {
    expect(planOfferingTransition('planned', 'open')).toEqual({ isAllowed: true, to: 'open' })
    expect(planOfferingTransition('open', 'start')).toEqual({ isAllowed: true, to: 'running' })
    expect(planOfferingTransition('running', 'close')).toEqual({ isAllowed: true, to: 'closed' })
  })

  it('refuses a step that does not fit, with the reason', () => {
    expect(planOfferingTransition('planned', 'start')).toEqual({
      isAllowed: false,
      reason: 'An offering that is planned cannot start; start needs it open.',
    })
    expect(planOfferingTransition('closed', 'open').isAllowed).toBe(false)
    expect(planOfferingTransition('closed', 'close').isAllowed).toBe(false)
  })
})
