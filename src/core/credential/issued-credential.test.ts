import { describe, expect, it } from 'vitest'
import { nextCredentialState } from './issued-credential.js'

describe('credential status changes', () => {
  it('revokes an active or suspended credential, for good', () => {
    expect(nextCredentialState('active', 'revoke')).toBe('revoked')
    expect(nextCredentialState('suspended', 'revoke')).toBe('revoked')
    expect(nextCredentialState('revoked', 'revoke')).toBeUndefined()
    expect(nextCredentialState('revoked', 'reinstate')).toBeUndefined()
    expect(nextCredentialState('revoked', 'suspend')).toBeUndefined()
  })

  it('suspends only an active credential and reinstates only a suspended one', () => {
    expect(nextCredentialState('active', 'suspend')).toBe('suspended')
    expect(nextCredentialState('suspended', 'suspend')).toBeUndefined()
    expect(nextCredentialState('suspended', 'reinstate')).toBe('active')
    expect(nextCredentialState('active', 'reinstate')).toBeUndefined()
  })
})
