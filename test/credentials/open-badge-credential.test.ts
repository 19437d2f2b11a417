import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  checkCredentialShape,
  emptySpecificationContent,
  type LanguageMap,
  type SpecificationContent,
  toOpenBadgeCredential,
} from '../../src/core/index.js'
import {
  createDocumentLoader,
  toCanonicalNQuads,
  validateOpenBadgeSchema,
} from '../../src/credentials/index.js'
import {
  demoSpecificationOwner,
  demoSpecifications,
} from '../../src/services/demo-specifications.js'
import { testCredentialInput, testPublicUrl } from '../support/open-badge-credential-input.js'

const publicUrl = testPublicUrl
const inputFor = testCredentialInput

const documentLoader = createDocumentLoader()
const osaamoTerm = (term: string) => `<https://w3id.org/osaamo/vocab#${term}>`

describe.each(demoSpecifications.map((demo) => ({ ...demo, name: demo.key })))(
  'the OpenBadgeCredential of the demo specification $name',
  (demo) => {
    const credential = toOpenBadgeCredential(
      inputFor(demo.content, [demoSpecificationOwner, ...demo.jointWith]),
    )

    it('canonicalises in JSON-LD safe mode, every term defined', async () => {
      const nquads = await toCanonicalNQuads(credential, documentLoader)
      expect(nquads).toContain('<https://purl.imsglobal.org/spec/vc/ob/vocab.html#Achievement>')
      expect(nquads).toContain(osaamoTerm('stackability'))
      if (demo.content.ects !== undefined) {
        expect(nquads).toContain(
          `${osaamoTerm('ectsCredits')} "${demo.content.ects}"^^<http://www.w3.org/2001/XMLSchema#decimal>`,
        )
      }
      if (demo.content.learningOutcomes.length > 0) {
        expect(nquads).toContain(`${osaamoTerm('relatedSkill')} <http://data.europa.eu/esco/skill/`)
      }
    })

    it('keeps the VC Data Model 2.0 rules checked before issuing', () => {
      expect(checkCredentialShape(credential)).toEqual([])
    })

    it('passes the Open Badges 3.0 JSON Schema', () => {
      expect(validateOpenBadgeSchema(credential, 'achievement')).toEqual({
        isValid: true,
        errors: [],
      })
    })
  },
)

describe('the OpenBadgeCredential of a joint micro-credential', () => {
  it('names both awarding bodies in the canonical form', async () => {
    const joint = demoSpecifications.find((demo) => demo.jointWith.length > 0)
    expect(joint).toBeDefined()
    const credential = toOpenBadgeCredential(
      inputFor(joint?.content ?? emptySpecificationContent, [
        demoSpecificationOwner,
        ...(joint?.jointWith ?? []),
      ]),
    )
    const nquads = await toCanonicalNQuads(credential, documentLoader)
    expect(nquads).toContain(
      `${osaamoTerm('awardingBody')} <${publicUrl}/api/organisations/pohjanranta-uas>`,
    )
  })
})

describe('safe mode', () => {
  it('refuses a credential with a term no context defines, so the checks above can fail', async () => {
    const credential = toOpenBadgeCredential(inputFor(emptySpecificationContent, []))
    await expect(
      toCanonicalNQuads({ ...credential, notInAnyContext: 'x' }, documentLoader),
    ).rejects.toMatchObject({ problem: 'JSONLD_INVALID' })
  })
})

const text = fc.string({ minLength: 1, maxLength: 40 }).filter((value) => value.trim() !== '')
const languageMap: fc.Arbitrary<LanguageMap> = fc.record(
  { fi: text, sv: text, en: text },
  { requiredKeys: [] },
)
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined })
const uuid = fc.uuid({ version: 4 })

const contentArbitrary: fc.Arbitrary<SpecificationContent> = fc
  .record({
    title: languageMap,
    summary: languageMap,
    description: languageMap,
    issuerLocations: fc.array(
      fc.record({ country: fc.constantFrom('FI', 'SE', 'EE'), region: optional(text) }),
      { maxLength: 2 },
    ),
    learningOutcomes: fc.array(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 8 }),
        text: languageMap,
        skills: fc.array(
          fc.record({
            uri: uuid.map((id) => `http://data.europa.eu/esco/skill/${id}`),
            kind: fc.constantFrom('skill' as const, 'knowledge' as const),
          }),
          { maxLength: 3 },
        ),
      }),
      { maxLength: 3 },
    ),
    ects: optional(fc.integer({ min: 1, max: 120 }).map((halves) => halves / 2)),
    hours: optional(fc.integer({ min: 1, max: 3000 })),
    eqfLevel: optional(
      fc.oneof(fc.integer({ min: 1, max: 8 }), fc.constant('not-applicable' as const)),
    ),
    qfEheaCycle: optional(fc.constantFrom('short', 'first', 'second', 'third')),
    nqfLevel: optional(fc.integer({ min: 1, max: 8 })),
    iscedField: optional(fc.constantFrom('06', '061', '0613', '0413')),
    assessmentTypes: fc.subarray(['written-examination', 'portfolio', 'project-work', 'quiz']),
    formsOfParticipation: fc.subarray(['online', 'blended', 'presential', 'work-based']),
    learningSetting: optional(fc.constantFrom('formal', 'non-formal')),
    supervision: optional(
      fc.constantFrom(
        'unsupervised-no-id-verification',
        'supervised-no-id-verification',
        'supervised-with-id-verification',
      ),
    ),
    gradingScheme: optional(fc.constantFrom('0-5', 'pass-fail')),
    qualityAssurance: optional(
      fc.record({ code: fc.constantFrom('internal', 'external'), text: languageMap }),
    ),
    prerequisites: languageMap,
    stackability: fc.oneof(
      fc.constant({ kind: 'stand-alone' as const }),
      fc.record({
        kind: fc.constant('stackable' as const),
        towards: fc.array(languageMap, { maxLength: 2 }),
      }),
    ),
    languages: fc.subarray(['fi', 'sv', 'en']),
    furtherInformation: languageMap,
    links: fc.array(
      fc.record({ url: uuid.map((id) => `https://example.fi/${id}`), label: languageMap }),
      { maxLength: 2 },
    ),
  })
  .map((content): SpecificationContent => ({ ...emptySpecificationContent, ...content }))

describe('OpenBadgeCredentials of varied specifications', () => {
  it('canonicalise in safe mode and pass the schema, with optional elements present or absent', async () => {
    await fc.assert(
      fc.asyncProperty(
        contentArbitrary,
        fc.subarray(['pohjanranta-uas', 'revontuli-software']),
        fc.constantFrom('fi' as const, 'sv' as const, 'en' as const),
        fc.boolean(),
        async (content, partners, language, hasLearnerId) => {
          const base = inputFor(content, [demoSpecificationOwner, ...partners])
          const { id: _id, ...learner } = base.learner
          const credential = toOpenBadgeCredential({
            ...base,
            language,
            learner: hasLearnerId
              ? { ...learner, id: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK' }
              : learner,
          })
          const nquads = await toCanonicalNQuads(credential, documentLoader)
          expect(nquads.length).toBeGreaterThan(0)
          expect(validateOpenBadgeSchema(credential, 'achievement').errors).toEqual([])
        },
      ),
      { numRuns: 40 },
    )
  })
})
