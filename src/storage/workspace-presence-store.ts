import type { Kysely } from 'kysely'
import type { WorkspacePresenceStore } from '../core/index.js'
import type { Database } from './schema.js'

export function createWorkspacePresenceStore(db: Kysely<Database>): WorkspacePresenceStore {
  return {
    async enter(connection) {
      await db
        .insertInto('workspace_presence')
        .values({
          connection_id: connection.connectionId,
          version_id: connection.versionId,
          person_id: connection.personId,
          last_seen_at: connection.at,
        })
        .execute()
    },
    async touch(connectionId, at) {
      await db
        .updateTable('workspace_presence')
        .set({ last_seen_at: at })
        .where('connection_id', '=', connectionId)
        .execute()
    },
    async leave(connectionId) {
      await db.deleteFrom('workspace_presence').where('connection_id', '=', connectionId).execute()
    },
    async listPresent(versionId, since) {
      const rows = await db
        .selectFrom('workspace_presence')
        .select('person_id')
        .distinct()
        .where('version_id', '=', versionId)
        .where('last_seen_at', '>=', since)
        .orderBy('person_id')
        .execute()
      return rows.map((row) => row.person_id)
    },
  }
}
