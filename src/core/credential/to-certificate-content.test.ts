import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { languages } from '../language.js'
import {
  emptySpecificationContent,
  type SpecificationContent,
} from '../specification/specification.js'
import { certificateLabels } from './certificate-labels.js'
import type { JsonObject } from './json.js'
import type { OpenBadgeCredentialInput } from './open-badge-credential.js'
import {
  certificateDate,
  certificateVerificationUrl,
  isOpenBadgeCredential,
  toCertificateContent,
} from './to-certificate-content.js'
import { toOpenBadgeCredential } from './to-open-badge-credential.js'

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

const kaarnala = {
  id: '6f7c1d2e-0000-4000-8000-000000000001',
  slug: 'kaarnala-open',
  name: { fi: 'Kaarnalan avoin yliopisto', en: 'Kaarnala Open University' },
  country: 'FI',
  region: 'Uusimaa',
}
const skill = 'http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97'
const content: SpecificationContent = {
  ...emptySpecificationContent,
  title: {
    fi: 'Ohjelmoinnin perusteet Pythonilla',
    sv: 'Grunderna i programmering med Python',
    en: 'Programming basics with Python',
  },
  awardingBodyIds: [kaarnala.id],
  issuerLocations: [{ country: 'FI', region: 'Uusimaa' }],
  learningOutcomes: [
    {
      id: 'lo-1',
      text: { fi: 'Osaa kirjoittaa Python-ohjelman.', en: 'Can write a Python program.' },
      skills: [{ uri: skill, kind: 'skill' }],
    },
    { id: 'lo-2', text: { fi: 'Osaa testata ohjelman.' }, skills: [] },
  ],
  ects: 2.5,
  eqfLevel: 6,
  qfEheaCycle: 'first',
  nqfLevel: 6,
  iscedField: '0613',
  assessmentTypes: ['project-work', 'written-examination'],
  formsOfParticipation: ['online'],
  learningSetting: 'formal',
  supervision: 'supervised-no-id-verification',
  gradingScheme: '0-5',
  qualityAssurance: { code: 'internal', text: { fi: 'Auditoitu laatujärjestelmä.' } },
  prerequisites: { fi: 'Ei esitietoja.', en: 'None.' },
  stackability: { kind: 'stackable', towards: [{ fi: 'Ohjelmistokehitys 15 op' }] },
  languages: ['fi', 'en'],
}
const at = new Date('2026-08-01T10:00:00Z')
const input: OpenBadgeCredentialInput = {
  id: 'urn:uuid:3f1c7c8e-8a43-4c36-9d6a-6c2f1f0e2b11',
  issuer: {
    id: 'did:web:osaamo.example.fi:organisations:kaarnala-open',
    name: kaarnala.name,
    url: 'https://kaarnala.example.fi',
  },
  specificationVersion: {
    id: '0b9c5a34-5d0e-4f7a-9a51-2d3c4e5f6a7b',
    specificationId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
    organisationId: kaarnala.id,
    versionNumber: 1,
    status: 'published',
    content,
    changeLog: '',
    createdAt: at,
    updatedAt: at,
    publishedAt: at,
    reviewDueAt: undefined,
  },
  publicUrl: 'https://osaamo.example.fi',
  awardingBodies: [kaarnala],
  skillLabels: new Map([[skill, 'write computer code']]),
  learner: {
    name: 'Sanni Laine',
    emailAddress: 'learner@demo.osaamo.fi',
    salt: 'c2FsdA',
    sha256Hex,
  },
  result: {
    grade: '4',
    assessedAt: new Date('2026-11-20T12:30:00Z'),
    identityVerification: 'supervised-with-id-verification',
  },
  validFrom: new Date('2026-12-01T08:00:00Z'),
  validUntil: new Date('2031-12-01T08:00:00Z'),
  language: 'fi',
}
const credential = toOpenBadgeCredential(input) as unknown as JsonObject
const url = 'https://osaamo.example.fi/verify/3f1c7c8e-8a43-4c36-9d6a-6c2f1f0e2b11'

describe('toCertificateContent', () => {
  it('reads every EU element of the credential in Finnish', () => {
    const certificate = toCertificateContent(credential, 'fi', url)
    expect(certificate.title).toBe('Ohjelmoinnin perusteet Pythonilla')
    expect(certificate.learnerName).toBe('Sanni Laine')
    expect(certificate.issuer).toEqual({ label: 'Myöntäjä', value: 'Kaarnalan avoin yliopisto' })
    expect(certificate.awardingBodies?.value).toBe('Kaarnalan avoin yliopisto')
    expect(certificate.issuedOn).toEqual({ label: 'Myöntämispäivä', value: '1.12.2026' })
    expect(certificate.credits).toEqual({ label: 'Laajuus', value: '2,5 op (ECTS)' })
    expect(certificate.workload?.value).toBe('67,5 tuntia')
    expect(certificate.eqfLevel).toEqual({ label: 'EQF-taso', value: '6' })
    expect(certificate.nqfLevel?.value).toBe('6')
    expect(certificate.qfEheaCycle?.value).toBe('Ensimmäinen sykli')
    expect(certificate.field?.value).toBe('Tietojenkäsittely ja tietoliikenne (ICT) (0613)')
    expect(certificate.learningOutcomes).toEqual([
      { text: 'Osaa kirjoittaa Python-ohjelman.', skills: ['write computer code'] },
      { text: 'Osaa testata ohjelman.', skills: [] },
    ])
    expect(certificate.assessment?.value).toBe('Projektityö, Kirjallinen tentti')
    expect(certificate.participation?.value).toBe('Verkossa')
    expect(certificate.learningSetting?.value).toBe('Formaali')
    expect(certificate.grade).toEqual({ label: 'Arvosana', value: '4' })
    expect(certificate.gradingScheme?.value).toBe('Arvosteluasteikko 0–5')
    expect(certificate.assessedOn?.value).toBe('20.11.2026')
    expect(certificate.qualityAssurance?.value).toBe('Auditoitu laatujärjestelmä.')
    expect(certificate.prerequisites?.value).toBe('Ei esitietoja.')
    expect(certificate.stackability?.value).toBe('Yhdistettävissä: Ohjelmistokehitys 15 op')
    expect(certificate.languages?.value).toBe('suomi, englanti')
    expect(certificate.validity.value).toBe('Voimassa 1.12.2031 asti')
    expect(certificate.credentialId.value).toBe(input.id)
    expect(certificate.verificationUrl).toBe(url)
  })

  it('prints the supervision the assessment used, not only the one the specification planned', () => {
    expect(toCertificateContent(credential, 'en', url).supervision?.value).toBe(
      'Supervised, with identity verification',
    )
  })

  it('picks texts and labels in English and Swedish, falling back where a text lacks one', () => {
    const english = toCertificateContent(credential, 'en', url)
    expect(english.title).toBe('Programming basics with Python')
    expect(english.credits?.value).toBe('2.5 ECTS credits')
    expect(english.issuedOn?.value).toBe('1 December 2026')
    expect(english.learningOutcomes[1]?.text).toBe('Osaa testata ohjelman.')
    expect(english.headings.verify).toBe('Verify this credential')
    const swedish = toCertificateContent(credential, 'sv', url)
    expect(swedish.title).toBe('Grunderna i programmering med Python')
    expect(swedish.credits?.value).toBe('2,5 sp (ECTS)')
    expect(swedish.issuedOn?.value).toBe('2026-12-01')
    expect(swedish.eqfLevel?.label).toBe('EQF-nivå')
  })

  it('leaves out what the credential lacks and says a credential without an end date does not expire', () => {
    const { validUntil: _, ...rest } = input
    const bare = toOpenBadgeCredential({
      ...rest,
      specificationVersion: {
        ...input.specificationVersion,
        content: {
          ...emptySpecificationContent,
          title: { en: 'Bare' },
          stackability: { kind: 'stand-alone' },
        },
      },
    }) as unknown as JsonObject
    const certificate = toCertificateContent(bare, 'en', url)
    expect(certificate.credits).toBeUndefined()
    expect(certificate.eqfLevel).toBeUndefined()
    expect(certificate.learningOutcomes).toEqual([])
    expect(certificate.stackability?.value).toBe('Stand-alone')
    expect(certificate.validity.value).toBe('Does not expire')
  })

  it('translates a pass/fail grade', () => {
    const passed = structuredClone(credential) as {
      credentialSubject: { result: { value: string }[] }
    }
    const [result] = passed.credentialSubject.result
    if (result !== undefined) {
      result.value = 'Pass'
    }
    expect(toCertificateContent(passed, 'fi', url).grade?.value).toBe('Hyväksytty')
  })

  it('tells an OpenBadgeCredential from another credential', () => {
    expect(isOpenBadgeCredential(credential)).toBe(true)
    expect(
      isOpenBadgeCredential({ type: ['VerifiableCredential'], credentialSubject: { id: 'x' } }),
    ).toBe(false)
  })
})

describe('certificate texts', () => {
  it('has every label in Finnish, Swedish and English', () => {
    for (const label of Object.values(certificateLabels)) {
      for (const language of languages) {
        expect(label[language].trim()).not.toBe('')
      }
    }
  })

  it('writes dates in each language’s own way', () => {
    const date = new Date('2026-03-05T23:30:00Z')
    expect(certificateDate(date, 'fi')).toBe('5.3.2026')
    expect(certificateDate(date, 'sv')).toBe('2026-03-05')
    expect(certificateDate(date, 'en')).toBe('5 March 2026')
  })

  it('points the verification link at the public page of the credential', () => {
    expect(certificateVerificationUrl('https://osaamo.example.fi', 'abc')).toBe(
      'https://osaamo.example.fi/verify/abc',
    )
  })
})
