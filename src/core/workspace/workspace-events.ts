/** Someone with the workspace open now (an open event stream, on any Osaamo process). */
export type PresentPerson = { readonly personId: string; readonly displayName: string }

/**
 * What happened in a workspace, as it travels between Osaamo processes and to the browsers.
 * Events name what changed, not its content: a client reads the workspace again, through the
 * same access checks as any read, and a PostgreSQL notification stays far below its 8,000-byte
 * limit whatever people write. Presence carries its list, which is all there is to it.
 */
export type WorkspaceEvent =
  | {
      readonly versionId: string
      readonly kind: 'comment' | 'suggestion'
      /** The comment's or suggestion's id. */
      readonly id: string
    }
  | { readonly versionId: string; readonly kind: 'change' }
  | {
      readonly versionId: string
      readonly kind: 'participants'
      /** The person who lost access, whose open streams end. */
      readonly removedPersonId?: string | undefined
    }
  | {
      readonly versionId: string
      readonly kind: 'presence'
      readonly people: readonly PresentPerson[]
    }

/** How often an open stream says it is still there, and when a silent one stops counting. */
export const workspacePresence = { heartbeatMs: 15_000, expiresAfterMs: 45_000 } as const

/** The event if `value` (parsed JSON from another process) is one; undefined otherwise. */
export function toWorkspaceEvent(value: unknown): WorkspaceEvent | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined
  }
  const event = value as Record<string, unknown>
  if (typeof event.versionId !== 'string') {
    return undefined
  }
  switch (event.kind) {
    case 'comment':
    case 'suggestion':
      return typeof event.id === 'string'
        ? { versionId: event.versionId, kind: event.kind, id: event.id }
        : undefined
    case 'change':
      return { versionId: event.versionId, kind: 'change' }
    case 'participants':
      return {
        versionId: event.versionId,
        kind: 'participants',
        removedPersonId:
          typeof event.removedPersonId === 'string' ? event.removedPersonId : undefined,
      }
    case 'presence':
      return Array.isArray(event.people)
        ? {
            versionId: event.versionId,
            kind: 'presence',
            people: event.people.filter(
              (person): person is PresentPerson =>
                typeof person?.personId === 'string' && typeof person?.displayName === 'string',
            ),
          }
        : undefined
    default:
      return undefined
  }
}
