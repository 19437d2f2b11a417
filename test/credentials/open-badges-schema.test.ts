import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  type SpecificationVersion,
  toOpenBadgeCredential,
  toStatusListEntry,
} from '../../src/core/index.js'
import { validateOpenBadgeSchema } from '../../src/credentials/index.js'
import { demoSpecifications } from '../../src/services/demo-specifications.js'

function realCredential(file: string): Record<string, unknown> {
  return JSON.parse(
    readFileSync(new URL(`../fixtures/vectors/real-credentials/${file}`, import.meta.url), 'utf8'),
  ) as Record<string, unknown>
}

/** An unsigned credential built from each demo specification, as Osaamo issues them. */
function demoCredentials(): Record<string, unknown>[] {
  const organisation = {
    id: '6f7c1d2e-0000-4000-8000-000000000001',
    slug: 'kaarnala-open',
    name: { fi: 'Kaarnalan avoin yliopisto' },
    country: 'FI',
    region: 'Uusimaa',
  }
  const at = new Date('2026-12-01T08:00:00Z')
  return demoSpecifications.map((demo) => {
    const version: SpecificationVersion = {
      id: '0b9c5a34-5d0e-4f7a-9a51-2d3c4e5f6a7b',
      specificationId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      organisationId: organisation.id,
      versionNumber: 1,
      status: 'published',
      content: { ...demo.content, awardingBodyIds: [organisation.id] },
      changeLog: '',
      createdAt: at,
      updatedAt: at,
      publishedAt: at,
      reviewDueAt: undefined,
    }
    return toOpenBadgeCredential({
      id: 'urn:uuid:3f1c7c8e-8a43-4c36-9d6a-6c2f1f0e2b11',
      issuer: {
        id: 'did:web:osaamo.example.fi:organisations:kaarnala-open',
        name: organisation.name,
        url: 'https://kaarnala.example.fi',
      },
      specificationVersion: version,
      publicUrl: 'https://osaamo.example.fi',
      awardingBodies: [organisation],
      learner: { name: 'Sanni Laine', emailAddress: 'learner@demo.osaamo.fi', salt: 'c2FsdA' },
      result: {
        grade: 'Pass',
        assessedAt: at,
        identityVerification: 'unsupervised-no-id-verification',
      },
      validFrom: at,
      credentialStatus: [
        toStatusListEntry({
          listUrl: 'https://osaamo.example.fi/status-lists/1',
          purpose: 'revocation',
          index: 3,
        }),
      ],
      language: 'fi',
    })
  })
}

describe('validateOpenBadgeSchema', () => {
  it('accepts the credential built from every demo specification', () => {
    const results = demoCredentials().map((credential) =>
      validateOpenBadgeSchema(credential, 'achievement'),
    )

    expect(results).toHaveLength(demoSpecifications.length)
    expect(results.filter((result) => !result.isValid)).toEqual([])
  })

  it('names /issuer when a built credential has no issuer', () => {
    const [built] = demoCredentials()
    const { issuer: _issuer, ...credential } = built ?? {}

    const result = validateOpenBadgeSchema(credential, 'achievement')

    expect(result.isValid).toBe(false)
    expect(result.errors).toEqual([
      { path: '/issuer', message: "must have required property 'issuer'" },
    ])
  })

  it('names /type when a built credential is not an OpenBadgeCredential', () => {
    const [built] = demoCredentials()

    const result = validateOpenBadgeSchema(
      { ...built, type: ['VerifiableCredential'] },
      'achievement',
    )

    expect(result.isValid).toBe(false)
    expect(result.errors.map((error) => error.path)).toContain('/type')
  })

  it('accepts the OB 3.0 Linked Data Proof test vector without its proof', () => {
    const { proof: _proof, ...credential } = realCredential('obspec-ob3-ldp-testvector.json')

    const result = validateOpenBadgeSchema(credential, 'achievement')

    expect(result).toEqual({ isValid: true, errors: [] })
  })

  it('requires proof to be an array, as the published schema does', () => {
    const result = validateOpenBadgeSchema(
      realCredential('obspec-ob3-ldp-testvector.json'),
      'achievement',
    )

    expect(result.errors).toEqual([{ path: '/proof', message: 'must be array' }])
  })

  it('accepts a valid EndorsementCredential as an endorsement', () => {
    const result = validateOpenBadgeSchema(
      realCredential('1edtech-ob30-endorsement-valid.json'),
      'endorsement',
    )

    expect(result).toEqual({ isValid: true, errors: [] })
  })

  it('names the path of a missing issuer', () => {
    const { issuer: _issuer, ...credential } = realCredential('obspec-ob3-ldp-testvector.json')

    const result = validateOpenBadgeSchema(credential, 'achievement')

    expect(result.isValid).toBe(false)
    expect(result.errors).toContainEqual(expect.objectContaining({ path: '/issuer' }))
  })

  it('names the path of a type that is not an OpenBadgeCredential', () => {
    const credential = {
      ...realCredential('obspec-ob3-ldp-testvector.json'),
      type: ['VerifiableCredential', 'EndorsementCredential'],
    }

    const result = validateOpenBadgeSchema(credential, 'achievement')

    expect(result.isValid).toBe(false)
    expect(result.errors.map((error) => error.path)).toContain('/type')
  })

  it('refuses an achievement credential checked as an endorsement', () => {
    const result = validateOpenBadgeSchema(
      realCredential('obspec-ob3-ldp-testvector.json'),
      'endorsement',
    )

    expect(result.isValid).toBe(false)
  })
})
