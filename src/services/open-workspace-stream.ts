import { type Actor, requirePerson, type WorkspaceEvent } from '../core/index.js'
import type { Deps } from './deps.js'
import { getWorkspaceVersion } from './workspace-access.js'
import { listPresentPeople } from './workspace-presence.js'

/** An open stream of a workspace's events; the caller beats its heart and closes it. */
export type WorkspaceStream = {
  /** Says the stream is still open; tells everyone when who is present has changed. */
  heartbeat(): Promise<void>
  /** Ends the subscription and the presence, and tells the others. Safe to call twice. */
  close(): Promise<void>
}

/**
 * Opens a live stream of a workspace for a person who may read it: every event of the version,
 * from any Osaamo process, goes to `onEvent`, starting with who is present (them included).
 * The stream's presence lives in the database, so every process counts it; a stream whose
 * process died stops counting once its heartbeat is old. When the person is removed from the
 * workspace, `onEvent` gets that event and the caller should close.
 */
export async function openWorkspaceStream(
  deps: Pick<Deps, 'clock' | 'ids' | 'stores' | 'workspaceEvents'>,
  actor: Actor,
  versionId: string,
  onEvent: (event: WorkspaceEvent) => void,
): Promise<WorkspaceStream> {
  const person = requirePerson(actor)
  const { stores } = deps
  const { version } = await getWorkspaceVersion(actor, versionId, stores)
  const connectionId = deps.ids.newId()
  let lastPresence = ''
  const unsubscribe = await deps.workspaceEvents.subscribe(version.id, (event) => {
    if (event.kind === 'presence') {
      lastPresence = JSON.stringify(event.people)
    }
    onEvent(event)
  })
  const publishPresence = async () => {
    const people = await listPresentPeople(deps, stores, version.id)
    lastPresence = JSON.stringify(people)
    await deps.workspaceEvents.publish({ versionId: version.id, kind: 'presence', people })
  }
  await stores.workspacePresence.enter({
    connectionId,
    versionId: version.id,
    personId: person.personId,
    at: deps.clock.now(),
  })
  await publishPresence()
  let isClosed = false
  return {
    async heartbeat() {
      if (isClosed) {
        return
      }
      await stores.workspacePresence.touch(connectionId, deps.clock.now())
      // Streams of a process that died drop out here: tell everyone only when the list changed.
      const people = await listPresentPeople(deps, stores, version.id)
      if (JSON.stringify(people) !== lastPresence) {
        await publishPresence()
      }
    },
    async close() {
      if (isClosed) {
        return
      }
      isClosed = true
      await unsubscribe()
      await stores.workspacePresence.leave(connectionId)
      await publishPresence()
    },
  }
}
