import { describe, expect, it } from 'vitest'
import type { CredentialFacts } from './credential-facts.js'
import { proposeRecognition, type RecognitionReasonCode } from './recognition-proposal.js'
import type { RecognitionTargetDetails } from './recognition-target.js'

const python = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d'
const testing = 'http://data.europa.eu/esco/skill/1b8a0b83-1e2b-4f0b-8d7a-44b8a8a0b3f1'
const now = new Date('2026-11-28T10:00:00Z')

const target: RecognitionTargetDetails = {
  code: 'TIE-101',
  name: { fi: 'Ohjelmoinnin perusteet', en: 'Introduction to programming' },
  ects: 5,
  eqfLevel: 6,
  learningOutcomes: [
    'Writes small Python programs with functions and loops',
    'Tests programs with automated unit tests',
  ],
  skillUris: [python, testing],
  kind: 'course',
}

const credential: CredentialFacts = {
  kind: 'issued',
  id: '00000000-0000-4000-8000-000000000001',
  achievementKey: 'specification\nx',
  achievementName: 'Python basics',
  issuerId: 'did:web:example',
  learningOutcomes: [
    'Writes Python programs with functions and loops',
    'Tests their programs with automated unit tests',
  ],
  skillUris: [python, testing],
  ects: 5,
  eqfLevel: 6,
  awardedAt: new Date('2026-06-01T00:00:00Z'),
  isOsaamoReviewed: true,
  declaresQualityAssurance: true,
  issuerTrust: 'no-list',
}

const scoreOf = (proposal: ReturnType<typeof proposeRecognition>, code: RecognitionReasonCode) =>
  proposal.reasons.find((reason) => reason.code === code)?.score

describe('proposeRecognition', () => {
  it('proposes full recognition for a credential that matches in every reason, each with its weight', () => {
    const proposal = proposeRecognition(credential, target, now)
    expect(proposal).toMatchObject({ outcome: 'full', ectsGranted: 5 })
    expect(proposal.reasons.map((reason) => reason.code)).toEqual([
      'learning-outcomes',
      'esco-skills',
      'ects',
      'eqf-level',
      'quality-assurance',
      'age',
    ])
    expect(proposal.reasons.reduce((sum, reason) => sum + reason.weight, 0)).toBeCloseTo(1)
    for (const reason of proposal.reasons) {
      expect(reason.contribution).toBeCloseTo(reason.weight * (reason.score ?? 0), 3)
    }
  })

  it('pairs each target outcome with its best credential outcome and shows the matched words', () => {
    const proposal = proposeRecognition(credential, target, now)
    const outcomes = proposal.reasons.find((reason) => reason.code === 'learning-outcomes')
    const best = outcomes?.details.bestPairs as {
      credentialIndex: number
      matchedWords: { stem: string }[]
    }[]
    expect(best.map((pair) => pair.credentialIndex)).toEqual([0, 1])
    expect(best[1]?.matchedWords.map((word) => word.stem)).toContain('autom')
  })

  it('counts the share of the target’s ESCO skills, and none named does not apply', () => {
    expect(
      scoreOf(
        proposeRecognition({ ...credential, skillUris: [python] }, target, now),
        'esco-skills',
      ),
    ).toBe(0.5)
    expect(
      scoreOf(proposeRecognition(credential, { ...target, skillUris: [] }, now), 'esco-skills'),
    ).toBeNull()
  })

  it('scores a level below the target’s 0.5, two below 0, and refuses full recognition then', () => {
    expect(
      scoreOf(proposeRecognition({ ...credential, eqfLevel: 5 }, target, now), 'eqf-level'),
    ).toBe(0.5)
    const twoBelow = proposeRecognition({ ...credential, eqfLevel: 4 }, target, now)
    expect(scoreOf(twoBelow, 'eqf-level')).toBe(0)
    expect(twoBelow.outcome).not.toBe('full')
  })

  it('scores quality assurance by Osaamo review, issuer trust and a declared QA', () => {
    const imported = { ...credential, kind: 'imported' as const, isOsaamoReviewed: false }
    expect(
      scoreOf(
        proposeRecognition({ ...imported, declaresQualityAssurance: false }, target, now),
        'quality-assurance',
      ),
    ).toBe(0.4)
    expect(
      scoreOf(
        proposeRecognition(
          { ...imported, issuerTrust: 'trusted', declaresQualityAssurance: false },
          target,
          now,
        ),
        'quality-assurance',
      ),
    ).toBe(0.8)
    expect(
      scoreOf(
        proposeRecognition({ ...imported, issuerTrust: 'trusted' }, target, now),
        'quality-assurance',
      ),
    ).toBe(1)
  })

  it('counts a credential up to five years old in full, less until ten, nothing after', () => {
    const awarded = (iso: string) => ({ ...credential, awardedAt: new Date(iso) })
    expect(scoreOf(proposeRecognition(awarded('2022-01-01T00:00:00Z'), target, now), 'age')).toBe(1)
    expect(scoreOf(proposeRecognition(awarded('2014-01-01T00:00:00Z'), target, now), 'age')).toBe(0)
    const middle =
      scoreOf(proposeRecognition(awarded('2019-05-30T00:00:00Z'), target, now), 'age') ?? 0
    expect(middle).toBeGreaterThan(0.4)
    expect(middle).toBeLessThan(0.6)
  })

  it('proposes partial recognition when the credential has fewer credits, granting half credits', () => {
    const proposal = proposeRecognition({ ...credential, ects: 3 }, target, now)
    expect(proposal.outcome).toBe('partial')
    expect(proposal.ectsGranted).toBe(3)
  })

  it('never proposes the target’s whole credits as partial', () => {
    const proposal = proposeRecognition(
      {
        ...credential,
        awardedAt: new Date('2010-01-01T00:00:00Z'),
        isOsaamoReviewed: false,
        declaresQualityAssurance: false,
        eqfLevel: 5,
      },
      target,
      now,
    )
    expect(proposal.outcome).toBe('partial')
    expect(proposal.ectsGranted).toBeLessThan(target.ects)
  })

  it('proposes not to recognise a credential about something else', () => {
    const proposal = proposeRecognition(
      {
        ...credential,
        learningOutcomes: ['Plays Finnish folk songs on the kantele'],
        skillUris: [],
        ects: 2,
        eqfLevel: 4,
      },
      target,
      now,
    )
    expect(proposal).toMatchObject({ outcome: 'none', ectsGranted: 0 })
    expect(proposal.totalScore).toBeLessThan(0.4)
  })

  it('gives the same proposal for the same facts', () => {
    expect(proposeRecognition(credential, target, now)).toEqual(
      proposeRecognition(credential, target, now),
    )
  })
})
