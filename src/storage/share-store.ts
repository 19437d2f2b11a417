import type { Kysely, Selectable } from 'kysely'
import type { Share, ShareStore } from '../core/index.js'
import { toJsonb } from './json.js'
import { referencesOf } from './reflection-store.js'
import type { Database, ShareRow } from './schema.js'

export function createShareStore(db: Kysely<Database>): ShareStore {
  return {
    async create(share) {
      await db
        .insertInto('shares')
        .values({
          id: share.id,
          person_id: share.personId,
          token_hash: share.tokenHash,
          credentials: toJsonb(share.credentials),
          includes_reflections: share.includesReflections,
          created_at: share.createdAt,
          expires_at: share.expiresAt,
          withdrawn_at: share.withdrawnAt ?? null,
        })
        .execute()
    },
    async findById(id) {
      const row = await db.selectFrom('shares').selectAll().where('id', '=', id).executeTakeFirst()
      return row === undefined ? undefined : fromRow(row)
    },
    async findByTokenHash(tokenHash) {
      const row = await db
        .selectFrom('shares')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst()
      return row === undefined ? undefined : fromRow(row)
    },
    async listForPerson(personId) {
      const rows = await db
        .selectFrom('shares')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute()
      return rows.map(fromRow)
    },
    async withdraw(personId, id, at) {
      const withdrawn = await db
        .updateTable('shares')
        .set({ withdrawn_at: at })
        .where('person_id', '=', personId)
        .where('id', '=', id)
        .where('withdrawn_at', 'is', null)
        .returning('id')
        .executeTakeFirst()
      return withdrawn !== undefined
    },
    async recordAccess(access) {
      await db
        .insertInto('share_accesses')
        .values({
          id: access.id,
          share_id: access.shareId,
          opened_at: access.openedAt,
          viewer_organisation_ids: toJsonb(access.viewerOrganisationIds),
        })
        .execute()
    },
    async listAccesses(shareIds) {
      if (shareIds.length === 0) {
        return []
      }
      const rows = await db
        .selectFrom('share_accesses')
        .selectAll()
        .where('share_id', 'in', [...shareIds])
        .orderBy('opened_at', 'desc')
        .orderBy('id')
        .execute()
      return rows.map((row) => ({
        id: row.id,
        shareId: row.share_id,
        openedAt: row.opened_at,
        viewerOrganisationIds: row.viewer_organisation_ids,
      }))
    },
    async deleteForPerson(personId) {
      // The access log goes with its shares (on delete cascade).
      await db.deleteFrom('shares').where('person_id', '=', personId).execute()
    },
  }
}

function fromRow(row: Selectable<ShareRow>): Share {
  return {
    id: row.id,
    personId: row.person_id,
    tokenHash: row.token_hash,
    credentials: referencesOf(row.credentials),
    includesReflections: row.includes_reflections,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    withdrawnAt: row.withdrawn_at ?? undefined,
  }
}
