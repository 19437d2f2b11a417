import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  indexRelatedSkillLinks,
  type MatchCandidate,
  matchCandidate,
  matchNeed,
  type RelatedSkillLink,
  rankCandidates,
  weightedPercent,
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

const link = (from: number, to: number, relation: RelatedSkillLink['relation']) => ({
  skillUri: skill(from),
  relatedUri: skill(to),
  relatedLabel: `skill ${to}`,
  relation,
})

// Need skill 1's broader skill is 10; need skill 2 is related (optional) to 20 and (essential) to 21.
const links = indexRelatedSkillLinks([
  link(2, 20, 'related-optional'),
  link(1, 10, 'broader'),
  link(2, 21, 'related-essential'),
])

describe('related skills give partial credit', () => {
  it('lists a need skill taught only through a related skill apart, with the relation and outcome', () => {
    const match = matchCandidate([skill(1), skill(2), skill(3)], candidate('a', [[3], [10]]), links)
    expect(match?.sharedSkills.map((entry) => entry.uri)).toEqual([skill(3)])
    expect(match?.relatedSkills).toEqual([
      {
        uri: skill(1),
        weight: 0.5,
        via: [
          {
            uri: skill(10),
            label: 'skill 10',
            relation: 'broader',
            outcomes: [{ index: 1, id: 'lo-2', text: { en: 'Outcome 2' } }],
          },
        ],
      },
    ])
    expect(match?.missingSkillUris).toEqual([skill(2)])
    // (1 + 0.5) / 3 = 50 %
    expect(match?.coveragePercent).toBe(50)
  })

  it('counts a skill once, exactly when it is taught exactly, and lists every related skill taught', () => {
    const exact = matchCandidate([skill(1)], candidate('a', [[1, 10]]), links)
    expect(exact?.relatedSkills).toEqual([])
    expect(exact?.coveragePercent).toBe(100)
    const both = matchCandidate([skill(2)], candidate('b', [[20], [21]]), links)
    expect(both?.relatedSkills[0]?.via.map((via) => via.relation)).toEqual([
      'related-essential',
      'related-optional',
    ])
    expect(both?.coveragePercent).toBe(50)
  })

  it('matches a candidate that teaches only related skills, ranked after exact matches of the same count', () => {
    const matching = matchNeed(
      [skill(1), skill(2)],
      [candidate('a', [[10]]), candidate('b', [[1]]), candidate('c', [[10, 20]])],
      links,
    )
    // c: 0.5 + 0.5 = 1, b: 1 exact = 1 (more exact first), a: 0.5.
    expect(matching.matches.map((match) => match.specificationId)).toEqual([
      'spec-b',
      'spec-c',
      'spec-a',
    ])
    expect(matching.coveredSkillUris).toEqual([skill(1)])
    expect(matching.partlyCoveredSkillUris).toEqual([skill(2)])
    expect(matching.uncoveredSkillUris).toEqual([])
    expect(matching.coveragePercent).toBe(75)
  })

  it('leaves the gap alone without links, as exact matching did', () => {
    const coverage = rankCandidates(
      [skill(1), skill(2)],
      [{ specificationId: 's', versionId: 'v', skillUris: [skill(10)] }],
    )
    expect(coverage.ranked).toEqual([])
    expect(coverage.uncoveredSkillUris).toEqual([skill(1), skill(2)])
  })

  it('weighs in half units and rounds half up', () => {
    expect([weightedPercent(1, 1, 3), weightedPercent(0, 1, 8), weightedPercent(0, 0, 0)]).toEqual([
      50, 6, 0,
    ])
  })

  it('gives the same answer whatever order the candidates and links come in', () => {
    const arbitraryCandidate = fc
      .tuple(
        fc.integer({ min: 0, max: 30 }),
        fc.array(fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 4 }), { maxLength: 4 }),
      )
      .map(([id, outcomes]) => candidate(String(id), outcomes))
    const arbitraryLink = fc
      .tuple(
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 12 }),
        fc.constantFrom('broader', 'related-essential', 'related-optional' as const),
      )
      .map(([from, to, relation]) => link(from, to, relation as RelatedSkillLink['relation']))
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 6 }),
        fc.uniqueArray(arbitraryCandidate, { selector: (c) => c.specificationId, maxLength: 10 }),
        fc.uniqueArray(arbitraryLink, {
          selector: (l) => `${l.skillUri} ${l.relatedUri}`,
          maxLength: 12,
        }),
        (needSkills, candidates, someLinks) => {
          const uris = needSkills.map(skill)
          const forwards = matchNeed(uris, candidates, indexRelatedSkillLinks(someLinks))
          const backwards = matchNeed(
            uris,
            [...candidates].reverse(),
            indexRelatedSkillLinks([...someLinks].reverse()),
          )
          expect(backwards).toEqual(forwards)
          for (const match of forwards.matches) {
            expect(
              match.sharedSkills.length +
                match.relatedSkills.length +
                match.missingSkillUris.length,
            ).toBe(uris.length)
          }
        },
      ),
    )
  })
})
