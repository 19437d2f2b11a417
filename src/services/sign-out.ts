import { type Actor, AppError, requirePerson } from '../core/index.js'
import type { Deps } from './deps.js'
import { recordAudit } from './record-audit.js'

/** Ends the caller's current session. */
export async function signOut(
  deps: Pick<Deps, 'clock' | 'transaction'>,
  actor: Actor,
): Promise<void> {
  const person = requirePerson(actor)
  const sessionId = person.sessionId
  if (sessionId === undefined) {
    return
  }
  await endSession(deps, actor, sessionId)
}

/** Ends one of the caller's sessions, e.g. one left open on another device. */
export async function endSession(
  deps: Pick<Deps, 'clock' | 'transaction'>,
  actor: Actor,
  sessionId: string,
): Promise<void> {
  const person = requirePerson(actor)
  await deps.transaction(async (stores) => {
    const sessions = await stores.sessions.listForPerson(person.personId)
    if (!sessions.some((session) => session.id === sessionId)) {
      throw new AppError('SESSION_NOT_FOUND')
    }
    await stores.sessions.delete(sessionId)
    await recordAudit(deps, stores, actor, {
      action: 'session.ended',
      subject: { personId: person.personId, sessionId },
    })
  })
}

/** Ends every session of the caller, on every device, this one included. */
export async function signOutEverywhere(
  deps: Pick<Deps, 'clock' | 'transaction'>,
  actor: Actor,
): Promise<number> {
  const person = requirePerson(actor)
  return deps.transaction(async (stores) => {
    const ended = await stores.sessions.deleteForPerson(person.personId)
    await recordAudit(deps, stores, actor, {
      action: 'session.ended-all',
      subject: { personId: person.personId },
    })
    return ended
  })
}
