import { describe, expect, it } from 'vitest'
import {
  type EndorsementCredentialInput,
  toEndorsementCredential,
} from './to-endorsement-credential.js'

const input: EndorsementCredentialInput = {
  id: 'urn:uuid:7d1c2b8e-1f0a-4c1e-9a55-0f3d8b2c4e61',
  endorser: {
    id: 'did:web:osaamo.example.fi:organisations:revontuli-software',
    name: { fi: 'Revontuli Software Oy', en: 'Revontuli Software Ltd' },
    url: 'https://osaamo.example.fi/organisations/revontuli-software',
    country: 'FI',
    region: 'Pirkanmaa',
  },
  achievementId: 'https://osaamo.example.fi/api/specification-versions/0b6d',
  achievementName: {
    fi: 'Ohjelmoinnin perusteet Pythonilla',
    en: 'Programming basics with Python',
  },
  comment: '  Vastaa tarpeeseemme.  ',
  validFrom: new Date('2026-11-28T10:00:00.123Z'),
  language: 'en',
}

describe('toEndorsementCredential', () => {
  it('builds an OB 3.0 EndorsementCredential issued by the partner about the Achievement', () => {
    const credential = toEndorsementCredential(input)
    expect(credential).toEqual({
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ],
      id: input.id,
      type: ['VerifiableCredential', 'EndorsementCredential'],
      name: 'Revontuli Software Ltd endorses: Programming basics with Python',
      issuer: {
        id: input.endorser.id,
        type: ['Profile'],
        name: 'Revontuli Software Ltd',
        url: input.endorser.url,
        address: expect.objectContaining({ type: ['Address'], addressCountryCode: 'FI' }),
      },
      validFrom: '2026-11-28T10:00:00Z',
      awardedDate: '2026-11-28T10:00:00Z',
      credentialSubject: {
        id: input.achievementId,
        type: ['EndorsementSubject'],
        endorsementComment: 'Vastaa tarpeeseemme.',
      },
    })
  })

  it('leaves out an empty comment rather than writing an empty text', () => {
    const credential = toEndorsementCredential({ ...input, comment: '   ' })
    expect(credential.credentialSubject).toEqual({
      id: input.achievementId,
      type: ['EndorsementSubject'],
    })
  })
})
