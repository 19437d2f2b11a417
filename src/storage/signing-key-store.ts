import { type Kysely, type Selectable, sql } from 'kysely'
import type { OrganisationSigningKey, SigningKeyStore } from '../core/index.js'
import type { Database, SigningKeyRow } from './schema.js'

export function createSigningKeyStore(db: Kysely<Database>): SigningKeyStore {
  return {
    async createIfNoneActive(key) {
      // ON CONFLICT on the partial unique index waits for a racing insert to commit, so exactly
      // one of several processes making an organisation's first key stores it.
      const inserted = await db
        .insertInto('signing_keys')
        .values({
          id: key.id,
          organisation_id: key.organisationId,
          public_key_multibase: key.publicKeyMultibase,
          sealed_secret: key.sealedSecret,
          created_at: key.createdAt,
          retired_at: key.retiredAt ?? null,
        })
        .onConflict((conflict) =>
          conflict.column('organisation_id').where(sql.ref('retired_at'), 'is', null).doNothing(),
        )
        .returning('id')
        .executeTakeFirst()
      return inserted !== undefined
    },
    async findActive(organisationId) {
      const row = await db
        .selectFrom('signing_keys')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .where('retired_at', 'is', null)
        .executeTakeFirst()
      return row === undefined ? undefined : fromSigningKeyRow(row)
    },
    async listForOrganisation(organisationId) {
      const rows = await db
        .selectFrom('signing_keys')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .orderBy('created_at')
        .orderBy('id')
        .execute()
      return rows.map(fromSigningKeyRow)
    },
    async retireActive(organisationId, at) {
      const row = await db
        .updateTable('signing_keys')
        .set({ retired_at: at })
        .where('organisation_id', '=', organisationId)
        .where('retired_at', 'is', null)
        .returningAll()
        .executeTakeFirst()
      return row === undefined ? undefined : fromSigningKeyRow(row)
    },
  }
}

function fromSigningKeyRow(row: Selectable<SigningKeyRow>): OrganisationSigningKey {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    publicKeyMultibase: row.public_key_multibase,
    sealedSecret: row.sealed_secret,
    createdAt: row.created_at,
    retiredAt: row.retired_at ?? undefined,
  }
}
