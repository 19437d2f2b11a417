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
  deps: Pick<Deps, 'clock' | 'transaction' | 'secrets'>,
  grant: PreAuthorizedCodeGrant,
): Promise<CredentialAccessToken> {
  const now = deps.clock.now()
  const accessToken = deps.secrets.newToken('')
  // The offer's row is locked while its transaction code is checked, so that guesses sent at
  // the same time are counted one after another and no more than five are ever compared. A
  // wrong code is answered after the transaction commits, so that its count stays.
  const refusal = await deps.transaction(async (stores): Promise<AppError | undefined> => {
    const offer = await stores.credentialOffers.findByCodeHash(
      deps.secrets.sha256Hex(grant.preAuthorizedCode),
      { isForUpdate: true },
    )
    if (offer === undefined || offer.usedAt !== undefined || offer.expiresAt <= now) {
      return new AppError('CREDENTIAL_OFFER_GRANT_INVALID')
    }
    if (offer.txCodeHash === undefined) {
      if (grant.txCode !== undefined) {
        return new AppError('REQUEST_INVALID', 'This offer has no transaction code; send none.')
      }
    } else {
      if (grant.txCode === undefined) {
        return new AppError('REQUEST_INVALID', 'This offer needs its transaction code (tx_code).')
      }
      if (offer.failedTxAttempts >= credentialOfferPolicy.maxFailedTxAttempts) {
        return new AppError(
          'CREDENTIAL_OFFER_GRANT_INVALID',
          'Too many wrong transaction codes: the offer is locked. Ask for a new one.',
        )
      }
      if (deps.secrets.sha256Hex(grant.txCode) !== offer.txCodeHash) {
        const failed = await stores.credentialOffers.recordFailedTxAttempt(offer.id)
        const left = Math.max(0, credentialOfferPolicy.maxFailedTxAttempts - failed)
        return new AppError(
          'CREDENTIAL_OFFER_GRANT_INVALID',
          left === 0
            ? 'The transaction code is wrong; the offer is now locked.'
            : `The transaction code is wrong; ${left} attempts left.`,
        )
      }
    }
    const isRedeemed = await stores.credentialOffers.redeem(offer.id, {
      accessTokenHash: deps.secrets.sha256Hex(accessToken),
      accessTokenExpiresAt: new Date(
        now.getTime() + credentialOfferPolicy.accessTokenLifetimeSeconds * 1000,
      ),
      at: now,
      maxFailedTxAttempts: credentialOfferPolicy.maxFailedTxAttempts,
    })
    return isRedeemed ? undefined : new AppError('CREDENTIAL_OFFER_GRANT_INVALID')
  })
  if (refusal !== undefined) {
    throw refusal
  }
  return { accessToken, expiresInSeconds: credentialOfferPolicy.accessTokenLifetimeSeconds }
}
