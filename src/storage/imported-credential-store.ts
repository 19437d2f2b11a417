import type { Kysely, Selectable } from 'kysely'
import type {
  ImportedCredential,
  ImportedCredentialStore,
  ImportOrigin,
  VerificationReport,
} from '../core/index.js'
import { toJsonb } from './json.js'
import type { Database, ImportedCredentialRow } from './schema.js'

export function createImportedCredentialStore(db: Kysely<Database>): ImportedCredentialStore {
  return {
    async create(imported) {
      const inserted = await db
        .insertInto('imported_credentials')
        .values({
          id: imported.id,
          person_id: imported.personId,
          origin: imported.origin,
          source_url: imported.sourceUrl ?? null,
          credential: imported.credential === undefined ? null : toJsonb(imported.credential),
          jwt: imported.jwt ?? null,
          fingerprint: imported.fingerprint,
          is_verified: imported.isVerified,
          report: toJsonb(imported.report),
          imported_at: imported.importedAt,
        })
        // Two imports of one credential at once: one lands, the other learns it is a duplicate.
        .onConflict((conflict) => conflict.columns(['person_id', 'fingerprint']).doNothing())
        .returning('id')
        .executeTakeFirst()
      return inserted !== undefined
    },
    async findByFingerprint(personId, fingerprint) {
      const row = await db
        .selectFrom('imported_credentials')
        .selectAll()
        .where('person_id', '=', personId)
        .where('fingerprint', '=', fingerprint)
        .executeTakeFirst()
      return row === undefined ? undefined : fromRow(row)
    },
    async listForPerson(personId) {
      const rows = await db
        .selectFrom('imported_credentials')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('imported_at', 'desc')
        .orderBy('id')
        .execute()
      return rows.map(fromRow)
    },
    async delete(personId, id) {
      const deleted = await db
        .deleteFrom('imported_credentials')
        .where('person_id', '=', personId)
        .where('id', '=', id)
        .returning('id')
        .executeTakeFirst()
      return deleted !== undefined
    },
    async deleteForPerson(personId) {
      await db.deleteFrom('imported_credentials').where('person_id', '=', personId).execute()
    },
  }
}

function fromRow(row: Selectable<ImportedCredentialRow>): ImportedCredential {
  return {
    id: row.id,
    personId: row.person_id,
    origin: row.origin as ImportOrigin,
    sourceUrl: row.source_url ?? undefined,
    credential: row.credential ?? undefined,
    jwt: row.jwt ?? undefined,
    fingerprint: row.fingerprint,
    isVerified: row.is_verified,
    report: row.report as VerificationReport,
    importedAt: row.imported_at,
  }
}
