import type { Kysely, Selectable } from 'kysely'
import type { Endorsement, EndorsementStore } from '../core/index.js'
import { toJsonb } from './json.js'
import type { Database, EndorsementRow } from './schema.js'

export function createEndorsementStore(db: Kysely<Database>): EndorsementStore {
  return {
    async create(endorsement) {
      const inserted = await db
        .insertInto('endorsements')
        .values({
          id: endorsement.id,
          version_id: endorsement.versionId,
          organisation_id: endorsement.organisationId,
          signed_off_by: endorsement.signedOffBy ?? null,
          content_fingerprint: endorsement.contentFingerprint,
          comment: endorsement.comment,
          credential: toJsonb(endorsement.credential),
          created_at: endorsement.createdAt,
          withdrawn_at: endorsement.withdrawnAt ?? null,
          withdrawal_reason: endorsement.withdrawalReason ?? null,
        })
        // Two sign-offs by one organisation at once: the partial unique index lets one land.
        .onConflict((conflict) =>
          conflict
            .columns(['version_id', 'organisation_id'])
            .where('withdrawn_at', 'is', null)
            .doNothing(),
        )
        .returning('id')
        .executeTakeFirst()
      return inserted !== undefined
    },
    async findById(id, options = {}) {
      let query = db.selectFrom('endorsements').selectAll().where('id', '=', id)
      if (options.isForUpdate === true) {
        query = query.forUpdate()
      }
      const row = await query.executeTakeFirst()
      return row === undefined ? undefined : fromRow(row)
    },
    async listForVersion(versionId) {
      const rows = await db
        .selectFrom('endorsements')
        .selectAll()
        .where('version_id', '=', versionId)
        .orderBy('created_at')
        .orderBy('id')
        .execute()
      return rows.map(fromRow)
    },
    async withdraw(id, change) {
      const updated = await db
        .updateTable('endorsements')
        .set({ withdrawn_at: change.at, withdrawal_reason: change.reason })
        .where('id', '=', id)
        .where('withdrawn_at', 'is', null)
        .returning('id')
        .executeTakeFirst()
      return updated !== undefined
    },
  }
}

function fromRow(row: Selectable<EndorsementRow>): Endorsement {
  return {
    id: row.id,
    versionId: row.version_id,
    organisationId: row.organisation_id,
    signedOffBy: row.signed_off_by ?? undefined,
    contentFingerprint: row.content_fingerprint,
    comment: row.comment,
    credential: row.credential,
    createdAt: row.created_at,
    withdrawnAt: row.withdrawn_at ?? undefined,
    withdrawalReason: row.withdrawal_reason ?? undefined,
  }
}
