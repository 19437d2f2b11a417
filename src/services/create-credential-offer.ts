import {
  type Actor,
  AppError,
  credentialConfigurationIdOf,
  credentialOfferPolicy,
  type IssuedCredential,
  type JsonObject,
  toCredentialOfferObject,
  toCredentialOfferUri,
} from '../core/index.js'
import { isUuid, requireIssuerRole } from './credential-access.js'
import type { Deps } from './deps.js'
import { recordAudit } from './record-audit.js'

/** A new offer, with the secrets it carries: shown to the caller this once. */
export type NewCredentialOffer = {
  /** The OpenID4VCI credential offer object. */
  readonly credentialOffer: JsonObject
  /** `openid-credential-offer://?credential_offer=…`, to open in a wallet or show as a QR code. */
  readonly credentialOfferUri: string
  /** The transaction code to give the learner by another channel, when one was asked for. */
  readonly txCode: string | undefined
  readonly expiresAt: Date
}

/**
 * Offers an issued Open Badge to a wallet through the OpenID4VCI pre-authorised code flow: a
 * single-use code valid for 10 minutes, optionally guarded by a six-digit transaction code. Only
 * their hashes are stored. For registrars and admins of the issuing organisation and for the
 * learner the credential is linked to; anyone else learns nothing (CREDENTIAL_NOT_FOUND), other
 * staff get PERMISSION_DENIED. A revoked or suspended credential can be offered: what the wallet
 * receives still says so through its status (docs/decisions/0017).
 * @see OpenID4VCI 1.0 §4.1
 */
export async function createCredentialOffer(
  deps: Pick<Deps, 'clock' | 'ids' | 'transaction' | 'stores' | 'secrets' | 'random' | 'publicUrl'>,
  actor: Actor,
  credentialId: string,
  options: { isTxCodeRequired: boolean },
): Promise<NewCredentialOffer> {
  const issued = await offerableCredential(deps, actor, credentialId)
  const types = issued.credential.type
  if (!Array.isArray(types) || !types.includes('OpenBadgeCredential')) {
    throw new AppError(
      'CREDENTIAL_INVALID',
      'Only an Open Badges credential (OpenBadgeCredential) can be offered to a wallet.',
    )
  }
  const now = deps.clock.now()
  const preAuthorizedCode = deps.secrets.newToken('')
  const txCode = options.isTxCodeRequired ? newTxCode(deps) : undefined
  const expiresAt = new Date(now.getTime() + credentialOfferPolicy.codeLifetimeMs)
  const offerId = deps.ids.newId()
  await deps.transaction(async (stores) => {
    await stores.credentialOffers.create({
      id: offerId,
      credentialId: issued.id,
      codeHash: deps.secrets.sha256Hex(preAuthorizedCode),
      txCodeHash: txCode === undefined ? undefined : deps.secrets.sha256Hex(txCode),
      failedTxAttempts: 0,
      expiresAt,
      usedAt: undefined,
      accessTokenHash: undefined,
      accessTokenExpiresAt: undefined,
      deliveredAt: undefined,
      createdAt: now,
      createdBy: creatorOf(actor),
    })
    await recordAudit(deps, stores, actor, {
      action: 'credential-offer.created',
      organisationId: issued.organisationId,
      subject: { credentialId: issued.id, offerId },
    })
  })
  const credentialOffer = toCredentialOfferObject({
    publicUrl: deps.publicUrl,
    configurationId: credentialConfigurationIdOf(issued.format),
    preAuthorizedCode,
    hasTxCode: txCode !== undefined,
  })
  return {
    credentialOffer,
    credentialOfferUri: toCredentialOfferUri(credentialOffer),
    txCode,
    expiresAt,
  }
}

/** The learner the credential is linked to may offer it; anyone else needs registrar or admin. */
async function offerableCredential(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  credentialId: string,
): Promise<IssuedCredential> {
  if (actor.kind === 'anonymous') {
    throw new AppError('AUTHENTICATION_REQUIRED')
  }
  const issued = isUuid(credentialId)
    ? await deps.stores.issuedCredentials.findById(credentialId.toLowerCase())
    : undefined
  if (issued === undefined) {
    throw new AppError('CREDENTIAL_NOT_FOUND')
  }
  if (actor.kind === 'person' && issued.learnerPersonId === actor.personId) {
    return issued
  }
  requireIssuerRole(actor, issued.organisationId, ['registrar', 'admin'])
  return issued
}

function newTxCode(deps: Pick<Deps, 'random'>): string {
  const limit = 10 ** credentialOfferPolicy.txCodeLength
  return String(deps.random.integerBelow(limit)).padStart(credentialOfferPolicy.txCodeLength, '0')
}

function creatorOf(actor: Actor): string | undefined {
  switch (actor.kind) {
    case 'person':
      return actor.personId
    case 'api-token':
      return actor.tokenId
    default:
      return undefined
  }
}
