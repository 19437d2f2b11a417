import { describe, expect, it } from 'vitest'
import {
  testCredentialInput,
  testOrganisations,
  testPublicUrl,
} from '../../../test/support/open-badge-credential-input.js'
import { demoSpecifications } from '../../services/demo-specifications.js'
import { toEuropeanDigitalCredential } from './to-european-digital-credential.js'
import { toOpenBadgeCredential } from './to-open-badge-credential.js'

const joint = demoSpecifications.find((demo) => demo.key === 'welfare-technology')
if (joint === undefined) {
  throw new Error('The demo data has no welfare-technology specification')
}
const input = testCredentialInput(joint.content, ['kaarnala-open', 'pohjanranta-uas'])
const credential = toOpenBadgeCredential(input)
const context = { publicUrl: testPublicUrl, awardingBodies: input.awardingBodies }
const document = toEuropeanDigitalCredential(credential, input.specificationVersion, context)
const specificationId = `${testPublicUrl}/api/specification-versions/${input.specificationVersion.id}`

type Node = Record<string, unknown>
const subject = document.credentialSubject as Node
const claim = (subject.hasClaim as Node[])[0] as Node

describe('toEuropeanDigitalCredential', () => {
  it('is an EDC in the VC 1.1 and EDC application profile contexts, of the Generic profile', () => {
    expect(document).toMatchObject({
      '@context': [
        'https://www.w3.org/2018/credentials/v1',
        'http://data.europa.eu/snb/model/context/edc-ap',
      ],
      id: 'urn:credential:3f1c7c8e-8a43-4c36-9d6a-6c2f1f0e2b11',
      type: ['VerifiableCredential', 'EuropeanDigitalCredential'],
      credentialProfiles: [{ id: 'http://data.europa.eu/snb/credential/e34929035b' }],
      credentialSchema: [
        { id: 'http://data.europa.eu/snb/model/ap/edc-generic-full', type: 'ShaclValidator2017' },
      ],
      displayParameter: {
        type: 'DisplayParameter',
        title: joint.content.title,
        primaryLanguage: { id: 'http://publications.europa.eu/resource/authority/language/FIN' },
      },
    })
  })

  it('dates the issue as the Open Badge does', () => {
    expect(document).toMatchObject({
      issuanceDate: '2026-12-01T08:00:00Z',
      issued: '2026-12-01T08:00:00Z',
      validFrom: '2026-12-01T08:00:00Z',
    })
    expect(document).not.toHaveProperty('expirationDate')
    const expiring = toEuropeanDigitalCredential(
      toOpenBadgeCredential({ ...input, validUntil: new Date('2031-12-01T00:00:00Z') }),
      input.specificationVersion,
      context,
    )
    expect(expiring).toMatchObject({
      expirationDate: '2031-12-01T00:00:00Z',
      validUntil: '2031-12-01T00:00:00Z',
    })
  })

  it('names the issuer by its DID as an Organisation with its country and region', () => {
    expect(document.issuer).toMatchObject({
      id: 'did:web:osaamo.example.fi:organisations:kaarnala-open',
      type: 'Organisation',
      legalName: { fi: 'Kaarnalan avoin yliopisto' },
      location: [
        {
          type: 'Location',
          address: {
            type: 'Address',
            countryCode: { id: 'http://publications.europa.eu/resource/authority/country/FIN' },
            fullAddress: { type: 'Note', noteLiteral: { fi: 'Uusimaa, Finland' } },
          },
        },
      ],
      homepage: [{ type: 'WebResource', contentURL: 'https://kaarnala.example.fi' }],
    })
  })

  it('makes the learner a Person whose claim is the LearningAchievement', () => {
    expect(subject).toMatchObject({ type: 'Person', fullName: { fi: 'Sanni Laine' } })
    expect(claim).toMatchObject({ type: 'LearningAchievement', title: joint.content.title })
  })

  it('has the achievement awarded by every awarding body on the award date', () => {
    expect(claim.awardedBy).toMatchObject({
      type: 'AwardingProcess',
      awardingDate: '2026-12-01T08:00:00Z',
      awardingBody: [
        { id: 'did:web:osaamo.example.fi:organisations:kaarnala-open' },
        {
          id: `${testPublicUrl}/api/organisations/pohjanranta-uas`,
          type: 'Organisation',
          legalName: testOrganisations[1]?.name,
        },
      ],
    })
  })

  it('proves the achievement by an assessment with the grade, date and identity verification', () => {
    expect(claim.provenBy).toEqual([
      expect.objectContaining({
        type: 'LearningAssessment',
        grade: expect.objectContaining({ type: 'Note', noteLiteral: { fi: '4' } }),
        dateIssued: '2026-11-20T12:30:00Z',
        assessedBy: expect.objectContaining({
          id: 'did:web:osaamo.example.fi:organisations:kaarnala-open',
        }),
        idVerification: expect.objectContaining({
          inScheme: expect.objectContaining({
            id: 'http://data.europa.eu/snb/supervision-verification/25831c2',
          }),
        }),
        specifiedBy: { id: `${specificationId}#assessment` },
      }),
    ])
  })

  it('refers to the version as a Qualification with credits, EQF level and ISCED-F field', () => {
    expect(claim.specifiedBy).toMatchObject({
      id: specificationId,
      type: 'Qualification',
      title: joint.content.title,
      creditPoint: [
        {
          framework: { id: 'http://data.europa.eu/snb/education-credit/6fcec5c5af' },
          point: '5',
        },
      ],
      eqfLevel: { id: 'http://data.europa.eu/snb/eqf/6' },
      thematicArea: [{ id: 'http://data.europa.eu/snb/isced-f/0922' }],
      learningOutcome: expect.arrayContaining([
        expect.objectContaining({ type: 'LearningOutcome', relatedESCOSkill: expect.any(Array) }),
      ]),
    })
    expect(claim.specifiedBy).not.toHaveProperty('@context')
    expect(claim.creditReceived).toEqual((claim.specifiedBy as Node).creditPoint)
  })

  it('keeps the learner’s evidence as supporting documents of the issuing evidence', () => {
    expect(document.evidence).toEqual([
      expect.objectContaining({
        type: 'Evidence',
        supportingDocument: [
          expect.objectContaining({
            type: 'WebResource',
            contentURL: 'https://kaarnala.example.fi/portfolio/42',
          }),
        ],
      }),
    ])
  })
})
