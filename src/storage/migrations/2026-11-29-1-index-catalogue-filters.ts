import { type Kysely, sql } from 'kysely'

// Indexes for the catalogue filters that had none, so that a search by filters alone (EQF level,
// price, field) counts its matches from the indexes instead of reading every entry.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index catalogue_entries_eqf_level on catalogue_entries (eqf_level)`.execute(db)
  await sql`create index catalogue_entries_price on catalogue_entries (price_cents)`.execute(db)
  // text_pattern_ops serves the prefix search on ISCED-F codes (isced_field like '06%').
  await sql`create index catalogue_entries_isced_field on catalogue_entries (isced_field text_pattern_ops)`.execute(
    db,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index catalogue_entries_isced_field`.execute(db)
  await sql`drop index catalogue_entries_price`.execute(db)
  await sql`drop index catalogue_entries_eqf_level`.execute(db)
}
