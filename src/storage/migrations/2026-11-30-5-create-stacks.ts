import { type Kysely, sql } from 'kysely'

// Institutions' stacks (how credentials add up to a larger whole) and the stack credentials
// learners claimed. A stack's rules are one jsonb document: they are read and written whole and
// evaluated in the core, never queried piece by piece.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('stacks')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('organisation_id', 'uuid', (column) =>
      column.notNull().references('organisations.id'),
    )
    .addColumn('name', 'jsonb', (column) => column.notNull())
    .addColumn('description', 'jsonb', (column) => column.notNull())
    .addColumn('rules', 'jsonb', (column) => column.notNull())
    .addColumn('is_published', 'boolean', (column) => column.notNull().defaultTo(false))
    .addColumn('created_by', 'uuid', (column) => column.references('people.id'))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull())
    .addColumn('published_at', 'timestamptz')
    .execute()
  await db.schema
    .createIndex('stacks_organisation_id')
    .on('stacks')
    .columns(['organisation_id', 'created_at'])
    .execute()
  await sql`create index stacks_published on stacks (published_at desc, id) where is_published`.execute(
    db,
  )
  await db.schema
    .createTable('stack_credentials')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('stack_id', 'uuid', (column) => column.notNull().references('stacks.id'))
    .addColumn('person_id', 'uuid', (column) => column.notNull().references('people.id'))
    .addColumn('issued_credential_id', 'uuid', (column) =>
      column.notNull().unique().references('issued_credentials.id'),
    )
    .addColumn('format', 'text', (column) =>
      column.notNull().check(sql`format in ('clr', 'open-badge')`),
    )
    .addColumn('claimed_at', 'timestamptz', (column) => column.notNull())
    // The database, not the code, keeps a learner from claiming one stack twice.
    .addUniqueConstraint('stack_credentials_once_per_person', ['stack_id', 'person_id'])
    .execute()
  await db.schema
    .createIndex('stack_credentials_person_id')
    .on('stack_credentials')
    .column('person_id')
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('stack_credentials').execute()
  await db.schema.dropTable('stacks').execute()
}
