import { AppError, credentialOfferPolicy } from '../core/index.js'
import type { Deps } from './deps.js'

/** What a wallet sends to the token endpoint in the pre-authorised code flow. */
export type PreAuthorizedCodeGrant = {
  readonly preAuthorizedCode: string
  readonly txCode: string | undefined
}

/** A short-lived access token for the credential endpoint: shown this once. */
export type CredentialAccessToken = {
  readonly accessToken: string
  readonly expiresInSeconds: number
}

/**
 * Exchanges a credential offer's pre-authorised code (and its transaction code, when the offer
 * has one) for an access token valid for 5 minutes, once. An unknown, used, expired or locked
 * code, and a wrong transaction code, throw CREDENTIAL_OFFER_GRANT_INVALID; every wrong
 * transaction code is counted, and after 5 the offer is locked. A missing transaction code that
 * the offer needs, or one it does not, is REQUEST_INVALID.
 * @see OpenID4VCI 1.0 §6
 */
export async function exchangePreAuthorizedCode(
  deps: Pick<Deps, 'clock' | 'stores' | 'secrets'>,
  grant: PreAuthorizedCodeGrant,
): Promise<CredentialAccessToken> {
  const now = deps.clock.now()
  const offer = await deps.stores.credentialOffers.findByCodeHash(
    deps.secrets.sha256Hex(grant.preAuthorizedCode),
  )
  if (offer === undefined || offer.usedAt !== undefined || offer.expiresAt <= now) {
    throw new AppError('CREDENTIAL_OFFER_GRANT_INVALID')
  }
  if (offer.txCodeHash === undefined) {
    if (grant.txCode !== undefined) {
      throw new AppError('REQUEST_INVALID', 'This offer has no transaction code; send none.')
    }
  } else {
    if (grant.txCode === undefined) {
      throw new AppError('REQUEST_INVALID', 'This offer needs its transaction code (tx_code).')
    }
    if (offer.failedTxAttempts >= credentialOfferPolicy.maxFailedTxAttempts) {
      throw new AppError(
        'CREDENTIAL_OFFER_GRANT_INVALID',
        'Too many wrong transaction codes: the offer is locked. Ask for a new one.',
      )
    }
    if (deps.secrets.sha256Hex(grant.txCode) !== offer.txCodeHash) {
      // Counted outside any transaction, so that the refusal does not undo it.
      const failed = await deps.stores.credentialOffers.recordFailedTxAttempt(offer.id)
      const left = Math.max(0, credentialOfferPolicy.maxFailedTxAttempts - failed)
      throw new AppError(
        'CREDENTIAL_OFFER_GRANT_INVALID',
        left === 0
          ? 'The transaction code is wrong; the offer is now locked.'
          : `The transaction code is wrong; ${left} attempts left.`,
      )
    }
  }
  const accessToken = deps.secrets.newToken('')
  const isRedeemed = await deps.stores.credentialOffers.redeem(offer.id, {
    accessTokenHash: deps.secrets.sha256Hex(accessToken),
    accessTokenExpiresAt: new Date(
      now.getTime() + credentialOfferPolicy.accessTokenLifetimeSeconds * 1000,
    ),
    at: now,
    maxFailedTxAttempts: credentialOfferPolicy.maxFailedTxAttempts,
  })
  if (!isRedeemed) {
    throw new AppError('CREDENTIAL_OFFER_GRANT_INVALID')
  }
  return { accessToken, expiresInSeconds: credentialOfferPolicy.accessTokenLifetimeSeconds }
}
