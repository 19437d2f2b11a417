import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  explainMatches,
  type MatchCandidate,
  matchCandidate,
  matchNeed,
  rankCandidates,
  toPercent,
} from './need-matching.js'

const skill = (n: number) =>
  `http://data.europa.eu/esco/skill/00000000-0000-0000-0000-${String(n).padStart(12, '0')}`

function candidate(id: string, outcomes: readonly (readonly number[])[]): MatchCandidate {
  return {
    specificationId: `spec-${id}`,
    versionId: `version-${id}`,
    organisationId: 'org',
    title: { en: `Course ${id}` },
    learningOutcomes: outcomes.map((skills, index) => ({
      id: `lo-${index + 1}`,
      text: { en: `Outcome ${index + 1}` },
      skills: skills.map((n) => ({ uri: skill(n), kind: 'skill' as const })),
    })),
  }
}

describe('matchCandidate', () => {
  it('lists each shared skill with every learning outcome it comes from, in the need’s order', () => {
    const match = matchCandidate([skill(3), skill(1), skill(9)], candidate('a', [[1], [1, 3], [4]]))
    expect(match?.sharedSkills).toEqual([
      { uri: skill(3), outcomes: [{ index: 1, id: 'lo-2', text: { en: 'Outcome 2' } }] },
      {
        uri: skill(1),
        outcomes: [
          { index: 0, id: 'lo-1', text: { en: 'Outcome 1' } },
          { index: 1, id: 'lo-2', text: { en: 'Outcome 2' } },
        ],
      },
    ])
    expect(match?.missingSkillUris).toEqual([skill(9)])
    expect(match?.coveragePercent).toBe(67)
  })

  it('answers nothing for a candidate that shares no skill', () => {
    expect(matchCandidate([skill(1)], candidate('a', [[2, 3]]))).toBeUndefined()
  })

  it('counts a skill named twice in one outcome once', () => {
    const match = matchCandidate([skill(1)], candidate('a', [[1, 1]]))
    expect(match?.sharedSkills[0]?.outcomes).toHaveLength(1)
  })
})

describe('matchNeed', () => {
  it('orders matches by shared skills, then by specification id, and names the gap', () => {
    const matching = matchNeed(
      [skill(1), skill(2), skill(3), skill(4)],
      [
        candidate('c', [[1]]),
        candidate('b', [[1, 2]]),
        candidate('a', [[2]]),
        candidate('d', [[7]]),
      ],
    )
    expect(matching.matches.map((match) => match.specificationId)).toEqual([
      'spec-b',
      'spec-a',
      'spec-c',
    ])
    expect(matching.coveredSkillUris).toEqual([skill(1), skill(2)])
    expect(matching.uncoveredSkillUris).toEqual([skill(3), skill(4)])
    expect(matching.coveragePercent).toBe(50)
    expect(matching.skillCount).toBe(4)
  })

  it('covers nothing with no candidates', () => {
    const matching = matchNeed([skill(1)], [])
    expect(matching).toMatchObject({
      matches: [],
      coveragePercent: 0,
      uncoveredSkillUris: [skill(1)],
    })
  })

  it('gives the same answer whatever order the candidates come in', () => {
    const arbitraryCandidate = fc
      .tuple(
        fc.integer({ min: 0, max: 50 }),
        fc.array(fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 4 }), { maxLength: 4 }),
      )
      .map(([id, outcomes]) => candidate(String(id), outcomes))
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 6 }),
        fc.uniqueArray(arbitraryCandidate, {
          selector: (c) => c.specificationId,
          maxLength: 12,
        }),
        (needSkills, candidates) => {
          const uris = needSkills.map(skill)
          const forwards = matchNeed(uris, candidates)
          const backwards = matchNeed(uris, [...candidates].reverse())
          expect(backwards).toEqual(forwards)
          for (const match of forwards.matches) {
            expect(match.sharedSkills.length + match.missingSkillUris.length).toBe(uris.length)
          }
        },
      ),
    )
  })
})

describe('rankCandidates and explainMatches', () => {
  const candidates = [candidate('c', [[1]]), candidate('b', [[1, 2]]), candidate('a', [[2, 9]])]
  const skillSets = candidates.map((entry) => ({
    specificationId: entry.specificationId,
    versionId: entry.versionId,
    skillUris: entry.learningOutcomes.flatMap((outcome) => outcome.skills.map((s) => s.uri)),
  }))

  it('ranks by the skill sets alone, as matchNeed orders the full matches', () => {
    const coverage = rankCandidates([skill(1), skill(2), skill(3)], skillSets)
    expect(coverage.ranked.map((entry) => entry.specificationId)).toEqual(
      matchNeed([skill(1), skill(2), skill(3)], candidates).matches.map(
        (match) => match.specificationId,
      ),
    )
    expect(coverage.ranked[0]?.sharedSkillUris).toEqual([skill(1), skill(2)])
    expect(coverage.uncoveredSkillUris).toEqual([skill(3)])
  })

  it('explains one page of the ranking and counts them all', () => {
    const need = [skill(1), skill(2)]
    const coverage = rankCandidates(need, skillSets)
    const page = explainMatches(
      need,
      coverage,
      { offset: 1, limit: 1 },
      new Map(candidates.map((entry) => [entry.versionId, entry])),
    )
    expect(page.total).toBe(3)
    expect(page.matches.map((match) => match.specificationId)).toEqual(['spec-a'])
    expect(page.coveragePercent).toBe(100)
  })
})

describe('toPercent', () => {
  it('rounds half up and gives 0 of nothing', () => {
    expect([toPercent(1, 3), toPercent(2, 3), toPercent(1, 8), toPercent(0, 0)]).toEqual([
      33, 67, 13, 0,
    ])
  })
})
