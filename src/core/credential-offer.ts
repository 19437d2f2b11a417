import {
  credentialsV2ContextUrl,
  openBadgesContextUrl,
  osaamoContextUrl,
} from './credential/contexts.js'
import type { JsonObject } from './credential/json.js'
import type { ProofFormat } from './credential/signing-key.js'

/**
 * An offer of one issued credential to a wallet (OpenID for Verifiable Credential Issuance 1.0,
 * pre-authorised code flow). Only SHA-256 hashes of the pre-authorised code, the transaction code
 * and the access token are kept: the secrets themselves are shown once.
 */
export type CredentialOffer = {
  readonly id: string
  readonly credentialId: string
  readonly codeHash: string
  /** Set when the wallet must also send a transaction code given to the learner separately. */
  readonly txCodeHash: string | undefined
  readonly failedTxAttempts: number
  readonly expiresAt: Date
  /** When the code was exchanged for an access token; a code is exchanged once. */
  readonly usedAt: Date | undefined
  readonly accessTokenHash: string | undefined
  readonly accessTokenExpiresAt: Date | undefined
  /** When the credential was handed to the wallet; an access token works once. */
  readonly deliveredAt: Date | undefined
  readonly createdAt: Date
  /** The person or API token that made the offer. */
  readonly createdBy: string | undefined
}

/** Lifetimes and limits of credential offers. */
export const credentialOfferPolicy = {
  codeLifetimeMs: 10 * 60 * 1000,
  accessTokenLifetimeSeconds: 300,
  txCodeLength: 6,
  /** After this many wrong transaction codes the offer is locked for good. */
  maxFailedTxAttempts: 5,
} as const

/** @see OpenID4VCI 1.0 §3.5, the grant type of the pre-authorised code flow. */
export const preAuthorizedCodeGrantType = 'urn:ietf:params:oauth:grant-type:pre-authorized_code'

/** The credential configurations this issuer offers, by id. */
export const credentialConfigurationIds = {
  ldpVc: 'OpenBadgeCredential_ldp_vc',
  jwtVcJson: 'OpenBadgeCredential_jwt_vc_json',
} as const

export type CredentialConfigurationId =
  (typeof credentialConfigurationIds)[keyof typeof credentialConfigurationIds]

/** True for an id of {@link credentialConfigurationIds}. */
export function isCredentialConfigurationId(id: string): id is CredentialConfigurationId {
  return Object.values(credentialConfigurationIds).some((known) => known === id)
}

/** The configuration a credential of this proof format is delivered as. */
export function credentialConfigurationIdOf(format: ProofFormat): CredentialConfigurationId {
  return format === 'vc+jwt'
    ? credentialConfigurationIds.jwtVcJson
    : credentialConfigurationIds.ldpVc
}

/** The credential offer object a wallet receives. @see OpenID4VCI 1.0 §4.1.1 */
export function toCredentialOfferObject(input: {
  publicUrl: string
  configurationId: CredentialConfigurationId
  preAuthorizedCode: string
  hasTxCode: boolean
}): JsonObject {
  const grant: JsonObject = { 'pre-authorized_code': input.preAuthorizedCode }
  if (input.hasTxCode) {
    grant.tx_code = {
      length: credentialOfferPolicy.txCodeLength,
      input_mode: 'numeric',
      description:
        'Syötä kuusinumeroinen koodi, jonka sait erikseen. / Ange den sexsiffriga koden du fick separat. / Enter the six-digit code you were given separately.',
    }
  }
  return {
    credential_issuer: input.publicUrl,
    credential_configuration_ids: [input.configurationId],
    grants: { [preAuthorizedCodeGrantType]: grant },
  }
}

/** The offer as a deep link a wallet opens (or a QR code shows). @see OpenID4VCI 1.0 §4.1 */
export function toCredentialOfferUri(offer: JsonObject): string {
  return `openid-credential-offer://?credential_offer=${encodeURIComponent(JSON.stringify(offer))}`
}

const displayNames = [
  { name: 'Osaamo – mikrotodistukset', locale: 'fi' },
  { name: 'Osaamo – mikrointyg', locale: 'sv' },
  { name: 'Osaamo – micro-credentials', locale: 'en' },
]

const credentialDisplay = [
  { name: 'Mikrotodistus (Open Badge)', locale: 'fi' },
  { name: 'Mikrointyg (Open Badge)', locale: 'sv' },
  { name: 'Micro-credential (Open Badge)', locale: 'en' },
]

const openBadgeTypes = ['VerifiableCredential', 'OpenBadgeCredential']

/**
 * The credential issuer metadata. The configurations name no
 * `cryptographic_binding_methods_supported`, so wallets send no proof of a holder key
 * (docs/decisions/0017). @see OpenID4VCI 1.0 §12.2
 */
export function toCredentialIssuerMetadata(publicUrl: string): JsonObject {
  return {
    credential_issuer: publicUrl,
    credential_endpoint: `${publicUrl}/oid4vci/credential`,
    display: displayNames,
    credential_configurations_supported: {
      [credentialConfigurationIds.ldpVc]: {
        format: 'ldp_vc',
        credential_definition: {
          '@context': [credentialsV2ContextUrl, openBadgesContextUrl, osaamoContextUrl],
          type: openBadgeTypes,
        },
        credential_signing_alg_values_supported: ['eddsa-rdfc-2022', 'eddsa-jcs-2022'],
        credential_metadata: { display: credentialDisplay },
      },
      [credentialConfigurationIds.jwtVcJson]: {
        format: 'jwt_vc_json',
        credential_definition: { type: openBadgeTypes },
        credential_signing_alg_values_supported: ['EdDSA'],
        credential_metadata: { display: credentialDisplay },
      },
    },
  }
}

/**
 * The OAuth authorization server metadata of the issuer, which is its own authorization server:
 * only the token endpoint, and tokens without client authentication. @see RFC 8414 §2
 */
export function toAuthorizationServerMetadata(publicUrl: string): JsonObject {
  return {
    issuer: publicUrl,
    token_endpoint: `${publicUrl}/oid4vci/token`,
    response_types_supported: [],
    grant_types_supported: [preAuthorizedCodeGrantType],
    'pre-authorized_grant_anonymous_access_supported': true,
  }
}
