import {
  type Actor,
  AppError,
  type CredentialClaim,
  claimLinkLifetimeMs,
  claimTokenPrefix,
  credentialNamesOf,
  type IssuedCredential,
  isLanguage,
  type Language,
  type Mail,
  normaliseEmailAddress,
  type Stores,
  toClaimLinkMail,
} from '../core/index.js'
import { isUuid, requireIssuerRole } from './credential-access.js'
import type { Deps } from './deps.js'
import { recordAudit } from './record-audit.js'

/** What sending a claim link needs: no store outside the caller's transaction. */
export type ClaimLinkDeps = Pick<Deps, 'clock' | 'ids' | 'secrets' | 'publicUrl'>

/** Where a credential's claim link went, for the staff who (re-)sent it. */
export type ClaimLinkSummary = {
  readonly credentialId: string
  readonly emailAddress: string
  readonly language: Language
  readonly expiresAt: Date
  readonly sentCount: number
  readonly lastSentAt: Date
}

/** A newly issued credential and where its claim link goes. */
export type ClaimLinkRequest = {
  /** The issued credential: its id, and the signed document (for a VC-JWT, its payload). */
  readonly credential: Pick<IssuedCredential, 'id' | 'credential'>
  readonly emailAddress: string
  readonly language: Language
}

/**
 * Creates the claim link of a newly issued credential and puts its mail in the outbox, in the
 * caller's transaction (cohort issuing passes its `stores`). Only the SHA-256 of the link's token
 * is stored. The names in the mail come from the signed credential, so that this reads nothing.
 * Adds no audit entry of its own; the issuing's `credential.issued` entry covers it.
 */
export async function sendClaimLink(
  deps: ClaimLinkDeps,
  stores: Stores,
  input: ClaimLinkRequest,
): Promise<CredentialClaim> {
  const [claim] = await sendClaimLinks(deps, stores, [input])
  if (claim === undefined) {
    throw new TypeError('a claim link was made but not returned')
  }
  return claim
}

/**
 * Claim links for several credentials as {@link sendClaimLink} makes them, with one insert for
 * the links and one for the mails: it runs for every batch of a cohort.
 */
export async function sendClaimLinks(
  deps: ClaimLinkDeps,
  stores: Stores,
  inputs: readonly ClaimLinkRequest[],
): Promise<CredentialClaim[]> {
  const now = deps.clock.now()
  const made = inputs.map((input) => {
    const token = deps.secrets.newToken(claimTokenPrefix)
    const claim: CredentialClaim = {
      id: deps.ids.newId(),
      credentialId: input.credential.id,
      emailAddress: checkedAddress(input.emailAddress),
      language: input.language,
      tokenHash: deps.secrets.sha256Hex(token),
      expiresAt: new Date(now.getTime() + claimLinkLifetimeMs),
      sentCount: 1,
      lastSentAt: now,
      claimedAt: undefined,
      claimedBy: undefined,
      createdAt: now,
    }
    return { claim, mail: toClaimMail(deps, input.credential, claim, token) }
  })
  await stores.credentialClaims.createMany(made.map(({ claim }) => claim))
  await stores.mailOutbox.enqueueMany(made.map(({ mail }) => mail))
  return made.map(({ claim }) => claim)
}

/**
 * Sends a credential's claim link again with a new token (the older link stops working) and a
 * new 30-day expiry; a new address or language replaces the old. A credential issued without a
 * link gets one: to the given address, or else to its learner's first verified address (or first
 * address). A claimed credential has none to send: CLAIM_ALREADY_USED. Registrars and admins of
 * the issuing organisation, or the operator. The audit entry names ids only, never the address.
 */
export async function resendClaimLink(
  deps: ClaimLinkDeps & Pick<Deps, 'transaction'>,
  actor: Actor,
  credentialId: string,
  options: { emailAddress?: string | undefined; language?: string | undefined } = {},
): Promise<ClaimLinkSummary> {
  if (actor.kind === 'anonymous') {
    throw new AppError('AUTHENTICATION_REQUIRED')
  }
  const givenAddress =
    options.emailAddress === undefined ? undefined : checkedAddress(options.emailAddress)
  const { language } = options
  if (language !== undefined && !isLanguage(language)) {
    throw new AppError('REQUEST_INVALID', 'The language must be fi, sv or en.', {
      details: { problems: [{ path: 'language', message: 'Use fi, sv or en.' }] },
    })
  }
  if (!isUuid(credentialId)) {
    throw new AppError('CREDENTIAL_NOT_FOUND')
  }
  return deps.transaction(async (stores) => {
    // The credential's row lock keeps two re-sends from racing to create or replace the claim.
    const credential = await stores.issuedCredentials.findById(credentialId.toLowerCase(), {
      isForUpdate: true,
    })
    if (credential === undefined) {
      throw new AppError('CREDENTIAL_NOT_FOUND')
    }
    requireIssuerRole(actor, credential.organisationId, ['registrar', 'admin'])
    const existing = await stores.credentialClaims.findByCredential(credential.id)
    if (existing?.claimedAt !== undefined) {
      throw new AppError('CLAIM_ALREADY_USED')
    }
    const now = deps.clock.now()
    const token = deps.secrets.newToken(claimTokenPrefix)
    const tokenHash = deps.secrets.sha256Hex(token)
    const expiresAt = new Date(now.getTime() + claimLinkLifetimeMs)
    let claim: CredentialClaim
    if (existing === undefined) {
      const emailAddress = givenAddress ?? (await learnerAddressOf(stores, credential))
      claim = {
        id: deps.ids.newId(),
        credentialId: credential.id,
        emailAddress,
        language: language ?? 'fi',
        tokenHash,
        expiresAt,
        sentCount: 1,
        lastSentAt: now,
        claimedAt: undefined,
        claimedBy: undefined,
        createdAt: now,
      }
      await stores.credentialClaims.create(claim)
    } else {
      const change = { tokenHash, expiresAt, at: now, emailAddress: givenAddress, language }
      await stores.credentialClaims.replaceToken(existing.id, change)
      claim = {
        ...existing,
        tokenHash,
        expiresAt,
        lastSentAt: now,
        sentCount: existing.sentCount + 1,
        emailAddress: givenAddress ?? existing.emailAddress,
        language: language ?? existing.language,
      }
    }
    await enqueueClaimMail(deps, stores, credential, claim, token)
    await recordAudit(deps, stores, actor, {
      action: 'credential.claim-link-sent',
      organisationId: credential.organisationId,
      subject: { credentialId: credential.id, claimId: claim.id },
    })
    return {
      credentialId: credential.id,
      emailAddress: claim.emailAddress,
      language: claim.language,
      expiresAt: claim.expiresAt,
      sentCount: claim.sentCount,
      lastSentAt: claim.lastSentAt,
    }
  })
}

/** The link a claim mail carries: the web app's claim page with the token. */
export function claimLinkUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/claim/${encodeURIComponent(token)}`
}

async function enqueueClaimMail(
  deps: ClaimLinkDeps,
  stores: Stores,
  credential: Pick<IssuedCredential, 'credential'>,
  claim: CredentialClaim,
  token: string,
): Promise<void> {
  await stores.mailOutbox.enqueue(toClaimMail(deps, credential, claim, token))
}

/** The mail that carries a claim link, in the claim's language. */
function toClaimMail(
  deps: ClaimLinkDeps,
  credential: Pick<IssuedCredential, 'credential'>,
  claim: CredentialClaim,
  token: string,
): Mail {
  return {
    id: deps.ids.newId(),
    recipient: claim.emailAddress,
    createdAt: claim.lastSentAt,
    ...toClaimLinkMail(claim.language, {
      ...credentialNamesOf(credential.credential, claim.language),
      link: claimLinkUrl(deps.publicUrl, token),
      expiresAt: claim.expiresAt,
    }),
  }
}

/** The learner's first verified address, or else their first one. */
async function learnerAddressOf(stores: Stores, credential: IssuedCredential): Promise<string> {
  const addresses =
    credential.learnerPersonId === undefined
      ? []
      : await stores.people.listEmailAddresses(credential.learnerPersonId)
  const address = addresses.find((candidate) => candidate.verifiedAt !== undefined) ?? addresses[0]
  if (address === undefined) {
    throw new AppError(
      'REQUEST_INVALID',
      'The credential has no learner with an e-mail address; give the address to send to.',
      { details: { problems: [{ path: 'emailAddress', message: 'Give an e-mail address.' }] } },
    )
  }
  return address.address
}

function checkedAddress(text: string): string {
  const address = normaliseEmailAddress(text)
  if (address === undefined) {
    throw new AppError('REQUEST_INVALID', 'This is not an e-mail address.', {
      details: {
        problems: [
          { path: 'emailAddress', message: 'Give an e-mail address such as maija@example.fi.' },
        ],
      },
    })
  }
  return address
}
