import type { Kysely, Selectable } from 'kysely'
import type { Session, SessionStore } from '../core/index.js'
import type { Database, SessionRow } from './schema.js'

export function createSessionStore(db: Kysely<Database>): SessionStore {
  return {
    async create(session) {
      await db
        .insertInto('sessions')
        .values({
          id: session.id,
          person_id: session.personId,
          token_hash: session.tokenHash,
          csrf_token: session.csrfToken,
          created_at: session.createdAt,
          last_seen_at: session.lastSeenAt,
          expires_at: session.expiresAt,
        })
        .execute()
    },
    async findByTokenHash(tokenHash) {
      const row = await db
        .selectFrom('sessions')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst()
      return row === undefined ? undefined : fromSessionRow(row)
    },
    async listForPerson(personId) {
      const rows = await db
        .selectFrom('sessions')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('last_seen_at', 'desc')
        .orderBy('id')
        .execute()
      return rows.map(fromSessionRow)
    },
    async touch(id, lastSeenAt, expiresAt) {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
        .where('id', '=', id)
        .execute()
    },
    async delete(id) {
      await db.deleteFrom('sessions').where('id', '=', id).execute()
    },
    async deleteForPerson(personId) {
      const result = await db
        .deleteFrom('sessions')
        .where('person_id', '=', personId)
        .executeTakeFirst()
      return Number(result.numDeletedRows)
    },
  }
}

function fromSessionRow(row: Selectable<SessionRow>): Session {
  return {
    id: row.id,
    personId: row.person_id,
    tokenHash: row.token_hash,
    csrfToken: row.csrf_token,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
  }
}
