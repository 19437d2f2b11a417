import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  credentialConfigurationIdOf,
  isCredentialConfigurationId,
  preAuthorizedCodeGrantType,
  toCredentialIssuerMetadata,
  toCredentialOfferObject,
  toCredentialOfferUri,
} from './credential-offer.js'

describe('credential offers', () => {
  it('puts the offer into the deep link so that a wallet reads back the same object', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.boolean(), (code, hasTxCode) => {
        const offer = toCredentialOfferObject({
          publicUrl: 'https://osaamo.example.fi',
          configurationId: 'OpenBadgeCredential_ldp_vc',
          preAuthorizedCode: code,
          hasTxCode,
        })
        const uri = toCredentialOfferUri(offer)
        expect(uri.startsWith('openid-credential-offer://?credential_offer=')).toBe(true)
        const read = new URL(uri).searchParams.get('credential_offer')
        expect(JSON.parse(read ?? 'null')).toEqual(offer)
      }),
    )
  })

  it('describes the transaction code only when the offer has one', () => {
    const grantOf = (hasTxCode: boolean) =>
      (
        toCredentialOfferObject({
          publicUrl: 'https://osaamo.example.fi',
          configurationId: 'OpenBadgeCredential_jwt_vc_json',
          preAuthorizedCode: 'code',
          hasTxCode,
        }).grants as Record<string, Record<string, unknown>>
      )[preAuthorizedCodeGrantType]
    expect(grantOf(false)).toEqual({ 'pre-authorized_code': 'code' })
    expect(grantOf(true)?.tx_code).toMatchObject({ length: 6, input_mode: 'numeric' })
    const txCode = grantOf(true)?.tx_code as { description: string } | undefined
    expect(txCode?.description.length).toBeLessThanOrEqual(300)
  })

  it('delivers a VC-JWT as jwt_vc_json and Data Integrity credentials as ldp_vc', () => {
    expect(credentialConfigurationIdOf('vc+jwt')).toBe('OpenBadgeCredential_jwt_vc_json')
    expect(credentialConfigurationIdOf('eddsa-rdfc-2022')).toBe('OpenBadgeCredential_ldp_vc')
    expect(credentialConfigurationIdOf('eddsa-jcs-2022')).toBe('OpenBadgeCredential_ldp_vc')
  })

  it('advertises exactly the configurations it recognises', () => {
    const metadata = toCredentialIssuerMetadata('https://osaamo.example.fi')
    const advertised = Object.keys(metadata.credential_configurations_supported as object)
    expect(advertised.every(isCredentialConfigurationId)).toBe(true)
    expect(advertised).toHaveLength(2)
    expect(isCredentialConfigurationId('UniversityDegree_ldp_vc')).toBe(false)
  })
})
