import { describe, expect, it } from 'vitest'
import { summariseInsight } from './insight.js'

const skill = (uri: string, needCount: number, peopleCount: number, offerCount: number) => ({
  uri,
  label: uri,
  needCount,
  peopleCount,
  offerCount,
})

describe('summariseInsight', () => {
  it('lists only skills with no or thin coverage, most needs then most people first', () => {
    const insight = summariseInsight({
      openNeedCount: 3,
      skills: [
        skill('b', 2, 10, 1),
        skill('covered', 9, 90, 3),
        skill('a', 2, 10, 0),
        skill('c', 3, 1, 2),
      ],
      regions: [],
      fields: [],
      institutions: [],
    })
    expect(insight.gaps.map((gap) => [gap.uri, gap.coverage])).toEqual([
      ['c', 'thin'],
      ['a', 'none'],
      ['b', 'thin'],
    ])
  })

  it('puts needs under no field last and orders regions and institutions stably', () => {
    const insight = summariseInsight({
      openNeedCount: 2,
      skills: [],
      regions: [
        { region: 'Uusimaa', needCount: 1, peopleCount: 3 },
        { region: 'Lappi', needCount: 1, peopleCount: 3 },
      ],
      fields: [
        { fieldUri: undefined, label: undefined, needCount: 5 },
        { fieldUri: 'isced-f/06', label: 'ICT', needCount: 1 },
      ],
      institutions: [
        {
          organisationId: '2',
          slug: 'b',
          name: {},
          publishedNeedCount: 1,
          draftNeedCount: undefined,
        },
        { organisationId: '1', slug: 'a', name: {}, publishedNeedCount: 1, draftNeedCount: 2 },
      ],
    })
    expect(insight.regions.map((region) => region.region)).toEqual(['Lappi', 'Uusimaa'])
    expect(insight.fields.map((field) => field.fieldUri)).toEqual(['isced-f/06', undefined])
    expect(insight.institutions.map((institution) => institution.slug)).toEqual(['a', 'b'])
  })
})
