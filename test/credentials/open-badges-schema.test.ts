import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { toOpenBadgeCredential } from '../../src/core/index.js'
import { validateOpenBadgeSchema } from '../../src/credentials/index.js'
import { demoSpecifications } from '../../src/services/demo-specifications.js'
import { testCredentialInput } from '../support/open-badge-credential-input.js'

function realCredential(file: string): Record<string, unknown> {
  return JSON.parse(
    readFileSync(new URL(`../fixtures/vectors/real-credentials/${file}`, import.meta.url), 'utf8'),
  ) as Record<string, unknown>
}

/** An unsigned credential built from each demo specification, as Osaamo issues them. */
function demoCredentials(): Record<string, unknown>[] {
  return demoSpecifications.map((demo) => toOpenBadgeCredential(testCredentialInput(demo.content)))
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
