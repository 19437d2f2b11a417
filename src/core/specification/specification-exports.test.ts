import { readFileSync } from 'node:fs'
import { Ajv2019 } from 'ajv/dist/2019.js'
import addFormatsPlugin from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { emptySpecificationContent, type SpecificationContent } from './specification.js'
import { toAchievement } from './to-achievement.js'
import { toElmLearningAchievementSpecification } from './to-elm-specification.js'
import type { SpecificationVersion } from './version.js'

const schema = JSON.parse(
  readFileSync(
    new URL(
      '../../../test/fixtures/vectors/ob3-json-schemas/achievementcredential.json',
      import.meta.url,
    ),
    'utf8',
  ),
) as { $id: string }

// ajv-formats is CommonJS; its default export is the plugin function.
const addFormats = addFormatsPlugin as unknown as (ajv: Ajv2019) => Ajv2019
const ajv = addFormats(new Ajv2019({ allErrors: true, strict: false }))
ajv.addSchema(schema)
const validateAchievement = ajv.getSchema(`${schema.$id}#/$defs/Achievement`)

const organisation = {
  id: '6f7c1d2e-0000-4000-8000-000000000001',
  slug: 'kaarnala-open',
  name: { fi: 'Kaarnalan avoin korkeakoulu', en: 'Kaarnala Open University' },
  country: 'FI',
  region: 'Uusimaa',
}

/** A complete specification, as test/api/specifications.test.ts's completeContent. */
const completeContent: SpecificationContent = {
  ...emptySpecificationContent,
  title: { fi: 'Ohjelmoinnin perusteet Pythonilla', en: 'Programming basics with Python' },
  summary: { fi: 'Opit kirjoittamaan ja testaamaan pieniä Python-ohjelmia.' },
  awardingBodyIds: [organisation.id],
  issuerLocations: [{ country: 'FI', region: 'Uusimaa' }],
  learningOutcomes: [
    {
      id: 'lo-1',
      text: {
        fi: 'Osaa kirjoittaa ja testata pienen Python-ohjelman.',
        en: 'Can write and test a small Python program.',
      },
      skills: [
        {
          uri: 'http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97',
          kind: 'skill',
        },
      ],
    },
  ],
  ects: 5,
  hours: 81,
  eqfLevel: 6,
  qfEheaCycle: 'first',
  iscedField: '0613',
  assessmentTypes: ['project-work'],
  formsOfParticipation: ['online', 'blended'],
  learningSetting: 'non-formal',
  supervision: 'unsupervised-no-id-verification',
  gradingScheme: '0-5',
  qualityAssurance: { code: 'internal', text: { fi: 'Korkeakoulun auditoitu laatujärjestelmä.' } },
  prerequisites: { fi: 'Ei esitietoja.', en: 'None.' },
  languages: ['fi', 'sv', 'en'],
  price: { amountCents: 0, currency: 'EUR' },
}

function versionOf(content: SpecificationContent): SpecificationVersion {
  const at = new Date('2026-12-01T10:00:00Z')
  return {
    id: '0b9c5a34-5d0e-4f7a-9a51-2d3c4e5f6a7b',
    specificationId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
    organisationId: organisation.id,
    versionNumber: 2,
    status: 'published',
    content,
    changeLog: '',
    createdAt: at,
    updatedAt: at,
    publishedAt: at,
    reviewDueAt: undefined,
  }
}

const context = {
  publicUrl: 'https://osaamo.example.fi',
  awardingBodies: [organisation],
  skillLabels: new Map([
    ['http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97', 'Python'],
  ]),
}

describe('toAchievement', () => {
  it('makes an Achievement that the Open Badges 3.0 JSON Schema accepts', () => {
    expect(validateAchievement).toBeDefined()
    const achievement = toAchievement(versionOf(completeContent), context)
    expect(validateAchievement?.(achievement), JSON.stringify(validateAchievement?.errors)).toBe(
      true,
    )
  })

  it('makes a schema-valid Achievement of an empty draft too', () => {
    const achievement = toAchievement(versionOf(emptySpecificationContent), {
      publicUrl: 'https://osaamo.example.fi',
      awardingBodies: [],
    })
    expect(validateAchievement?.(achievement), JSON.stringify(validateAchievement?.errors)).toBe(
      true,
    )
  })

  it('is rejected by the schema when a required property is missing, so the check can fail', () => {
    const { criteria: _criteria, ...withoutCriteria } = toAchievement(
      versionOf(completeContent),
      context,
    )
    expect(validateAchievement?.(withoutCriteria)).toBe(false)
  })

  it('maps the specification to the Achievement’s terms', () => {
    const achievement = toAchievement(versionOf(completeContent), context)
    expect(achievement).toMatchObject({
      id: 'https://osaamo.example.fi/api/specification-versions/0b9c5a34-5d0e-4f7a-9a51-2d3c4e5f6a7b',
      type: ['Achievement'],
      achievementType: 'MicroCredential',
      name: 'Ohjelmoinnin perusteet Pythonilla',
      inLanguage: 'fi',
      creditsAvailable: 5,
      fieldOfStudy: 'Tietojenkäsittely ja tietoliikenne (ICT) (ISCED-F 0613)',
      version: '2',
      alignment: [
        {
          type: ['Alignment'],
          targetName: 'Python',
          targetUrl: 'http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97',
          targetCode: '21d2f96d-35f7-4e3f-9745-c533d2dd6e97',
          targetFramework: 'ESCO',
          targetType: 'ceasn:Competency',
        },
      ],
      creator: {
        id: 'https://osaamo.example.fi/api/organisations/kaarnala-open',
        type: ['Profile'],
        name: 'Kaarnalan avoin korkeakoulu',
        address: {
          type: ['Address'],
          addressCountry: 'Finland',
          addressCountryCode: 'FI',
          addressRegion: 'Uusimaa',
        },
      },
      resultDescription: [
        { type: ['ResultDescription'], resultType: 'LetterGrade', requiredValue: '1' },
      ],
    })
    expect(achievement.criteria.narrative).toContain(
      '- Osaa kirjoittaa ja testata pienen Python-ohjelman.',
    )
  })

  it('writes the texts in the asked language when the title has it', () => {
    const achievement = toAchievement(versionOf(completeContent), { ...context, language: 'en' })
    expect(achievement.name).toBe('Programming basics with Python')
    expect(achievement.inLanguage).toBe('en')
    expect(achievement.criteria.narrative).toContain('Can write and test a small Python program.')
  })
})

describe('toElmLearningAchievementSpecification', () => {
  const document = toElmLearningAchievementSpecification(versionOf(completeContent), context)

  it('is a Qualification in the EDC JSON-LD context with the title as a language map', () => {
    expect(document).toMatchObject({
      '@context': 'http://data.europa.eu/snb/model/context/edc-ap',
      id: 'https://osaamo.example.fi/api/specification-versions/0b9c5a34-5d0e-4f7a-9a51-2d3c4e5f6a7b',
      type: 'Qualification',
      title: { fi: 'Ohjelmoinnin perusteet Pythonilla', en: 'Programming basics with Python' },
    })
  })

  it('gives the outcomes with their ESCO skills', () => {
    expect(document.learningOutcome).toEqual([
      expect.objectContaining({
        type: 'LearningOutcome',
        title: completeContent.learningOutcomes[0]?.text,
        relatedESCOSkill: [
          expect.objectContaining({
            id: 'http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97',
            type: 'Concept',
          }),
        ],
      }),
    ])
  })

  it('gives the workload, level, field, mode, setting and languages by their vocabulary URIs', () => {
    expect(document).toMatchObject({
      creditPoint: [
        {
          type: 'CreditPoint',
          framework: { id: 'http://data.europa.eu/snb/education-credit/6fcec5c5af' },
          point: '5',
        },
      ],
      volumeOfLearning: 'PT81H',
      eqfLevel: {
        id: 'http://data.europa.eu/snb/eqf/6',
        inScheme: { id: 'http://data.europa.eu/snb/eqf/25831c2' },
      },
      thematicArea: [{ id: 'http://data.europa.eu/snb/isced-f/0613' }],
      mode: [
        { id: 'http://data.europa.eu/snb/learning-assessment/920fbb3cbe' },
        { id: 'http://data.europa.eu/snb/learning-assessment/e92d221e4d' },
      ],
      learningSetting: { id: 'http://data.europa.eu/snb/learning-setting/e207a81fc7' },
      entryRequirement: { type: 'Note', noteLiteral: { fi: 'Ei esitietoja.', en: 'None.' } },
      language: [
        { id: 'http://publications.europa.eu/resource/authority/language/FIN' },
        { id: 'http://publications.europa.eu/resource/authority/language/SWE' },
        { id: 'http://publications.europa.eu/resource/authority/language/ENG' },
      ],
      isPartialQualification: false,
    })
  })

  it('derives the hours from the ECTS at 27 h each when none are stated', () => {
    const derived = toElmLearningAchievementSpecification(
      versionOf({ ...completeContent, hours: undefined }),
      context,
    )
    expect(derived.volumeOfLearning).toBe('PT135H')
  })

  it('leaves out what an empty draft lacks, and is a LearningAchievementSpecification without a level', () => {
    const empty = toElmLearningAchievementSpecification(
      versionOf(emptySpecificationContent),
      context,
    )
    expect(empty.type).toBe('LearningAchievementSpecification')
    expect(Object.keys(empty).sort()).toEqual(['@context', 'id', 'title', 'type'])
  })
})
