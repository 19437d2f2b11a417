import { describe, expect, it } from 'vitest'
import { passingGradesOf } from './grades.js'

describe('passing grades', () => {
  it('passes 1–5 on the 0–5 scale and never 0', () => {
    expect(passingGradesOf('0-5')).toEqual(['1', '2', '3', '4', '5'])
  })

  it('passes "pass" on pass/fail, and when a specification names no scheme', () => {
    expect(passingGradesOf('pass-fail')).toEqual(['pass'])
    expect(passingGradesOf(undefined)).toEqual(['pass'])
  })
})
