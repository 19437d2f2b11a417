import { describe, expect, it } from 'vitest'
import { parseCompetenceNeedInput, toCompetenceNeedInput } from './competence-need.js'

const skillUri = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d'
const valid = {
  title: 'Python developers for test automation',
  description: 'We need people who write and test Python.',
  skillUris: [skillUri, skillUri],
  peopleCount: 5,
  region: 'Pirkanmaa',
  startsOn: '2027-01-01',
  endsOn: '2027-06-30',
  visibility: 'public',
}

describe('parseCompetenceNeedInput', () => {
  it('accepts a complete need and keeps a repeated skill once', () => {
    const parsed = parseCompetenceNeedInput(valid)
    expect(parsed.isValid).toBe(true)
    expect(parsed.isValid && parsed.input.skillUris).toEqual([skillUri])
  })

  it('reports every problem at once, each with its path and code', () => {
    const parsed = parseCompetenceNeedInput({
      title: ' ',
      skillUris: ['python', skillUri],
      occupationUri: 'http://example.org/job',
      peopleCount: 0,
      region: '',
      startsOn: '2027-02-30',
      endsOn: undefined,
      visibility: 'everyone',
    })
    expect(parsed.isValid).toBe(false)
    expect(
      parsed.isValid ? [] : parsed.problems.map(({ path, code }) => `${path}:${code}`),
    ).toEqual([
      'title:title-invalid',
      'skillUris/0:skill-uri-invalid',
      'occupationUri:occupation-uri-invalid',
      'peopleCount:people-count-invalid',
      'region:region-invalid',
      'startsOn:date-invalid',
      'endsOn:date-missing',
      'visibility:visibility-unknown',
    ])
  })

  it('asks for skills or an occupation', () => {
    const parsed = parseCompetenceNeedInput({ ...valid, skillUris: [] })
    expect(parsed.isValid ? [] : parsed.problems.map((problem) => problem.code)).toEqual([
      'skills-missing',
    ])
  })

  it('refuses a time frame that ends before it starts', () => {
    const parsed = parseCompetenceNeedInput({ ...valid, endsOn: '2026-12-31' })
    expect(parsed.isValid ? [] : parsed.problems).toEqual([
      {
        path: 'endsOn',
        code: 'need-ends-before-start',
        params: {},
        message: 'The time frame cannot end before it starts.',
      },
    ])
  })

  it('gives back the partner’s own skills, not the occupation’s, as input', () => {
    const input = toCompetenceNeedInput({
      title: 't',
      description: '',
      occupationUri: undefined,
      skills: [
        { uri: 'a', preferredLabel: 'A', source: 'chosen' },
        { uri: 'b', preferredLabel: 'B', source: 'occupation' },
      ],
      peopleCount: 1,
      region: 'r',
      startsOn: '2027-01-01',
      endsOn: '2027-01-01',
      visibility: 'institutions',
    })
    expect(input.skillUris).toEqual(['a'])
  })
})
