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

  it('reports every problem at once, each with its field', () => {
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
    const paths = result.isValid ? [] : result.problems.map((problem) => problem.path)
    expect(paths).toEqual([
      'startsOn',
      'enrolmentOpensAt',
      'enrolmentClosesAt',
      'seatLimit',
      'priceCents',
      'formOfParticipation',
      'languageOfInstruction',
      'teachers/0',
      'courseCode',
    ])
  })

  it('refuses an end before the start and a window that closes before it opens or after the end', () => {
    const result = parseOfferingInput({
      ...valid,
      endsOn: '2027-01-17',
      enrolmentClosesAt: '2026-11-30T00:00:00Z',
    })
    expect(result.isValid ? [] : result.problems.map((problem) => problem.path)).toEqual([
      'endsOn',
      'enrolmentClosesAt',
    ])
    const late = parseOfferingInput({ ...valid, enrolmentClosesAt: '2027-03-13T00:00:00Z' })
    expect(late.isValid ? [] : late.problems.map((problem) => problem.message)).toEqual([
      'Enrolment must close by the last day of the offering.',
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
