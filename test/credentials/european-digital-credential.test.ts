import { describe, expect, it } from 'vitest'
import {
  nonEmptyText,
  toEuropeanDigitalCredential,
  toOpenBadgeCredential,
} from '../../src/core/index.js'
import {
  demoSpecificationOwner,
  demoSpecifications,
} from '../../src/services/demo-specifications.js'
import { testCredentialInput, testPublicUrl } from '../support/open-badge-credential-input.js'

type Node = Record<string, unknown>

/** Every path in a JSON value at which an empty array, an empty object, null or undefined sits. */
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
    const entries = Object.entries(value)
    return entries.length === 0
      ? [path]
      : entries.flatMap(([key, item]) => emptyValuesIn(item, `${path}/${key}`))
  }
  return []
}

describe.each(demoSpecifications.map((demo) => ({ ...demo, name: demo.key })))(
  'the European Digital Credential of the demo specification $name',
  (demo) => {
    const input = testCredentialInput(demo.content, [demoSpecificationOwner, ...demo.jointWith])
    const document = toEuropeanDigitalCredential(
      toOpenBadgeCredential(input),
      input.specificationVersion,
      { publicUrl: testPublicUrl, awardingBodies: input.awardingBodies },
    )
    const claim = ((document.credentialSubject as Node).hasClaim as Node[])[0] as Node
    const specification = claim.specifiedBy as Node
    const { content } = input.specificationVersion

    it('has every property the EDC application profile requires of a credential', () => {
      for (const property of [
        'credentialProfiles',
        'displayParameter',
        'issuer',
        'credentialSubject',
        'issuanceDate',
        'issued',
        'validFrom',
        'evidence',
        'credentialSchema',
      ]) {
        expect(document, property).toHaveProperty(property)
      }
    })

    it('writes no empty array, empty object, null or undefined', () => {
      expect(emptyValuesIn(JSON.parse(JSON.stringify(document)))).toEqual([])
      expect(emptyValuesIn(document)).toEqual([])
    })

    it('carries the Annex I elements where the mapping puts them', () => {
      // M1, M2, M4, M5
      expect(document.credentialSubject).toMatchObject({ fullName: { fi: 'Sanni Laine' } })
      expect(claim.title).toEqual(nonEmptyText(content.title))
      expect((claim.awardedBy as Node).awardingBody).toHaveLength(1 + demo.jointWith.length)
      expect(document.issued).toBe('2026-12-01T08:00:00Z')
      // M3
      expect(document.issuer).toMatchObject({
        location: [{ address: { countryCode: { id: expect.stringMatching(/\/country\/FIN$/) } } }],
      })
      // M6, M7, M8
      expect(specification.learningOutcome ?? []).toHaveLength(content.learningOutcomes.length)
      if (content.ects !== undefined) {
        expect(specification.creditPoint).toEqual([
          expect.objectContaining({ point: String(content.ects) }),
        ])
        expect(claim.creditReceived).toEqual(specification.creditPoint)
      }
      if (typeof content.eqfLevel === 'number') {
        expect(specification).toMatchObject({
          type: 'Qualification',
          eqfLevel: { id: `http://data.europa.eu/snb/eqf/${content.eqfLevel}` },
        })
      }
      // M9, O2, O3
      expect(claim.provenBy).toEqual([
        expect.objectContaining({
          type: 'LearningAssessment',
          grade: expect.objectContaining({ type: 'Note' }),
        }),
      ])
      // M10
      expect(specification.mode ?? []).toHaveLength(content.formsOfParticipation.length)
      // Identifiers the EDC reads as IRIs are absolute.
      expect(specification.id).toMatch(/^https:\/\//)
      expect(document.id).toMatch(/^urn:credential:/)
    })
  },
)
