import { type Kysely, sql } from 'kysely'
import pg from 'pg'
import { toWorkspaceEvent, type WorkspaceEvent, type WorkspaceEventBus } from '../core/index.js'
import type { DatabaseLocation } from './database.js'
import type { Database } from './schema.js'

/** The one PostgreSQL notification channel all workspace events travel on. */
export const workspaceEventChannel = 'osaamo_workspace_events'

type Listener = (event: WorkspaceEvent) => void

/**
 * The workspace event bus for the database Osaamo runs on: LISTEN/NOTIFY on a PostgreSQL server,
 * where several Osaamo processes may serve one workspace; within the process on the embedded
 * database, which only one process opens.
 */
export function createWorkspaceEventBus(
  location: DatabaseLocation,
  db: Kysely<Database>,
): WorkspaceEventBus {
  return location.kind === 'server'
    ? createPostgresWorkspaceEventBus(location.url, db)
    : createInProcessWorkspaceEventBus()
}

/** Subscribers of this process, by version. */
function createListeners() {
  const byVersion = new Map<string, Set<Listener>>()
  return {
    add(versionId: string, listener: Listener) {
      const listeners = byVersion.get(versionId) ?? new Set<Listener>()
      listeners.add(listener)
      byVersion.set(versionId, listeners)
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0) {
          byVersion.delete(versionId)
        }
      }
    },
    deliver(event: WorkspaceEvent) {
      for (const listener of [...(byVersion.get(event.versionId) ?? [])]) {
        listener(event)
      }
    },
    /** Every version someone here listens to (told to read again after a lost connection). */
    versionIds: () => [...byVersion.keys()],
    clear: () => byVersion.clear(),
  }
}

export function createInProcessWorkspaceEventBus(): WorkspaceEventBus {
  const listeners = createListeners()
  return {
    async publish(event) {
      // Delivered after the publisher carries on, as a notification from the server would be.
      queueMicrotask(() => listeners.deliver(event))
    },
    async subscribe(versionId, listener) {
      const remove = listeners.add(versionId, listener)
      return async () => remove()
    },
    async close() {
      listeners.clear()
    },
  }
}

/**
 * NOTIFY goes through the ordinary pool; LISTEN needs a connection of its own that stays open,
 * opened on the first subscription. When it drops, it is opened again and every local subscriber
 * gets a `change` event, so that browsers read the workspace again instead of missing what
 * happened meanwhile.
 */
export function createPostgresWorkspaceEventBus(
  url: string,
  db: Kysely<Database>,
): WorkspaceEventBus {
  const listeners = createListeners()
  let connection: Promise<pg.Client> | undefined
  let isClosed = false
  let retryTimer: NodeJS.Timeout | undefined

  const connect = (): Promise<pg.Client> => {
    const client = new pg.Client({ connectionString: url })
    client.on('notification', (message) => {
      if (message.channel !== workspaceEventChannel || message.payload === undefined) {
        return
      }
      let parsed: unknown
      try {
        parsed = JSON.parse(message.payload)
      } catch {
        return
      }
      const event = toWorkspaceEvent(parsed)
      if (event !== undefined) {
        listeners.deliver(event)
      }
    })
    client.on('error', () => {
      connection = undefined
      client.end().catch(() => {})
      scheduleReconnect()
    })
    return client
      .connect()
      .then(() => client.query(`listen ${workspaceEventChannel}`))
      .then(() => client)
  }

  const scheduleReconnect = () => {
    if (isClosed || retryTimer !== undefined || listeners.versionIds().length === 0) {
      return
    }
    retryTimer = setTimeout(() => {
      retryTimer = undefined
      connection = connect()
      connection.then(
        () => {
          for (const versionId of listeners.versionIds()) {
            listeners.deliver({ versionId, kind: 'change' })
          }
        },
        () => {
          connection = undefined
          scheduleReconnect()
        },
      )
    }, 1000)
    retryTimer.unref()
  }

  return {
    async publish(event) {
      await sql`select pg_notify(${workspaceEventChannel}, ${JSON.stringify(event)})`.execute(db)
    },
    async subscribe(versionId, listener) {
      if (connection === undefined) {
        connection = connect()
        connection.catch(() => {
          connection = undefined
        })
      }
      await connection
      const remove = listeners.add(versionId, listener)
      return async () => remove()
    },
    async close() {
      isClosed = true
      clearTimeout(retryTimer)
      listeners.clear()
      const open = connection
      connection = undefined
      if (open !== undefined) {
        await open.then((client) => client.end()).catch(() => {})
      }
    },
  }
}
