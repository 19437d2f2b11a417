import { type Kysely, type Selectable, sql } from 'kysely'
import {
  type StatusList,
  type StatusListStore,
  type StatusPurpose,
  statusPurposes,
} from '../core/index.js'
import { toJsonb } from './json.js'
import type { Database, StatusListRow } from './schema.js'

export function createStatusListStore(db: Kysely<Database>): StatusListStore {
  return {
    async create(list) {
      const inserted = await db
        .insertInto('status_lists')
        .values({
          id: list.id,
          organisation_id: list.organisationId,
          purpose: list.purpose,
          sequence: list.sequence,
          length: list.length,
          bits: Buffer.from(list.bits),
          credential: toJsonb(list.credential),
          signed_at: list.signedAt,
          created_at: list.createdAt,
          updated_at: list.updatedAt,
        })
        .onConflict((conflict) =>
          conflict.columns(['organisation_id', 'purpose', 'sequence']).doNothing(),
        )
        .returning('id')
        .executeTakeFirst()
      return inserted !== undefined
    },
    async findById(id, options = {}) {
      let query = db.selectFrom('status_lists').selectAll().where('id', '=', id)
      if (options.isForUpdate === true) {
        query = query.forUpdate()
      }
      const row = await query.executeTakeFirst()
      return row === undefined ? undefined : fromStatusListRow(row)
    },
    async findLatest(organisationId, purpose) {
      const row = await db
        .selectFrom('status_lists')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .where('purpose', '=', purpose)
        .orderBy('sequence', 'desc')
        .limit(1)
        .executeTakeFirst()
      return row === undefined ? undefined : fromStatusListRow(row)
    },
    async update(id, change) {
      await db
        .updateTable('status_lists')
        .set({
          bits: Buffer.from(change.bits),
          credential: toJsonb(change.credential),
          signed_at: change.signedAt,
          updated_at: change.signedAt,
        })
        .where('id', '=', id)
        .execute()
    },
    async claimIndex(listId, index, at) {
      // The primary key (list_id, index) makes a claim final: a racing claim of the same index
      // waits for the first to commit and then stores nothing.
      const inserted = await db
        .insertInto('status_list_entries')
        .values({ list_id: listId, index, claimed_at: at })
        .onConflict((conflict) => conflict.columns(['list_id', 'index']).doNothing())
        .returning('index')
        .executeTakeFirst()
      return inserted !== undefined
    },
    async claimIndexes(listId, indexes, at, atMost) {
      if (indexes.length === 0) {
        return []
      }
      if (atMost !== undefined && atMost < indexes.length) {
        // The first `atMost` free ones in the order given; one that a racing claim takes between
        // the check and the insert is skipped (the caller asks again for what is missing).
        const result = await sql<{ index: number }>`
          insert into status_list_entries (list_id, "index", claimed_at)
          select ${listId}::uuid, candidate, ${at}::timestamptz
          from unnest(${[...indexes]}::integer[]) with ordinality as picked(candidate, place)
          where not exists (
            select 1 from status_list_entries
            where list_id = ${listId}::uuid and "index" = picked.candidate
          )
          order by place
          limit ${atMost}::integer
          on conflict (list_id, "index") do nothing
          returning "index"`.execute(db)
        return result.rows.map((row) => row.index)
      }
      const inserted = await db
        .insertInto('status_list_entries')
        .values(indexes.map((index) => ({ list_id: listId, index, claimed_at: at })))
        .onConflict((conflict) => conflict.columns(['list_id', 'index']).doNothing())
        .returning('index')
        .execute()
      return inserted.map((row) => row.index)
    },
    async countClaimedIndexes(listId) {
      const row = await db
        .selectFrom('status_list_entries')
        .select((eb) => eb.fn.countAll<string>().as('count'))
        .where('list_id', '=', listId)
        .executeTakeFirstOrThrow()
      return Number(row.count)
    },
    async findUnclaimedIndex(listId, length, position) {
      const result = await sql<{ index: number }>`
        select candidate as index
        from generate_series(0, ${length - 1}::integer) as candidate
        where not exists (
          select 1 from status_list_entries
          where list_id = ${listId} and "index" = candidate
        )
        order by candidate
        offset ${position}::integer
        limit 1`.execute(db)
      return result.rows[0]?.index
    },
  }
}

function fromStatusListRow(row: Selectable<StatusListRow>): StatusList {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    purpose: toPurpose(row.purpose),
    sequence: row.sequence,
    length: row.length,
    bits: new Uint8Array(row.bits),
    credential: row.credential,
    signedAt: row.signed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

function toPurpose(text: string): StatusPurpose {
  const purpose = statusPurposes.find((candidate) => candidate === text)
  if (purpose === undefined) {
    throw new TypeError(`unknown status purpose ${text} in the database`)
  }
  return purpose
}
