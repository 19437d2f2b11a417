import { describe, expect, it } from 'vitest'
import { emptySpecificationContent, type SpecificationContent } from './specification.js'
import { isReadyForReview, validateSpecification } from './validate-specification.js'

/** A complete, realistic specification with no problem at all. */
function buildSpecification(overrides: Partial<SpecificationContent> = {}): SpecificationContent {
  return {
    ...emptySpecificationContent,
    title: {
      fi: 'Tietoturvan perusteet ohjelmistokehittäjälle',
      en: 'Security basics for software developers',
    },
    summary: {
      fi: 'Tunnista ja korjaa yleisimmät haavoittuvuudet.',
      en: 'Find and fix the most common vulnerabilities.',
    },
    awardingBodyIds: ['10000000-0000-4000-8000-000000000001'],
    issuerLocations: [{ country: 'FI', region: 'Uusimaa' }],
    learningOutcomes: [
      {
        id: 'lo-1',
        text: {
          fi: 'Osaa analysoida verkkosovelluksen haavoittuvuuksia OWASP Top 10 -luettelon avulla.',
        },
        skills: [
          {
            uri: 'http://data.europa.eu/esco/skill/0e5f1f2d-3a4b-4c5d-8e9f-0a1b2c3d4e5f',
            kind: 'skill',
          },
        ],
      },
    ],
    ects: 3,
    hours: 81,
    eqfLevel: 6,
    qfEheaCycle: 'first',
    iscedField: '0612',
    assessmentTypes: ['project-work'],
    formsOfParticipation: ['online'],
    learningSetting: 'non-formal',
    supervision: 'unsupervised-no-id-verification',
    gradingScheme: 'pass-fail',
    qualityAssurance: {
      code: 'internal',
      text: { fi: 'Korkeakoulun laatujärjestelmä (auditoitu, Karvi 2024).' },
    },
    languages: ['fi', 'en'],
    price: { amountCents: 15_000, currency: 'EUR' },
    links: [{ url: 'https://kaarnala.example.fi/tietoturva', label: { fi: 'Lisätietoja' } }],
    ...overrides,
  }
}

const codes = (content: SpecificationContent) =>
  validateSpecification(content).map(
    (problem) => `${problem.severity}:${problem.path}:${problem.code}`,
  )

describe('validateSpecification', () => {
  it('finds nothing wrong in a complete specification', () => {
    expect(validateSpecification(buildSpecification())).toEqual([])
  })

  it('names every missing mandatory element of an empty draft at once', () => {
    const blocking = validateSpecification(emptySpecificationContent).filter(
      (problem) => problem.severity === 'blocking',
    )
    expect(blocking.map((problem) => problem.code)).toEqual([
      'title-missing',
      'awarding-body-missing',
      'issuer-location-missing',
      'learning-outcomes-missing',
      'ects-missing',
      'eqf-level-missing',
      'assessment-type-missing',
      'form-of-participation-missing',
      'quality-assurance-missing',
    ])
    expect(isReadyForReview(validateSpecification(emptySpecificationContent))).toBe(false)
  })

  it('gives every problem a message in Finnish, Swedish and English', () => {
    for (const problem of validateSpecification(emptySpecificationContent)) {
      expect(
        problem.message.fi.length * problem.message.sv.length * problem.message.en.length,
      ).toBeGreaterThan(0)
    }
  })

  it('lists blocking problems before advisory ones', () => {
    const severities = validateSpecification({
      ...emptySpecificationContent,
      learningOutcomes: [{ id: 'x', text: { en: 'Understand things' }, skills: [] }],
    }).map((problem) => problem.severity)
    expect(severities).toContain('advisory')
    expect(severities.lastIndexOf('blocking')).toBeLessThan(severities.indexOf('advisory'))
  })

  it.each([
    [0.5, false],
    [1, true],
    [59, true],
    [59.5, false],
    [60, false],
  ])('holds the Finnish size rule of 1–59 op: %s op is allowed: %s', (ects, isAllowed) => {
    expect(
      codes(buildSpecification({ ects, hours: undefined })).includes(
        'blocking:ects:ects-out-of-range',
      ),
    ).toBe(!isAllowed)
  })

  it('advises when the hours and the ECTS are more than 20 % apart, and derives hours when absent', () => {
    expect(codes(buildSpecification({ ects: 3, hours: 100 }))).toContain(
      'advisory:hours:workload-hours-mismatch',
    )
    expect(codes(buildSpecification({ ects: 3, hours: 95 }))).toEqual([])
    expect(codes(buildSpecification({ ects: 3, hours: undefined }))).toEqual([])
    const [mismatch] = validateSpecification(buildSpecification({ ects: 3, hours: 100 }))
    expect(mismatch?.message.en).toContain('100 h')
  })

  it('accepts "not applicable" as the level, and refuses a level outside 1–8', () => {
    expect(
      codes(buildSpecification({ eqfLevel: 'not-applicable', qfEheaCycle: undefined })),
    ).toEqual([])
    expect(codes(buildSpecification({ eqfLevel: 9 }))).toContain(
      'blocking:eqfLevel:eqf-level-invalid',
    )
  })

  it('advises when the EQF level and the QF-EHEA cycle disagree', () => {
    expect(codes(buildSpecification({ eqfLevel: 7, qfEheaCycle: 'first' }))).toEqual([
      'advisory:qfEheaCycle:level-cycle-mismatch',
    ])
  })

  it('advises linking an ESCO skill to every learning outcome, and refuses a URI that is not ESCO', () => {
    const outcome = {
      id: 'lo-2',
      text: { en: 'Can design a threat model for a web service.' },
      skills: [],
    }
    expect(codes(buildSpecification({ learningOutcomes: [outcome] }))).toEqual([
      'advisory:learningOutcomes[0].skills:learning-outcome-without-skill',
    ])
    const badSkill = {
      ...outcome,
      skills: [{ uri: 'https://example.com/skill/1', kind: 'skill' as const }],
    }
    expect(codes(buildSpecification({ learningOutcomes: [badSkill] }))).toContain(
      'blocking:learningOutcomes[0].skills[0]:skill-uri-invalid',
    )
  })

  it.each([
    ['en', 'Understand the basics of encryption.'],
    ['en', 'The learner knows about secure coding.'],
    ['fi', 'Opiskelija ymmärtää salauksen perusteet.'],
    ['fi', 'Tuntee tietoturvan käsitteet.'],
    ['sv', 'Den studerande förstår grunderna i kryptering.'],
  ])('advises rewriting a %s outcome that is not observable: %s', (language, text) => {
    const outcome = {
      id: 'lo-3',
      text: { [language]: text },
      skills: [
        {
          uri: 'http://data.europa.eu/esco/skill/0e5f1f2d-3a4b-4c5d-8e9f-0a1b2c3d4e5f',
          kind: 'skill' as const,
        },
      ],
    }
    expect(codes(buildSpecification({ learningOutcomes: [outcome] }))).toEqual([
      'advisory:learningOutcomes[0].text:learning-outcome-not-observable',
    ])
  })

  it('refuses values outside the controlled vocabularies, naming each path', () => {
    expect(
      codes(
        buildSpecification({
          assessmentTypes: ['project-work', 'vibes'],
          formsOfParticipation: ['teleport'],
          learningSetting: 'informal',
          supervision: 'sometimes',
          gradingScheme: '1-10',
          qfEheaCycle: 'fourth',
          iscedField: '42',
          languages: ['finnish'],
        }),
      ),
    ).toEqual([
      'blocking:qfEheaCycle:qf-ehea-cycle-invalid',
      'blocking:iscedField:isced-field-invalid',
      'blocking:assessmentTypes[1]:assessment-type-unknown',
      'blocking:formsOfParticipation[0]:form-of-participation-unknown',
      'blocking:learningSetting:learning-setting-unknown',
      'blocking:supervision:supervision-unknown',
      'blocking:gradingScheme:grading-scheme-unknown',
      'blocking:languages[0]:language-unknown',
    ])
  })

  it('refuses an awarding body that is not a known organisation', () => {
    const isKnownOrganisation = (id: string) => id === '10000000-0000-4000-8000-000000000001'
    expect(validateSpecification(buildSpecification(), { isKnownOrganisation })).toEqual([])
    const joint = buildSpecification({
      awardingBodyIds: [
        '10000000-0000-4000-8000-000000000001',
        '10000000-0000-4000-8000-0000000000ff',
      ],
    })
    expect(
      validateSpecification(joint, { isKnownOrganisation }).map((problem) => problem.path),
    ).toEqual(['awardingBodyIds[1]'])
  })

  it('refuses a negative price, a bad country, a link that is not http and a stackable whole without a name', () => {
    expect(
      codes(
        buildSpecification({
          price: { amountCents: -1, currency: 'EUR' },
          issuerLocations: [{ country: 'Finland', region: undefined }],
          links: [{ url: 'javascript:alert(1)', label: {} }],
          stackability: { kind: 'stackable', towards: [{ fi: ' ' }] },
        }),
      ),
    ).toEqual([
      'blocking:issuerLocations[0].country:issuer-country-invalid',
      'blocking:stackability.towards:stackable-target-missing',
      'blocking:price.amountCents:price-invalid',
      'blocking:links[0].url:link-url-invalid',
    ])
  })
})
