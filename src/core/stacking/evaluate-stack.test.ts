import { describe, expect, it } from 'vitest'
import { evaluateStack, monthsBefore } from './evaluate-stack.js'
import type { StackRules } from './stack.js'
import type { StackableCredential } from './stackable-credential.js'

const now = new Date('2026-11-28T10:00:00Z')
const own = 'did:web:osaamo.example:organisations:kaarnala'
const other = 'did:web:pohjanranta.example'
const specA = '00000000-0000-4000-8000-00000000000a'
const specB = '00000000-0000-4000-8000-00000000000b'
const specC = '00000000-0000-4000-8000-00000000000c'
const specD = '00000000-0000-4000-8000-00000000000d'
const skill = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d'

function rules(overrides: Partial<StackRules>): StackRules {
  return {
    parts: [],
    minimumEcts: undefined,
    minimumEqfLevel: undefined,
    levelRules: [],
    maximumAgeMonths: undefined,
    acceptedIssuers: [],
    ...overrides,
  }
}

function credential(id: string, overrides: Partial<StackableCredential> = {}): StackableCredential {
  return {
    kind: 'issued',
    id,
    name: id,
    issuerId: own,
    issuerName: 'Kaarnala',
    awardedAt: new Date('2026-06-01T00:00:00Z'),
    specificationId: undefined,
    achievementId: `https://osaamo.example/api/specification-versions/${id}`,
    skillUris: [],
    eqfLevel: 5,
    ects: 5,
    isVerified: true,
    ...overrides,
  }
}

function evaluate(stackRules: StackRules, held: StackableCredential[], context = {}) {
  return evaluateStack({ id: 'stack', rules: stackRules }, held, now, {
    ownIssuers: [own],
    ...context,
  })
}

describe('evaluateStack', () => {
  describe('named specifications', () => {
    it('fills each named part with a credential of that specification and completes', () => {
      const progress = evaluate(
        rules({
          parts: [
            { kind: 'specification', specificationId: specA },
            { kind: 'specification', specificationId: specB },
          ],
        }),
        [credential('a', { specificationId: specA }), credential('b', { specificationId: specB })],
      )
      expect(progress.parts.map((part) => part.filledBy)).toEqual([['a'], ['b']])
      expect(progress.isComplete).toBe(true)
      expect(progress.unmet).toEqual([])
      expect(progress.counted).toEqual(['a', 'b'])
    })

    it('lists a missing part with the specification as its option', () => {
      const progress = evaluate(
        rules({
          parts: [
            { kind: 'specification', specificationId: specA },
            { kind: 'specification', specificationId: specB },
          ],
        }),
        [credential('a', { specificationId: specA })],
      )
      expect(progress.isComplete).toBe(false)
      expect(progress.unmet).toEqual(['parts-missing'])
      expect(progress.parts[1]).toMatchObject({ isDone: false, missing: 1, options: [specB] })
      expect(progress.parts[0]?.options).toEqual([])
    })

    it('is not complete with no credentials at all', () => {
      const progress = evaluate(
        rules({ parts: [{ kind: 'specification', specificationId: specA }] }),
        [],
      )
      expect(progress.isComplete).toBe(false)
      expect(progress.counted).toEqual([])
    })
  })

  describe('any N of these', () => {
    const anyTwo = rules({
      parts: [{ kind: 'any-of', count: 2, specificationIds: [specA, specB, specC] }],
    })

    it('needs N different specifications', () => {
      const progress = evaluate(anyTwo, [
        credential('a', { specificationId: specA }),
        credential('c', { specificationId: specC }),
      ])
      expect(progress.parts[0]?.filledBy).toEqual(['a', 'c'])
      expect(progress.isComplete).toBe(true)
    })

    it('does not count two credentials of one specification twice', () => {
      const progress = evaluate(anyTwo, [
        credential('a1', { specificationId: specA, awardedAt: new Date('2026-01-01T00:00:00Z') }),
        credential('a2', { specificationId: specA }),
      ])
      expect(progress.parts[0]).toMatchObject({
        filledBy: ['a2'],
        missing: 1,
        options: [specB, specC],
      })
      expect(progress.counted).toEqual(['a2'])
      expect(progress.isComplete).toBe(false)
    })

    it('fills with one of N and reports the others as options', () => {
      const progress = evaluate(anyTwo, [credential('b', { specificationId: specB })])
      expect(progress.parts[0]).toMatchObject({
        filledBy: ['b'],
        missing: 1,
        options: [specA, specC],
      })
    })
  })

  describe('one credential fills one part', () => {
    it('finds the assignment that fills both parts when a greedy one would not', () => {
      // Part 1 accepts A or B, part 2 only A: the newest-first greedy choice gives A to part 1.
      const progress = evaluate(
        rules({
          parts: [
            { kind: 'any-of', count: 1, specificationIds: [specA, specB] },
            { kind: 'specification', specificationId: specA },
          ],
        }),
        [
          credential('a', { specificationId: specA, awardedAt: new Date('2026-10-01T00:00:00Z') }),
          credential('b', { specificationId: specB, awardedAt: new Date('2026-01-01T00:00:00Z') }),
        ],
      )
      expect(progress.parts.map((part) => part.filledBy)).toEqual([['b'], ['a']])
      expect(progress.isComplete).toBe(true)
    })

    it('does not let one credential fill two parts that both fit it', () => {
      const progress = evaluate(
        rules({
          parts: [
            { kind: 'specification', specificationId: specA },
            { kind: 'skill', skillUri: skill, minimumEqfLevel: undefined, count: 1 },
          ],
        }),
        [credential('a', { specificationId: specA, skillUris: [skill] })],
      )
      expect(progress.parts.filter((part) => part.isDone)).toHaveLength(1)
      const missing = progress.parts.find((part) => !part.isDone)
      expect(missing?.usedElsewhere).toEqual([
        { credentialId: 'a', partIndex: progress.parts.find((part) => part.isDone)?.index },
      ])
      expect(progress.isComplete).toBe(false)
    })

    it('gives the same assignment whatever the order of the credentials', () => {
      const stack = rules({
        parts: [
          { kind: 'any-of', count: 2, specificationIds: [specA, specB, specC] },
          { kind: 'specification', specificationId: specC },
        ],
      })
      const held = [
        credential('a', { specificationId: specA }),
        credential('b', { specificationId: specB }),
        credential('c', { specificationId: specC }),
      ]
      const forward = evaluate(stack, held)
      const backward = evaluate(stack, [...held].reverse())
      expect(backward.parts).toEqual(forward.parts)
      expect(forward.parts.map((part) => part.filledBy)).toEqual([['a', 'b'], ['c']])
    })
  })

  describe('skill parts', () => {
    const skillAtSix = rules({
      parts: [{ kind: 'skill', skillUri: skill, minimumEqfLevel: 6, count: 1 }],
    })

    it('accepts a credential with the skill at exactly the EQF threshold', () => {
      const progress = evaluate(skillAtSix, [credential('x', { skillUris: [skill], eqfLevel: 6 })])
      expect(progress.parts[0]?.filledBy).toEqual(['x'])
      expect(progress.isComplete).toBe(true)
    })

    it('refuses a credential with the skill one level below', () => {
      const progress = evaluate(skillAtSix, [credential('x', { skillUris: [skill], eqfLevel: 5 })])
      expect(progress.parts[0]?.filledBy).toEqual([])
    })

    it('refuses a credential whose level is not stated when the part asks for one', () => {
      const progress = evaluate(skillAtSix, [
        credential('x', { skillUris: [skill], eqfLevel: undefined }),
      ])
      expect(progress.parts[0]?.isDone).toBe(false)
    })

    it('refuses a credential without the skill', () => {
      const progress = evaluate(skillAtSix, [credential('x', { eqfLevel: 7 })])
      expect(progress.parts[0]?.isDone).toBe(false)
    })

    it('offers published specifications with the skill at the level, not those held or below', () => {
      const progress = evaluate(
        skillAtSix,
        [credential('held', { specificationId: specA, skillUris: [skill], eqfLevel: 5 })],
        {
          offeredSpecifications: [
            { specificationId: specA, skillUris: [skill], eqfLevel: 6 },
            { specificationId: specB, skillUris: [skill], eqfLevel: 6 },
            { specificationId: specC, skillUris: [skill], eqfLevel: 5 },
            { specificationId: specD, skillUris: [], eqfLevel: 7 },
          ],
        },
      )
      expect(progress.parts[0]?.options).toEqual([specB])
    })
  })

  describe('accepted issuers and verification', () => {
    const anySkill = rules({
      parts: [{ kind: 'skill', skillUri: skill, minimumEqfLevel: undefined, count: 1 }],
    })

    it('does not count another institution’s credential unless its issuer is accepted', () => {
      const held = [credential('x', { kind: 'imported', issuerId: other, skillUris: [skill] })]
      const refused = evaluate(anySkill, held)
      expect(refused.parts[0]?.notCounted).toEqual([
        { credentialId: 'x', reasons: ['issuer-not-accepted'] },
      ])
      expect(refused.isComplete).toBe(false)
      const accepted = evaluate({ ...anySkill, acceptedIssuers: [other] }, held)
      expect(accepted.isComplete).toBe(true)
    })

    it('does not count an imported credential that did not verify, even from an accepted issuer', () => {
      const progress = evaluate({ ...anySkill, acceptedIssuers: [other] }, [
        credential('x', {
          kind: 'imported',
          issuerId: other,
          skillUris: [skill],
          isVerified: false,
        }),
      ])
      expect(progress.notCounted).toEqual([{ credentialId: 'x', reasons: ['not-verified'] }])
      expect(progress.isComplete).toBe(false)
    })

    it('does not count a credential that names no issuer', () => {
      const progress = evaluate(anySkill, [
        credential('x', { issuerId: undefined, skillUris: [skill] }),
      ])
      expect(progress.notCounted[0]?.reasons).toEqual(['issuer-not-accepted'])
    })
  })

  describe('maximum age', () => {
    const recent = rules({
      parts: [{ kind: 'specification', specificationId: specA }],
      maximumAgeMonths: 24,
    })

    it('counts a credential awarded exactly at the oldest allowed moment', () => {
      const progress = evaluate(recent, [
        credential('a', { specificationId: specA, awardedAt: new Date('2024-11-28T10:00:00Z') }),
      ])
      expect(progress.oldestAllowed).toEqual(new Date('2024-11-28T10:00:00Z'))
      expect(progress.isComplete).toBe(true)
    })

    it('does not count one awarded a millisecond earlier', () => {
      const progress = evaluate(recent, [
        credential('a', {
          specificationId: specA,
          awardedAt: new Date('2024-11-28T09:59:59.999Z'),
        }),
      ])
      expect(progress.parts[0]?.notCounted).toEqual([{ credentialId: 'a', reasons: ['too-old'] }])
      expect(progress.isComplete).toBe(false)
    })

    it('does not count one that says nothing of when it was awarded', () => {
      const progress = evaluate(recent, [
        credential('a', { specificationId: specA, awardedAt: undefined }),
      ])
      expect(progress.notCounted[0]?.reasons).toEqual(['award-date-unknown'])
    })

    it('ignores the award date when the stack has no maximum age', () => {
      const progress = evaluate({ ...recent, maximumAgeMonths: undefined }, [
        credential('a', { specificationId: specA, awardedAt: new Date('2001-01-01T00:00:00Z') }),
      ])
      expect(progress.isComplete).toBe(true)
      expect(progress.oldestAllowed).toBeUndefined()
    })
  })

  describe('credits and levels', () => {
    const twoOfThree = (overrides: Partial<StackRules>) =>
      rules({
        parts: [{ kind: 'any-of', count: 2, specificationIds: [specA, specB, specC] }],
        ...overrides,
      })
    const held = [
      credential('a', { specificationId: specA, ects: 5, eqfLevel: 5 }),
      credential('b', { specificationId: specB, ects: 2.5, eqfLevel: 6 }),
      credential('c', { specificationId: specC, ects: 3, eqfLevel: 6 }),
    ]

    it('adds the credits of every counting credential that fits a part, beyond the N needed', () => {
      const progress = evaluate(twoOfThree({ minimumEcts: 10.5 }), held)
      expect(progress.counted).toHaveLength(3)
      expect(progress.ects).toEqual({ minimum: 10.5, achieved: 10.5, isMet: true })
      expect(progress.isComplete).toBe(true)
    })

    it('is not complete one credit short of the minimum, though every part is done', () => {
      const progress = evaluate(twoOfThree({ minimumEcts: 11.5 }), held)
      expect(progress.parts.every((part) => part.isDone)).toBe(true)
      expect(progress.unmet).toEqual(['ects-below-minimum'])
      expect(progress.isComplete).toBe(false)
    })

    it('counts no credits from a credential that fits no part', () => {
      const progress = evaluate(twoOfThree({ minimumEcts: 10 }), [
        ...held.slice(0, 2),
        credential('d', { specificationId: specD, ects: 30 }),
      ])
      expect(progress.ects.achieved).toBe(7.5)
    })

    it('adds decimal credits exactly', () => {
      const progress = evaluate(
        rules({
          parts: [{ kind: 'any-of', count: 2, specificationIds: [specA, specB] }],
          minimumEcts: 0.3,
        }),
        [
          credential('a', { specificationId: specA, ects: 0.1 }),
          credential('b', { specificationId: specB, ects: 0.2 }),
        ],
      )
      expect(progress.ects.achieved).toBe(0.3)
      expect(progress.ects.isMet).toBe(true)
    })

    it('checks a level rule against the credits at or above its level', () => {
      const met = evaluate(
        twoOfThree({ levelRules: [{ minimumEqfLevel: 6, minimumEcts: 5.5 }] }),
        held,
      )
      expect(met.levelRules).toEqual([
        { minimumEqfLevel: 6, minimumEcts: 5.5, achieved: 5.5, isMet: true },
      ])
      const unmet = evaluate(
        twoOfThree({ levelRules: [{ minimumEqfLevel: 6, minimumEcts: 6 }] }),
        held,
      )
      expect(unmet.unmet).toEqual(['level-rule-unmet'])
      expect(unmet.isComplete).toBe(false)
    })

    it('does not count a credential below the stack’s minimum level', () => {
      const progress = evaluate(twoOfThree({ minimumEqfLevel: 6 }), held)
      expect(progress.notCounted).toEqual([{ credentialId: 'a', reasons: ['below-minimum-level'] }])
      expect(progress.parts[0]?.filledBy).toEqual(['b', 'c'])
      expect(progress.isComplete).toBe(true)
    })

    it('lists every reason a credential does not count at once', () => {
      const progress = evaluate(twoOfThree({ minimumEqfLevel: 6, maximumAgeMonths: 1 }), [
        credential('a', {
          specificationId: specA,
          issuerId: other,
          isVerified: false,
          eqfLevel: 4,
        }),
      ])
      expect(progress.notCounted[0]?.reasons).toEqual([
        'not-verified',
        'issuer-not-accepted',
        'too-old',
        'below-minimum-level',
      ])
    })
  })
})

describe('monthsBefore', () => {
  it('keeps the time of day and the day of the month', () => {
    expect(monthsBefore(new Date('2026-11-28T10:00:00Z'), 12)).toEqual(
      new Date('2025-11-28T10:00:00Z'),
    )
  })

  it('takes the last day of a shorter month', () => {
    expect(monthsBefore(new Date('2026-05-31T12:00:00Z'), 3)).toEqual(
      new Date('2026-02-28T12:00:00Z'),
    )
    expect(monthsBefore(new Date('2028-05-31T12:00:00Z'), 3)).toEqual(
      new Date('2028-02-29T12:00:00Z'),
    )
  })

  it('crosses years', () => {
    expect(monthsBefore(new Date('2026-01-15T00:00:00Z'), 2)).toEqual(
      new Date('2025-11-15T00:00:00Z'),
    )
  })
})
