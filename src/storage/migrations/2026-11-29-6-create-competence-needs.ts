import { type Kysely, sql } from 'kysely'

// Partners' competence needs. The skills are kept twice: as jsonb with their labels and where
// each came from (for reading), and as a text[] of URIs under a GIN index, so that the needs a
// draft answers are found by overlap (&&) without reading every need.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('competence_needs')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('organisation_id', 'uuid', (column) =>
      column.notNull().references('organisations.id'),
    )
    .addColumn('state', 'text', (column) =>
      column.notNull().check(sql`state in ('open', 'closed')`),
    )
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull())
    .addColumn('occupation_uri', 'text')
    .addColumn('skills', 'jsonb', (column) => column.notNull())
    .addColumn('skill_uris', sql`text[]`, (column) => column.notNull())
    .addColumn('people_count', 'integer', (column) => column.notNull().check(sql`people_count > 0`))
    .addColumn('region', 'text', (column) => column.notNull())
    .addColumn('starts_on', 'text', (column) =>
      column.notNull().check(sql`starts_on ~ '^\\d{4}-\\d{2}-\\d{2}$'`),
    )
    .addColumn('ends_on', 'text', (column) =>
      column.notNull().check(sql`ends_on ~ '^\\d{4}-\\d{2}-\\d{2}$'`),
    )
    .addColumn('visibility', 'text', (column) =>
      column.notNull().check(sql`visibility in ('public', 'institutions')`),
    )
    .addColumn('created_by', 'uuid', (column) => column.references('people.id'))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull())
    .addColumn('closed_at', 'timestamptz')
    .addCheckConstraint('competence_needs_time_frame', sql`ends_on >= starts_on`)
    .execute()
  await db.schema
    .createIndex('competence_needs_organisation_id')
    .on('competence_needs')
    .columns(['organisation_id', 'created_at'])
    .execute()
  await sql`create index competence_needs_open on competence_needs (created_at desc, id) where state = 'open'`.execute(
    db,
  )
  await sql`create index competence_needs_skill_uris on competence_needs using gin (skill_uris)`.execute(
    db,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('competence_needs').execute()
}
