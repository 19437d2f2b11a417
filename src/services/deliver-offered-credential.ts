import {
  AppError,
  anonymous,
  credentialConfigurationIdOf,
  isCredentialConfigurationId,
  type JsonObject,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { recordAudit } from './record-audit.js'

/**
 * Hands a wallet the credential its access token was issued for, once: the stored signed
 * credential for `ldp_vc`, the JWT for `jwt_vc_json`. No proof of a holder key is asked for or
 * bound (docs/decisions/0017). An unknown, expired or used token throws
 * CREDENTIAL_OFFER_TOKEN_INVALID; a configuration id other than the offer's throws
 * CREDENTIAL_CONFIGURATION_UNKNOWN and leaves the token usable. A credential revoked or suspended
 * since the offer is still handed over: its status entry says so to every verifier.
 * @see OpenID4VCI 1.0 §8
 */
export async function deliverOfferedCredential(
  deps: Pick<Deps, 'clock' | 'stores' | 'transaction' | 'secrets'>,
  request: { accessToken: string; credentialConfigurationId: string },
): Promise<{ credential: JsonObject | string }> {
  const now = deps.clock.now()
  const offer = await deps.stores.credentialOffers.findByAccessTokenHash(
    deps.secrets.sha256Hex(request.accessToken),
  )
  if (
    offer === undefined ||
    offer.deliveredAt !== undefined ||
    offer.accessTokenExpiresAt === undefined ||
    offer.accessTokenExpiresAt <= now
  ) {
    throw new AppError('CREDENTIAL_OFFER_TOKEN_INVALID')
  }
  const issued = await deps.stores.issuedCredentials.findById(offer.credentialId)
  if (issued === undefined) {
    throw new TypeError(`credential offer ${offer.id} names no issued credential`)
  }
  if (
    !isCredentialConfigurationId(request.credentialConfigurationId) ||
    request.credentialConfigurationId !== credentialConfigurationIdOf(issued.format)
  ) {
    throw new AppError('CREDENTIAL_CONFIGURATION_UNKNOWN')
  }
  await deps.transaction(async (stores) => {
    if (!(await stores.credentialOffers.markDelivered(offer.id, now))) {
      throw new AppError('CREDENTIAL_OFFER_TOKEN_INVALID')
    }
    await recordAudit(deps, stores, anonymous, {
      action: 'credential-offer.delivered',
      organisationId: issued.organisationId,
      subject: { credentialId: issued.id, offerId: offer.id },
    })
  })
  return { credential: issued.jwt ?? issued.credential }
}
