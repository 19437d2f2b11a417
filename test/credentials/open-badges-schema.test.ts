import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateOpenBadgeSchema } from '../../src/credentials/index.js'

function realCredential(file: string): Record<string, unknown> {
  return JSON.parse(
    readFileSync(new URL(`../fixtures/vectors/real-credentials/${file}`, import.meta.url), 'utf8'),
  ) as Record<string, unknown>
}

describe('validateOpenBadgeSchema', () => {
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
