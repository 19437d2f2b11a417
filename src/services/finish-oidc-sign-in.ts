import {
  AppError,
  normaliseEmailAddress,
  type OidcClaims,
  oidcPolicy,
  type Stores,
  system,
  tokenPrefixes,
} from '../core/index.js'
import { createPerson } from './create-person.js'
import type { Deps } from './deps.js'
import { recordAudit } from './record-audit.js'
import { requireOidc } from './require-oidc.js'
import { type NewSession, startSession } from './start-session.js'

export type OidcCallback = {
  /** The `state` parameter of the provider's answer. */
  readonly state: string
  /** The state this browser was given at the start (from its cookie); undefined when absent. */
  readonly browserState: string | undefined
  /** The query string of the provider's answer, as received. */
  readonly callbackQuery: string
}

export type OidcSignInResult =
  | { readonly kind: 'signed-in'; readonly session: NewSession; readonly isNewPerson: boolean }
  /** The provider's verified address is an existing person's: they must consent to the link. */
  | { readonly kind: 'consent-needed'; readonly linkToken: string }

/**
 * Finishes a sign-in at the OpenID provider. The flow must have been started in this browser and
 * not be expired or used; the provider's answer is checked (state, nonce, PKCE) and its code
 * exchanged. Then: an identity already linked signs its person in; a verified address that no
 * one has creates a learner with that address; a verified address that an existing person has
 * (verified there too) is never linked silently but waits for that person's consent
 * (confirmOidcLink); an address the provider does not vouch for is refused.
 */
export async function finishOidcSignIn(
  deps: Pick<
    Deps,
    'clock' | 'ids' | 'secrets' | 'stores' | 'transaction' | 'oidc' | 'passwordHasher'
  >,
  input: OidcCallback,
): Promise<OidcSignInResult> {
  const oidc = requireOidc(deps)
  const stateHash = deps.secrets.sha256Hex(input.state)
  if (
    input.browserState === undefined ||
    deps.secrets.sha256Hex(input.browserState) !== stateHash
  ) {
    throw new AppError(
      'OIDC_SIGN_IN_FAILED',
      'This single sign-on was not started in this browser; start again.',
    )
  }
  const flow = await deps.stores.oidc.takeFlow(stateHash)
  const now = deps.clock.now()
  if (flow === undefined || flow.expiresAt <= now) {
    throw new AppError(
      'OIDC_SIGN_IN_FAILED',
      'This single sign-on has expired or was already finished; start again.',
    )
  }
  const claims = await oidc.exchangeCode({
    callbackQuery: input.callbackQuery,
    state: input.state,
    nonce: flow.nonce,
    codeVerifier: flow.codeVerifier,
  })
  return deps.transaction(async (stores) => {
    const identity = await stores.oidc.findIdentity(claims.issuer, claims.subject)
    if (identity !== undefined) {
      return signIn(deps, stores, identity.personId, false)
    }
    const address =
      claims.emailAddress === undefined ? undefined : normaliseEmailAddress(claims.emailAddress)
    if (address === undefined || !claims.isEmailVerified) {
      throw new AppError('OIDC_EMAIL_UNVERIFIED')
    }
    const existing = await stores.people.findEmailAddress(address)
    if (existing !== undefined && existing.verifiedAt !== undefined) {
      return askConsent(deps, stores, claims, existing.personId, address)
    }
    if (existing !== undefined) {
      // Someone added the address without proving it is theirs: offering them the link would
      // let them capture this provider account, and the address cannot be given to a new person.
      throw new AppError(
        'OIDC_SIGN_IN_FAILED',
        'Osaamo cannot use this e-mail address for single sign-on now; sign in with your password.',
      )
    }
    const person = await createPerson(
      deps,
      system,
      { displayName: displayNameOf(claims, address), emailAddress: address },
      stores,
    )
    await stores.oidc.linkIdentity({
      issuer: claims.issuer,
      subject: claims.subject,
      personId: person.id,
      linkedAt: now,
    })
    await recordAudit(deps, stores, system, {
      action: 'oidc-identity.linked',
      subject: { personId: person.id },
    })
    return signIn(deps, stores, person.id, true)
  })
}

async function signIn(
  deps: Pick<Deps, 'clock' | 'ids' | 'secrets'>,
  stores: Stores,
  personId: string,
  isNewPerson: boolean,
): Promise<OidcSignInResult> {
  const person = await stores.people.findById(personId)
  if (person === undefined || person.erasedAt !== undefined) {
    throw new AppError('OIDC_SIGN_IN_FAILED')
  }
  const session = await startSession(deps, stores, personId)
  await recordAudit(deps, stores, system, {
    action: 'session.started',
    subject: { personId, sessionId: session.session.id, method: 'oidc' },
  })
  return { kind: 'signed-in', session, isNewPerson }
}

async function askConsent(
  deps: Pick<Deps, 'clock' | 'ids' | 'secrets'>,
  stores: Stores,
  claims: OidcClaims,
  personId: string,
  address: string,
): Promise<OidcSignInResult> {
  const now = deps.clock.now()
  const linkToken = deps.secrets.newToken(tokenPrefixes.oidcLink)
  await stores.oidc.createPendingLink({
    id: deps.ids.newId(),
    tokenHash: deps.secrets.sha256Hex(linkToken),
    issuer: claims.issuer,
    subject: claims.subject,
    personId,
    emailAddress: address,
    createdAt: now,
    expiresAt: new Date(now.getTime() + oidcPolicy.pendingLinkLifetimeMs),
  })
  return { kind: 'consent-needed', linkToken }
}

/** The provider's name for the person, or the address's local part; 1–200 characters. */
function displayNameOf(claims: OidcClaims, address: string): string {
  const name = claims.name?.trim()
  return (name === undefined || name === '' ? (address.split('@')[0] ?? address) : name).slice(
    0,
    200,
  )
}
