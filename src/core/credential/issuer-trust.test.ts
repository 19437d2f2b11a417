import { describe, expect, it } from 'vitest'
import { checkIssuerTrust } from './issuer-trust.js'

describe('the issuer-trust check', () => {
  it('is skipped without a trust list', () => {
    expect(checkIssuerTrust('https://a.example', []).outcome).toBe('skipped')
  })

  it('warns about an issuer that is not on the list, and never fails', () => {
    expect(checkIssuerTrust('https://b.example', ['https://a.example'])).toMatchObject({
      outcome: 'warning',
      code: 'ISSUER_NOT_TRUSTED',
    })
    expect(checkIssuerTrust(undefined, ['https://a.example']).outcome).toBe('warning')
  })

  it('accepts an issuer on the list', () => {
    expect(checkIssuerTrust('https://a.example', ['https://a.example']).code).toBe('ISSUER_TRUSTED')
  })

  it('treats an entry ending in * as a prefix, and only then', () => {
    const list = ['did:web:osaamo.example.fi:organisations:*']
    expect(
      checkIssuerTrust('did:web:osaamo.example.fi:organisations:kaarnala-open', list).code,
    ).toBe('ISSUER_TRUSTED')
    expect(checkIssuerTrust('did:web:other.example:organisations:x', list).code).toBe(
      'ISSUER_NOT_TRUSTED',
    )
    expect(checkIssuerTrust('did:web:a', ['did:web:a*x']).code).toBe('ISSUER_NOT_TRUSTED')
  })
})
