import {
  type Actor,
  AppError,
  type CredentialClaim,
  type CredentialState,
  credentialNamesOf,
  findPasswordProblem,
  type IssuedCredential,
  type Language,
  requirePerson,
  type Stores,
  system,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { type MyCredential, toMyCredential } from './list-my-credentials.js'
import { recordAudit } from './record-audit.js'
import { type NewSession, startSession } from './start-session.js'

/** What the claim page shows before anyone signs in. */
export type ClaimPreview = {
  readonly credentialId: string
  readonly achievementName: string
  readonly issuerName: string
  readonly issuedAt: Date
  readonly state: CredentialState
  /** Where the link was sent: the address a new account gets. */
  readonly emailAddress: string
  readonly language: Language
  readonly expiresAt: Date
  /** True when the address belongs to an account with a password: offer sign-in, not sign-up. */
  readonly hasAccount: boolean
}

/**
 * What a valid claim link leads to, for its page: the credential's names, the address the link
 * went to, until when it works, and whether that address has a password account already. An
 * unknown, used, expired or replaced link: CLAIM_LINK_INVALID. Public (the token is the secret);
 * changes nothing.
 */
export async function previewClaim(
  deps: Pick<Deps, 'clock' | 'secrets' | 'stores'>,
  token: string,
): Promise<ClaimPreview> {
  const { stores } = deps
  const claim = usable(deps, await stores.credentialClaims.findByTokenHash(hashOf(deps, token)))
  const credential = await credentialOf(stores, claim)
  const owner = await stores.people.findEmailAddress(claim.emailAddress)
  const hasAccount =
    owner !== undefined && (await stores.people.findPasswordHash(owner.personId)) !== undefined
  return {
    credentialId: credential.id,
    ...credentialNamesOf(credential.credential, claim.language),
    issuedAt: credential.issuedAt,
    state: credential.state,
    emailAddress: claim.emailAddress,
    language: claim.language,
    expiresAt: claim.expiresAt,
    hasAccount,
  }
}

/**
 * Takes the credential of a claim link into the signed-in person's portfolio: the link is used
 * (once, even when two requests race), the credential's learner becomes the person, and the
 * link's address, when it is theirs, counts as verified (the link proved it). A second use:
 * CLAIM_LINK_INVALID, and nothing changes.
 */
export async function claimCredential(
  deps: Pick<Deps, 'clock' | 'secrets' | 'transaction'>,
  actor: Actor,
  token: string,
): Promise<MyCredential> {
  const { personId } = requirePerson(actor)
  return deps.transaction(async (stores) => {
    const claim = usable(
      deps,
      await stores.credentialClaims.findByTokenHash(hashOf(deps, token), { isForUpdate: true }),
    )
    return claimFor(deps, stores, actor, claim, personId)
  })
}

/** A sign-up through a claim link: the new account's name and password. */
export type ClaimSignUp = { readonly displayName: string; readonly password: string }

/**
 * Signs up through a claim link and takes the credential, in one transaction. The link proves
 * control of its address: a person who has the address but no password (a learner imported with
 * an enrolment list) gets the password and name; an address nobody has becomes a new person's
 * verified address. An address with a password account: CLAIM_ACCOUNT_EXISTS (sign in instead).
 * Then the claim is used as {@link claimCredential} does and a session starts. Bad input
 * (REQUEST_INVALID, every problem at once) and a bad link change nothing.
 */
export async function claimWithNewAccount(
  deps: Pick<Deps, 'clock' | 'ids' | 'secrets' | 'transaction' | 'passwordHasher'>,
  token: string,
  input: ClaimSignUp,
): Promise<NewSession & { readonly displayName: string; readonly credential: MyCredential }> {
  const displayName = input.displayName.trim()
  const problems: { path: string; message: string }[] = []
  if (displayName === '' || displayName.length > 200) {
    problems.push({ path: 'displayName', message: 'Give a name of 1–200 characters.' })
  }
  const passwordProblem = findPasswordProblem(input.password)
  if (passwordProblem !== undefined) {
    problems.push({ path: 'password', message: passwordProblem })
  }
  if (problems.length > 0) {
    throw new AppError('REQUEST_INVALID', 'The account is not valid.', { details: { problems } })
  }
  const passwordHash = await deps.passwordHasher.hash(input.password)
  return deps.transaction(async (stores) => {
    const claim = usable(
      deps,
      await stores.credentialClaims.findByTokenHash(hashOf(deps, token), { isForUpdate: true }),
    )
    const now = deps.clock.now()
    const address = await stores.people.findEmailAddress(claim.emailAddress)
    let personId: string
    if (address === undefined) {
      personId = deps.ids.newId()
      await stores.people.create({ id: personId, displayName, createdAt: now, erasedAt: undefined })
      await stores.people.addEmailAddress({
        id: deps.ids.newId(),
        personId,
        address: claim.emailAddress,
        verifiedAt: now,
        createdAt: now,
      })
      await recordAudit(deps, stores, system, {
        action: 'person.created',
        subject: { personId, claimId: claim.id },
      })
    } else {
      personId = address.personId
      const person = await stores.people.findById(personId)
      if (person === undefined || person.erasedAt !== undefined) {
        throw new AppError('CLAIM_LINK_INVALID')
      }
      if ((await stores.people.findPasswordHash(personId)) !== undefined) {
        throw new AppError('CLAIM_ACCOUNT_EXISTS')
      }
      await stores.people.setDisplayName(personId, displayName)
      await recordAudit(deps, stores, system, {
        action: 'person.signed-up',
        subject: { personId, claimId: claim.id },
      })
    }
    await stores.people.setPasswordHash(personId, passwordHash)
    const credential = await claimFor(deps, stores, system, claim, personId)
    const session = await startSession(deps, stores, personId)
    await recordAudit(deps, stores, system, {
      action: 'session.started',
      subject: { personId, sessionId: session.session.id, method: 'claim-link' },
    })
    return { ...session, displayName, credential }
  })
}

/** Uses the claim for the person, in the caller's transaction. */
async function claimFor(
  deps: Pick<Deps, 'clock'>,
  stores: Stores,
  actor: Actor,
  claim: CredentialClaim,
  personId: string,
): Promise<MyCredential> {
  const now = deps.clock.now()
  if (!(await stores.credentialClaims.markClaimed(claim.id, personId, now))) {
    throw new AppError('CLAIM_LINK_INVALID')
  }
  const credential = await credentialOf(stores, claim)
  await stores.issuedCredentials.assignLearner(credential.id, personId)
  const address = await stores.people.findEmailAddress(claim.emailAddress)
  if (address?.personId === personId && address.verifiedAt === undefined) {
    await stores.people.markEmailAddressVerified(address.id, now)
    await recordAudit(deps, stores, system, {
      action: 'email-address.verified',
      subject: { personId, emailAddressId: address.id },
    })
  }
  await recordAudit(deps, stores, actor, {
    action: 'credential.claimed',
    organisationId: credential.organisationId,
    subject: { credentialId: credential.id, claimId: claim.id, personId },
  })
  return toMyCredential({ ...credential, learnerPersonId: personId }, claim.language)
}

function hashOf(deps: Pick<Deps, 'secrets'>, token: string): string {
  return deps.secrets.sha256Hex(token)
}

/** The claim when its link still works: not used, not expired (a replaced token finds none). */
function usable(deps: Pick<Deps, 'clock'>, claim: CredentialClaim | undefined): CredentialClaim {
  if (claim === undefined || claim.claimedAt !== undefined || claim.expiresAt <= deps.clock.now()) {
    throw new AppError('CLAIM_LINK_INVALID')
  }
  return claim
}

async function credentialOf(stores: Stores, claim: CredentialClaim): Promise<IssuedCredential> {
  const credential = await stores.issuedCredentials.findById(claim.credentialId)
  if (credential === undefined) {
    throw new TypeError('a credential claim names a credential that does not exist')
  }
  return credential
}
