import { describe, expect, it } from 'vitest'
import { type PortfolioItem, skillsProfileOf } from './skills-profile.js'

const python = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d'
const testing = 'http://data.europa.eu/esco/skill/76e6ea5a-5b5c-42d2-a8a9-ec2e8b3c4c0e'

function badge(
  name: string,
  options: { skills: [string, string][]; ects?: unknown; eqf?: string; field?: string },
) {
  return {
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    credentialSubject: {
      achievement: {
        name,
        alignment: options.skills.map(([targetUrl, targetName]) => ({ targetUrl, targetName })),
        ...(options.ects === undefined ? {} : { creditsAvailable: options.ects }),
        ...(options.eqf === undefined ? {} : { eqfLevel: options.eqf }),
        ...(options.field === undefined ? {} : { fieldOfStudy: options.field }),
      },
    },
  }
}

const item = (
  kind: PortfolioItem['kind'],
  id: string,
  credential: PortfolioItem['credential'],
  isVerified = true,
): PortfolioItem => ({ kind, id, credential, isVerified })

describe('skillsProfileOf', () => {
  it('lists each ESCO skill once with every credential it comes from, most evidenced first', () => {
    const profile = skillsProfileOf([
      item('issued', 'a', badge('Python basics', { skills: [[python, 'Python']] })),
      item(
        'imported',
        'b',
        badge('Software testing', {
          skills: [
            [testing, 'ICT testing'],
            [python, 'Python'],
            ['https://example.fi/not-esco', 'Other framework'],
          ],
        }),
      ),
    ])
    expect(profile.skills).toEqual([
      {
        uri: python,
        label: 'Python',
        sources: [
          { kind: 'issued', id: 'a', achievementName: 'Python basics', isVerified: true },
          { kind: 'imported', id: 'b', achievementName: 'Software testing', isVerified: true },
        ],
      },
      {
        uri: testing,
        label: 'ICT testing',
        sources: [
          { kind: 'imported', id: 'b', achievementName: 'Software testing', isVerified: true },
        ],
      },
    ])
  })

  it('totals credits by EQF level and field, counting only credentials that verify', () => {
    const profile = skillsProfileOf([
      item(
        'issued',
        'a',
        badge('A', { skills: [], ects: 5, eqf: 'http://data.europa.eu/snb/eqf/6', field: 'ICT' }),
      ),
      item(
        'issued',
        'b',
        badge('B', { skills: [], ects: 2.5, eqf: 'http://data.europa.eu/snb/eqf/6' }),
      ),
      item('imported', 'c', badge('C', { skills: [[python, 'Python']], ects: 10 }), false),
      item('imported', 'd', badge('D', { skills: [], ects: 'five' })),
      item('imported', 'e', undefined),
    ])
    expect(profile.ects).toEqual({
      total: 7.5,
      byLevel: [{ key: 'eqf-6', ects: 7.5 }],
      byField: [
        { key: 'ICT', ects: 5 },
        { key: 'unknown', ects: 2.5 },
      ],
    })
    // The unverified credential's skill is listed, its source marked.
    expect(profile.skills[0]?.sources).toEqual([
      { kind: 'imported', id: 'c', achievementName: 'C', isVerified: false },
    ])
  })

  it('is empty for an empty portfolio', () => {
    expect(skillsProfileOf([])).toEqual({
      skills: [],
      ects: { total: 0, byLevel: [], byField: [] },
    })
  })
})
