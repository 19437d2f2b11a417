import { type Kysely, sql } from 'kysely'

// The public catalogue: one row per specification holding its currently published version, with
// the filters as columns and one weighted tsvector of Finnish, Swedish and English stems plus the
// unstemmed words; the vocabulary of those words, under a trigram index, lets a search word reach
// its inflected forms (ohjelmointi → ohjelmoinnin).

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db)
  await db.schema
    .createTable('catalogue_entries')
    .addColumn('specification_id', 'uuid', (column) =>
      column.primaryKey().references('specifications.id'),
    )
    .addColumn('version_id', 'uuid', (column) =>
      column.notNull().unique().references('specification_versions.id'),
    )
    .addColumn('title', 'jsonb', (column) => column.notNull())
    .addColumn('summary', 'jsonb', (column) => column.notNull())
    .addColumn('awarding_body_ids', sql`uuid[]`, (column) => column.notNull())
    .addColumn('ects', 'numeric')
    .addColumn('eqf_level', 'text')
    .addColumn('isced_field', 'text')
    .addColumn('forms_of_participation', sql`text[]`, (column) => column.notNull())
    .addColumn('languages', sql`text[]`, (column) => column.notNull())
    .addColumn('price_cents', 'integer')
    .addColumn('price_currency', 'text')
    .addColumn('skill_uris', sql`text[]`, (column) => column.notNull())
    .addColumn('published_at', 'timestamptz', (column) => column.notNull())
    .addColumn('search_vector', sql`tsvector`, (column) => column.notNull())
    .execute()
  await sql`create index catalogue_entries_search_vector on catalogue_entries using gin (search_vector)`.execute(
    db,
  )
  for (const column of ['awarding_body_ids', 'forms_of_participation', 'languages', 'skill_uris']) {
    await sql`create index ${sql.raw(`catalogue_entries_${column}`)} on catalogue_entries using gin (${sql.ref(column)})`.execute(
      db,
    )
  }
  await sql`create index catalogue_entries_newest on catalogue_entries (published_at desc, specification_id)`.execute(
    db,
  )
  await sql`create index catalogue_entries_ects on catalogue_entries (ects)`.execute(db)

  await db.schema
    .createTable('catalogue_words')
    .addColumn('word', 'text', (column) => column.primaryKey())
    .execute()
  await sql`create index catalogue_words_trigrams on catalogue_words using gin (word gin_trgm_ops)`.execute(
    db,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('catalogue_words').execute()
  await db.schema.dropTable('catalogue_entries').execute()
}
