import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  emptySpecificationContent,
  type SpecificationContent,
} from '../specification/specification.js'
import type { SpecificationVersion } from '../specification/version.js'
import type { OpenBadgeCredentialInput } from './open-badge-credential.js'
import { toOpenBadgeCredential } from './to-open-badge-credential.js'

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

const kaarnala = {
  id: '6f7c1d2e-0000-4000-8000-000000000001',
  slug: 'kaarnala-open',
  name: { fi: 'Kaarnalan avoin yliopisto', en: 'Kaarnala Open University' },
  country: 'FI',
  region: 'Uusimaa',
}
const pohjanranta = {
  id: '6f7c1d2e-0000-4000-8000-000000000002',
  slug: 'pohjanranta-uas',
  name: { fi: 'Pohjanrannan ammattikorkeakoulu' },
  country: 'FI',
  region: 'Pohjois-Pohjanmaa',
}

const skill = 'http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97'

const content: SpecificationContent = {
  ...emptySpecificationContent,
  title: { fi: 'Ohjelmoinnin perusteet Pythonilla', en: 'Programming basics with Python' },
  summary: { fi: 'Opit kirjoittamaan pieniä Python-ohjelmia.' },
  description: { fi: 'Kirjoitat ja testaat pieniä ohjelmia.', en: 'You write small programs.' },
  awardingBodyIds: [kaarnala.id, pohjanranta.id],
  issuerLocations: [{ country: 'FI', region: 'Uusimaa' }],
  learningOutcomes: [
    {
      id: 'lo-1',
      text: { fi: 'Osaa kirjoittaa Python-ohjelman.', en: 'Can write a Python program.' },
      skills: [{ uri: skill, kind: 'skill' }],
    },
  ],
  ects: 2.5,
  hours: undefined,
  eqfLevel: 6,
  qfEheaCycle: 'first',
  nqfLevel: 6,
  iscedField: '0613',
  assessmentTypes: ['project-work'],
  formsOfParticipation: ['online', 'blended'],
  learningSetting: 'formal',
  supervision: 'supervised-with-id-verification',
  gradingScheme: '0-5',
  qualityAssurance: { code: 'internal', text: { fi: 'Auditoitu laatujärjestelmä.' } },
  prerequisites: { fi: 'Ei esitietoja.', en: 'None.' },
  stackability: { kind: 'stackable', towards: [{ fi: 'Ohjelmistokehitys 15 op' }] },
  languages: ['fi', 'en'],
  furtherInformation: { en: 'See the course page.' },
  links: [{ url: 'https://kaarnala.example.fi/avoin/python', label: { fi: 'Sivu' } }],
}

function versionOf(versionContent: SpecificationContent): SpecificationVersion {
  const at = new Date('2026-08-01T10:00:00Z')
  return {
    id: '0b9c5a34-5d0e-4f7a-9a51-2d3c4e5f6a7b',
    specificationId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
    organisationId: kaarnala.id,
    versionNumber: 1,
    status: 'published',
    content: versionContent,
    changeLog: '',
    createdAt: at,
    updatedAt: at,
    publishedAt: at,
    reviewDueAt: undefined,
  }
}

const input: OpenBadgeCredentialInput = {
  id: 'urn:uuid:3f1c7c8e-8a43-4c36-9d6a-6c2f1f0e2b11',
  issuer: {
    id: 'did:web:osaamo.example.fi:organisations:kaarnala-open',
    name: kaarnala.name,
    url: 'https://kaarnala.example.fi',
    email: 'avoin@kaarnala.example.fi',
    address: { country: 'FI', region: 'Uusimaa' },
  },
  specificationVersion: versionOf(content),
  publicUrl: 'https://osaamo.example.fi',
  awardingBodies: [kaarnala, pohjanranta],
  learner: {
    id: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK',
    name: 'Sanni Laine',
    emailAddress: ' Learner@Demo.Osaamo.fi ',
    salt: 'c2FsdC1mb3ItdGVzdHM',
    sha256Hex,
  },
  result: {
    grade: '4',
    assessedAt: new Date('2026-11-20T12:30:45.678Z'),
    identityVerification: 'supervised-with-id-verification',
    evidence: [{ url: 'https://kaarnala.example.fi/portfolio/42', name: 'Project' }],
  },
  validFrom: new Date('2026-12-01T08:00:00.999Z'),
  language: 'fi',
}

/** Every path in a JSON value at which an empty array, an undefined or a null sits. */
function emptyValuesIn(value: unknown, path = ''): string[] {
  if (value === undefined || value === null) {
    return [path]
  }
  if (Array.isArray(value)) {
    return value.length === 0
      ? [path]
      : value.flatMap((item, index) => emptyValuesIn(item, `${path}/${index}`))
  }
  if (typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => emptyValuesIn(item, `${path}/${key}`))
  }
  return []
}

describe('toOpenBadgeCredential', () => {
  const credential = toOpenBadgeCredential(input)

  it('is an OpenBadgeCredential in the VC 2.0, OB 3.0.3 and Osaamo contexts, in that order', () => {
    expect(credential['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      'https://w3id.org/osaamo/credentials/v1',
    ])
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential'])
    expect(credential.id).toBe(input.id)
  })

  it('names the issuer by its DID with name, address and contact in the achievement’s language', () => {
    expect(credential.issuer).toEqual({
      id: 'did:web:osaamo.example.fi:organisations:kaarnala-open',
      type: ['Profile'],
      name: 'Kaarnalan avoin yliopisto',
      url: 'https://kaarnala.example.fi',
      email: 'avoin@kaarnala.example.fi',
      address: {
        type: ['Address'],
        addressCountry: 'Finland',
        addressCountryCode: 'FI',
        addressRegion: 'Uusimaa',
      },
    })
  })

  it('writes dates as YYYY-MM-DDTHH:MM:SSZ and the award date as the issue date', () => {
    expect(credential.validFrom).toBe('2026-12-01T08:00:00Z')
    expect(credential.awardedDate).toBe('2026-12-01T08:00:00Z')
    expect(credential.credentialSubject.result[0]?.assessmentDate).toBe('2026-11-20T12:30:45Z')
    expect(credential).not.toHaveProperty('validUntil')
    expect(
      toOpenBadgeCredential({ ...input, validUntil: new Date('2031-12-01T00:00:00Z') }).validUntil,
    ).toBe('2031-12-01T00:00:00Z')
  })

  it('identifies the learner by id, a salted SHA-256 of the e-mail address and the name', () => {
    const expectedHash = createHash('sha256')
      .update(`learner@demo.osaamo.fi${input.learner.salt}`)
      .digest('hex')
    expect(credential.credentialSubject.id).toBe(input.learner.id)
    expect(credential.credentialSubject.identifier).toEqual([
      {
        type: 'IdentityObject',
        identityType: 'emailAddress',
        hashed: true,
        identityHash: `sha256$${expectedHash}`,
        salt: input.learner.salt,
      },
      { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: 'Sanni Laine' },
    ])
  })

  it('leaves out the subject id when the learner has none', () => {
    const { id: _id, ...learner } = input.learner
    const withoutId = toOpenBadgeCredential({ ...input, learner })
    expect(withoutId.credentialSubject).not.toHaveProperty('id')
    expect(withoutId.credentialSubject.identifier).toHaveLength(2)
  })

  it('gives the result in the grading scheme, with the assessment date and identity verification', () => {
    expect(credential.credentialSubject.result).toEqual([
      {
        type: ['Result'],
        resultDescription:
          'https://osaamo.example.fi/api/specification-versions/0b9c5a34-5d0e-4f7a-9a51-2d3c4e5f6a7b#grading',
        value: '4',
        assessmentDate: '2026-11-20T12:30:45Z',
        supervisionAndIdentityVerification: {
          id: 'http://data.europa.eu/snb/supervision-verification/70be69aaf9',
          prefLabel: expect.objectContaining({ en: 'Supervised, with identity verification' }),
        },
      },
    ])
    expect(credential.credentialSubject.creditsEarned).toBe(2.5)
    expect(credential.evidence).toEqual([
      { id: 'https://kaarnala.example.fi/portfolio/42', type: ['Evidence'], name: 'Project' },
    ])
  })

  it('carries the specification as an Achievement with the EU elements in Osaamo’s terms', () => {
    const { achievement } = credential.credentialSubject
    expect(credential.name).toBe('Ohjelmoinnin perusteet Pythonilla')
    expect(achievement).toMatchObject({
      id: 'https://osaamo.example.fi/api/specification-versions/0b9c5a34-5d0e-4f7a-9a51-2d3c4e5f6a7b',
      achievementType: 'MicroCredential',
      name: 'Ohjelmoinnin perusteet Pythonilla',
      description: 'Kirjoitat ja testaat pieniä ohjelmia.',
      inLanguage: 'fi',
      creditsAvailable: 2.5,
      alignment: [expect.objectContaining({ targetUrl: skill, targetFramework: 'ESCO' })],
      title: content.title,
      learningOutcome: [
        {
          id: `${achievement.id}#learning-outcome-1`,
          title: content.learningOutcomes[0]?.text,
          relatedSkill: [skill],
        },
      ],
      ectsCredits: '2.5',
      workloadHours: '67.5',
      eqfLevel: 'http://data.europa.eu/snb/eqf/6',
      qfEheaCycle: 'first',
      nqfLevel: 6,
      iscedField: 'http://data.europa.eu/snb/isced-f/0613',
      assessmentType: [
        {
          id: 'https://w3id.org/osaamo/vocab#assessment-type/project-work',
          prefLabel: expect.objectContaining({ en: 'Project work' }),
        },
      ],
      formOfParticipation: [
        expect.objectContaining({ id: 'http://data.europa.eu/snb/learning-assessment/920fbb3cbe' }),
        expect.objectContaining({ id: 'http://data.europa.eu/snb/learning-assessment/e92d221e4d' }),
      ],
      learningSetting: expect.objectContaining({
        id: 'http://data.europa.eu/snb/learning-setting/6fd4685715',
      }),
      supervisionAndIdentityVerification: expect.objectContaining({
        id: 'http://data.europa.eu/snb/supervision-verification/70be69aaf9',
      }),
      qualityAssuranceType: 'internal',
      qualityAssurance: { fi: 'Auditoitu laatujärjestelmä.' },
      prerequisites: { fi: 'Ei esitietoja.', en: 'None.' },
      stackability: 'stackable',
      stackableTowards: [{ title: { fi: 'Ohjelmistokehitys 15 op' } }],
      issuerLocation: [
        expect.objectContaining({ addressCountryCode: 'FI', addressRegion: 'Uusimaa' }),
      ],
      languageOfInstruction: ['fi', 'en'],
      furtherInformation: { en: 'See the course page.' },
      homepage: ['https://kaarnala.example.fi/avoin/python'],
    })
  })

  it('names every awarding body of a joint micro-credential', () => {
    expect(credential.credentialSubject.achievement.awardingBody).toEqual([
      expect.objectContaining({
        id: 'https://osaamo.example.fi/api/organisations/kaarnala-open',
        name: 'Kaarnalan avoin yliopisto',
      }),
      expect.objectContaining({
        id: 'https://osaamo.example.fi/api/organisations/pohjanranta-uas',
        name: 'Pohjanrannan ammattikorkeakoulu',
        address: expect.objectContaining({ addressRegion: 'Pohjois-Pohjanmaa' }),
      }),
    ])
  })

  it('writes "not applicable" as an IRI when the level does not apply', () => {
    const notApplicable = toOpenBadgeCredential({
      ...input,
      specificationVersion: versionOf({ ...content, eqfLevel: 'not-applicable' }),
    })
    expect(notApplicable.credentialSubject.achievement.eqfLevel).toBe(
      'https://w3id.org/osaamo/vocab#notApplicable',
    )
  })

  it('writes the texts in English when asked and the specification has them', () => {
    const english = toOpenBadgeCredential({ ...input, language: 'en' })
    expect(english.name).toBe('Programming basics with Python')
    expect(english.issuer.name).toBe('Kaarnala Open University')
    expect(english.credentialSubject.achievement.inLanguage).toBe('en')
  })

  it('gives one status entry as an object and two as an array', () => {
    const entry = (purpose: string, index: number) => ({
      id: `https://osaamo.example.fi/status-lists/1#${index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: purpose,
      statusListIndex: String(index),
      statusListCredential: 'https://osaamo.example.fi/status-lists/1',
    })
    const one = toOpenBadgeCredential({ ...input, credentialStatus: [entry('revocation', 7)] })
    const two = toOpenBadgeCredential({
      ...input,
      credentialStatus: [entry('revocation', 7), entry('suspension', 7)],
    })
    expect(one.credentialStatus).toEqual(entry('revocation', 7))
    expect(two.credentialStatus).toEqual([entry('revocation', 7), entry('suspension', 7)])
    expect(credential).not.toHaveProperty('credentialStatus')
  })

  it('writes no empty array, null or undefined, even for an empty specification', () => {
    const { evidence: _evidence, ...result } = input.result
    const bare = toOpenBadgeCredential({
      ...input,
      awardingBodies: [],
      specificationVersion: versionOf(emptySpecificationContent),
      result: { ...result, identityVerification: 'unknown' },
      credentialStatus: [],
    })
    expect(emptyValuesIn(credential)).toEqual([])
    expect(emptyValuesIn(bare)).toEqual([])
    expect(bare).not.toHaveProperty('evidence')
    expect(bare.credentialSubject.result[0]).not.toHaveProperty('resultDescription')
  })
})
