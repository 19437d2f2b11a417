import { type Kysely, sql } from 'kysely'

// Credentials from other issuers that learners bring into their portfolio.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('imported_credentials')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('person_id', 'uuid', (column) => column.notNull().references('people.id'))
    .addColumn('origin', 'text', (column) =>
      column.notNull().check(sql`origin in ('upload', 'paste', 'url')`),
    )
    // Where an import by URL fetched it from.
    .addColumn('source_url', 'text')
    .addColumn('credential', 'jsonb')
    .addColumn('jwt', 'text')
    .addColumn('fingerprint', 'text', (column) => column.notNull())
    .addColumn('is_verified', 'boolean', (column) => column.notNull())
    .addColumn('report', 'jsonb', (column) => column.notNull())
    .addColumn('imported_at', 'timestamptz', (column) => column.notNull())
    // Exactly one of the two forms.
    .addCheckConstraint('imported_credentials_one_form', sql`(credential is null) <> (jwt is null)`)
    // The database, not the code, keeps a learner from holding one credential twice.
    .addUniqueConstraint('imported_credentials_once_per_person', ['person_id', 'fingerprint'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('imported_credentials').execute()
}
