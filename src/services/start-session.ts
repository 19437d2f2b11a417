import { type Session, type Stores, sessionPolicy, tokenPrefixes } from '../core/index.js'
import type { Deps } from './deps.js'

/** A new session and the secret token for its cookie (stored only as a hash, shown only here). */
export type NewSession = { readonly session: Session; readonly token: string }

/** Starts a server-side session for a person; used by every way of signing in. */
export async function startSession(
  deps: Pick<Deps, 'clock' | 'ids' | 'secrets'>,
  stores: Stores,
  personId: string,
): Promise<NewSession> {
  const now = deps.clock.now()
  const token = deps.secrets.newToken(tokenPrefixes.session)
  const session: Session = {
    id: deps.ids.newId(),
    personId,
    tokenHash: deps.secrets.sha256Hex(token),
    csrfToken: deps.secrets.newToken(tokenPrefixes.csrf),
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + sessionPolicy.idleLifetimeMs),
  }
  await stores.sessions.create(session)
  return { session, token }
}
