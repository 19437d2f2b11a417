import { type Actor, AppError, type Session, sessionPolicy, tokenPrefixes } from '../core/index.js'
import type { Deps } from './deps.js'

export type SessionActor = {
  readonly actor: Extract<Actor, { kind: 'person' }>
  readonly session: Session
}

/**
 * The person behind a session cookie, or undefined when the token is unknown, expired or belongs
 * to an erased person. Extends the session's idle lifetime at most every few minutes.
 */
export async function authenticateSession(
  deps: Pick<Deps, 'clock' | 'stores' | 'secrets'>,
  token: string,
): Promise<SessionActor | undefined> {
  if (!token.startsWith(tokenPrefixes.session)) {
    return undefined
  }
  const session = await deps.stores.sessions.findByTokenHash(deps.secrets.sha256Hex(token))
  const now = deps.clock.now()
  if (session === undefined || session.expiresAt <= now) {
    return undefined
  }
  const person = await deps.stores.people.findById(session.personId)
  if (person === undefined || person.erasedAt !== undefined) {
    return undefined
  }
  if (now.getTime() - session.lastSeenAt.getTime() >= sessionPolicy.touchIntervalMs) {
    await deps.stores.sessions.touch(
      session.id,
      now,
      new Date(now.getTime() + sessionPolicy.idleLifetimeMs),
    )
  }
  const memberships = await deps.stores.people.listMemberships(person.id)
  return {
    actor: { kind: 'person', personId: person.id, sessionId: session.id, memberships },
    session,
  }
}

/** The machine client behind a bearer token; API_TOKEN_INVALID when malformed, unknown or revoked. */
export async function authenticateApiToken(
  deps: Pick<Deps, 'clock' | 'stores' | 'secrets'>,
  token: string,
): Promise<Extract<Actor, { kind: 'api-token' }>> {
  if (!/^osaamo_at_[A-Za-z0-9_-]{43}$/.test(token)) {
    throw new AppError('API_TOKEN_INVALID')
  }
  const apiToken = await deps.stores.apiTokens.findByTokenHash(deps.secrets.sha256Hex(token))
  if (apiToken === undefined || apiToken.revokedAt !== undefined) {
    throw new AppError('API_TOKEN_INVALID')
  }
  // The last-use time is for people, to the minute or so: no write on every machine request.
  const now = deps.clock.now()
  if (
    apiToken.lastUsedAt === undefined ||
    now.getTime() - apiToken.lastUsedAt.getTime() >= sessionPolicy.touchIntervalMs
  ) {
    await deps.stores.apiTokens.markUsed(apiToken.id, now)
  }
  return {
    kind: 'api-token',
    tokenId: apiToken.id,
    organisationId: apiToken.organisationId,
    roles: apiToken.roles,
  }
}
