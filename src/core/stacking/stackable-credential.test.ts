import { describe, expect, it } from 'vitest'
import { toStackableCredential } from './stackable-credential.js'

const skill = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d'

describe('toStackableCredential', () => {
  it('reads skills, credits, level, issuer and award date from an Open Badge', () => {
    const held = toStackableCredential({
      kind: 'imported',
      id: 'x',
      name: 'Data analysis',
      issuerName: 'Pohjanranta',
      isVerified: true,
      credential: {
        issuer: { id: 'did:web:pohjanranta.example', type: ['Profile'] },
        validFrom: '2026-01-01T00:00:00Z',
        awardedDate: '2025-12-20T00:00:00Z',
        credentialSubject: {
          achievement: {
            id: 'https://pohjanranta.example/achievements/1',
            creditsAvailable: 2.5,
            eqfLevel: { id: 'http://data.europa.eu/snb/eqf/6' },
            alignment: [{ targetUrl: skill, targetName: 'analyse data' }],
          },
        },
      },
    })
    expect(held).toEqual({
      kind: 'imported',
      id: 'x',
      name: 'Data analysis',
      issuerId: 'did:web:pohjanranta.example',
      issuerName: 'Pohjanranta',
      awardedAt: new Date('2025-12-20T00:00:00Z'),
      specificationId: undefined,
      achievementId: 'https://pohjanranta.example/achievements/1',
      skillUris: [skill],
      eqfLevel: 6,
      ects: 2.5,
      isVerified: true,
    })
  })

  it('reads a level without credits, and nothing from a credential it cannot read', () => {
    const withLevel = toStackableCredential({
      kind: 'issued',
      id: 'y',
      name: '',
      issuerName: '',
      isVerified: false,
      credential: {
        issuer: 'did:example:1',
        issuanceDate: '2020-01-01T00:00:00Z',
        credentialSubject: [{ achievement: { eqfLevel: 'http://data.europa.eu/snb/eqf/4' } }],
      },
    })
    expect(withLevel).toMatchObject({ eqfLevel: 4, ects: undefined, issuerId: 'did:example:1' })
    expect(withLevel.awardedAt).toEqual(new Date('2020-01-01T00:00:00Z'))
    const unread = toStackableCredential({
      kind: 'imported',
      id: 'z',
      name: '',
      issuerName: '',
      isVerified: true,
      credential: undefined,
    })
    expect(unread).toMatchObject({ skillUris: [], eqfLevel: undefined, awardedAt: undefined })
  })
})
