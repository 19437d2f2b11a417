import { AppError, normaliseEmailAddress, signInThrottle, system } from '../core/index.js'
import type { Deps } from './deps.js'
import { recordAudit } from './record-audit.js'
import { type NewSession, startSession } from './start-session.js'

export type PasswordSignIn = {
  readonly emailAddress: string
  readonly password: string
  /** The client's network address, only ever stored hashed, for throttling. */
  readonly clientAddress: string
}

let dummyHash: Promise<string> | undefined

/**
 * Signs a person in with an e-mail address and password and starts a session. A wrong address
 * and a wrong password give the same error after the same work (a password hash is checked either
 * way). Repeated failures pause sign-in for the address and for the client, whether or not the
 * address belongs to anyone, so that the pause reveals nothing either.
 */
export async function signInWithPassword(
  deps: Deps,
  input: PasswordSignIn,
): Promise<NewSession & { readonly displayName: string }> {
  const now = deps.clock.now()
  const address =
    normaliseEmailAddress(input.emailAddress) ?? input.emailAddress.trim().toLowerCase()
  const accountKey = deps.secrets.sha256Hex(`account:${address}`)
  const clientKey = deps.secrets.sha256Hex(`client:${input.clientAddress}`)
  const since = new Date(now.getTime() - signInThrottle.windowMs)
  const [accountFailures, clientFailures] = await Promise.all([
    deps.stores.signInFailures.countForAccount(accountKey, since),
    deps.stores.signInFailures.countForClient(clientKey, since),
  ])
  if (
    accountFailures >= signInThrottle.maxFailuresPerAccount ||
    clientFailures >= signInThrottle.maxFailuresPerClient
  ) {
    throw new AppError(
      'REQUEST_RATE_LIMITED',
      'Too many failed sign-ins; wait 15 minutes and try again.',
      {
        details: { retryAfterSeconds: signInThrottle.windowMs / 1000 },
      },
    )
  }

  // Only a verified address signs in: an added but unconfirmed one proves nothing yet.
  const found = await deps.stores.people.findEmailAddress(address)
  const emailAddress = found?.verifiedAt === undefined ? undefined : found
  const passwordHash =
    emailAddress === undefined
      ? undefined
      : await deps.stores.people.findPasswordHash(emailAddress.personId)
  dummyHash ??= deps.passwordHasher.hash(deps.secrets.newToken('dummy-'))
  const isPasswordRight = await deps.passwordHasher.verify(
    passwordHash ?? (await dummyHash),
    input.password,
  )
  if (emailAddress === undefined || passwordHash === undefined || !isPasswordRight) {
    await deps.stores.signInFailures.record({ accountKey, clientKey, at: now })
    throw new AppError('SIGN_IN_FAILED')
  }

  return deps.transaction(async (stores) => {
    await stores.signInFailures.clearForAccount(accountKey)
    const session = await startSession(deps, stores, emailAddress.personId)
    await recordAudit(deps, stores, system, {
      action: 'session.started',
      subject: {
        personId: emailAddress.personId,
        sessionId: session.session.id,
        method: 'password',
      },
    })
    const person = await stores.people.findById(emailAddress.personId)
    return { ...session, displayName: person?.displayName ?? '' }
  })
}
