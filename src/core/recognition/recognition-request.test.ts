import { describe, expect, it } from 'vitest'
import { proposeRecognition } from './recognition-proposal.js'
import { checkRecognitionDecision, summarisePrecedents } from './recognition-request.js'

const proposal = {
  ...proposeRecognition(
    {
      kind: 'imported',
      id: 'x',
      achievementKey: 'k',
      achievementName: 'n',
      issuerId: undefined,
      learningOutcomes: ['Plays the kantele'],
      skillUris: [],
      ects: 5,
      eqfLevel: undefined,
      awardedAt: undefined,
      isOsaamoReviewed: false,
      declaresQualityAssurance: false,
      issuerTrust: 'no-list',
    },
    {
      code: 'A',
      name: { fi: 'A' },
      ects: 5,
      eqfLevel: undefined,
      learningOutcomes: ['Designs databases'],
      skillUris: [],
      kind: 'course',
    },
    new Date('2026-11-28T10:00:00Z'),
  ),
}

describe('checkRecognitionDecision', () => {
  it('takes a decision that follows the proposal without a justification', () => {
    expect(proposal.outcome).toBe('none')
    expect(checkRecognitionDecision({ outcome: 'none' }, proposal, 5)).toEqual({
      isValid: true,
      decision: { outcome: 'none', ectsGranted: 0, justification: '', followsProposal: true },
    })
  })

  it('needs a justification for a decision that differs, and partial credits below the target’s', () => {
    const checked = checkRecognitionDecision({ outcome: 'partial', ectsGranted: 5 }, proposal, 5)
    expect(checked.isValid ? [] : checked.problems.map((problem) => problem.code)).toEqual([
      'ects-granted-invalid',
      'justification-missing',
    ])
    expect(
      checkRecognitionDecision(
        { outcome: 'full', justification: 'Työkokemus kattaa puuttuvan osan.' },
        proposal,
        5,
      ),
    ).toMatchObject({ isValid: true, decision: { ectsGranted: 5, followsProposal: false } })
  })

  it('refuses an unknown outcome', () => {
    const checked = checkRecognitionDecision({ outcome: 'maybe', justification: 'x' }, proposal, 5)
    expect(checked.isValid ? [] : checked.problems.map((problem) => problem.code)).toEqual([
      'outcome-unknown',
    ])
  })
})

describe('summarisePrecedents', () => {
  it('puts this institution first, then the most recognised, counting full and partial', () => {
    const tally = (organisationId: string, targetCode: string, full: number, partial: number) => ({
      organisationId,
      organisationName: { fi: organisationId },
      targetId: `${organisationId}-${targetCode}`,
      targetCode,
      targetName: { fi: targetCode },
      fullCount: full,
      partialCount: partial,
      refusedCount: 1,
      lastDecidedAt: new Date('2026-11-01T00:00:00Z'),
    })
    const precedents = summarisePrecedents(
      [tally('other', 'X', 5, 0), tally('here', 'A', 0, 1), tally('other', 'Y', 9, 1)],
      'here',
    )
    expect(
      precedents.map((precedent) => [
        precedent.targetCode,
        precedent.isHere,
        precedent.recognisedCount,
      ]),
    ).toEqual([
      ['A', true, 1],
      ['Y', false, 10],
      ['X', false, 5],
    ])
  })
})
