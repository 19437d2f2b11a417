import type { Kysely, Selectable } from 'kysely'
import type { ApiToken, ApiTokenStore } from '../core/index.js'
import { toJsonb } from './json.js'
import { toRoles } from './person-store.js'
import type { ApiTokenRow, Database } from './schema.js'

export function createApiTokenStore(db: Kysely<Database>): ApiTokenStore {
  const selectTokens = () => db.selectFrom('api_tokens').selectAll()
  return {
    async create(token) {
      await db
        .insertInto('api_tokens')
        .values({
          id: token.id,
          organisation_id: token.organisationId,
          name: token.name,
          roles: toJsonb(token.roles),
          token_hash: token.tokenHash,
          created_by: token.createdBy ?? null,
          created_at: token.createdAt,
          last_used_at: token.lastUsedAt ?? null,
          revoked_at: token.revokedAt ?? null,
        })
        .execute()
    },
    async findByTokenHash(tokenHash) {
      const row = await selectTokens().where('token_hash', '=', tokenHash).executeTakeFirst()
      return row === undefined ? undefined : fromApiTokenRow(row)
    },
    async findById(id) {
      const row = await selectTokens().where('id', '=', id).executeTakeFirst()
      return row === undefined ? undefined : fromApiTokenRow(row)
    },
    async listForOrganisation(organisationId) {
      const rows = await selectTokens()
        .where('organisation_id', '=', organisationId)
        .orderBy('created_at')
        .orderBy('id')
        .execute()
      return rows.map(fromApiTokenRow)
    },
    async markUsed(id, at) {
      await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute()
    },
    async revoke(id, at) {
      await db
        .updateTable('api_tokens')
        .set({ revoked_at: at })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .execute()
    },
  }
}

function fromApiTokenRow(row: Selectable<ApiTokenRow>): ApiToken {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    name: row.name,
    roles: toRoles(row.roles),
    tokenHash: row.token_hash,
    createdBy: row.created_by ?? undefined,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at ?? undefined,
    revokedAt: row.revoked_at ?? undefined,
  }
}
