import { describe, expect, it } from 'vitest'
import { specificationIdsOf, validateStackDefinition } from './stack.js'

const specA = '00000000-0000-4000-8000-00000000000a'
const specB = '00000000-0000-4000-8000-00000000000b'
const skill = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d'

const valid = {
  name: { fi: 'Ohjelmistokehityksen perusteet', en: 'Software development basics' },
  description: { en: 'Three short courses.' },
  rules: {
    parts: [
      { kind: 'specification', specificationId: specA },
      { kind: 'any-of', count: 1, specificationIds: [specA, specB] },
      { kind: 'skill', skillUri: skill, minimumEqfLevel: 6 },
    ],
    minimumEcts: 10,
    levelRules: [{ minimumEqfLevel: 6, minimumEcts: 5 }],
    maximumAgeMonths: 60,
    acceptedIssuers: ['did:web:pohjanranta.example', 'https://issuer.example/profile'],
  },
}

function codesOf(input: unknown) {
  const result = validateStackDefinition(input)
  return result.isValid ? [] : result.problems.map((problem) => `${problem.path} ${problem.code}`)
}

describe('validateStackDefinition', () => {
  it('accepts a complete definition and fills what was left out', () => {
    const result = validateStackDefinition(valid)
    expect(result.isValid).toBe(true)
    if (!result.isValid) {
      return
    }
    expect(result.definition.rules.parts[2]).toEqual({
      kind: 'skill',
      skillUri: skill,
      minimumEqfLevel: 6,
      count: 1,
    })
    expect(result.definition.rules.minimumEqfLevel).toBeUndefined()
    expect(specificationIdsOf(result.definition.rules)).toEqual([specA, specB])
  })

  it('reports every problem at once', () => {
    expect(
      codesOf({
        name: { fi: '  ' },
        rules: {
          parts: [
            { kind: 'course' },
            { kind: 'specification', specificationId: 'not-an-id' },
            { kind: 'any-of', count: 3, specificationIds: [specA, specB] },
            { kind: 'any-of', count: 1, specificationIds: [specA, specA] },
            { kind: 'skill', skillUri: 'https://example.com/skill', minimumEqfLevel: 9, count: 0 },
          ],
          minimumEcts: -1,
          minimumEqfLevel: 2.5,
          maximumAgeMonths: 0,
          levelRules: [{ minimumEqfLevel: 0, minimumEcts: 0 }],
          acceptedIssuers: ['pohjanranta'],
        },
      }),
    ).toEqual([
      'name name-missing',
      'rules.parts.0.kind part-kind-unknown',
      'rules.parts.1.specificationId specification-id-invalid',
      'rules.parts.2.count count-invalid',
      'rules.parts.3.specificationIds specification-listed-twice',
      'rules.parts.4.skillUri skill-uri-invalid',
      'rules.parts.4.minimumEqfLevel eqf-level-invalid',
      'rules.parts.4.count count-invalid',
      'rules.minimumEcts ects-invalid',
      'rules.minimumEqfLevel eqf-level-invalid',
      'rules.maximumAgeMonths months-invalid',
      'rules.levelRules.0.minimumEqfLevel eqf-level-invalid',
      'rules.levelRules.0.minimumEcts ects-invalid',
      'rules.acceptedIssuers.0 issuer-invalid',
    ])
  })

  it('refuses a stack without parts', () => {
    expect(codesOf({ ...valid, rules: { ...valid.rules, parts: [] } })).toEqual([
      'rules.parts parts-missing',
    ])
  })

  it('refuses what is not an object', () => {
    expect(codesOf('stack')).toEqual([' not-an-object'])
    expect(codesOf(null)).toEqual([' not-an-object'])
  })

  it('refuses a text in a language Osaamo does not have', () => {
    expect(codesOf({ ...valid, name: { de: 'Grundlagen' } })).toEqual(['name.de text-invalid'])
  })

  it('accepts the EQF level and the months at their limits', () => {
    const result = validateStackDefinition({
      ...valid,
      rules: { ...valid.rules, minimumEqfLevel: 8, maximumAgeMonths: 600, minimumEcts: 0 },
    })
    expect(result.isValid).toBe(true)
  })
})
