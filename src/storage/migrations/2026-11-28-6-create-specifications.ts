import { type Kysely, sql } from 'kysely'

// Micro-credential specifications, their versions and QA reviews.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('specifications')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('organisation_id', 'uuid', (column) =>
      column.notNull().references('organisations.id'),
    )
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .execute()
  await db.schema
    .createIndex('specifications_organisation_id')
    .on('specifications')
    .column('organisation_id')
    .execute()

  await db.schema
    .createTable('specification_versions')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('specification_id', 'uuid', (column) =>
      column.notNull().references('specifications.id'),
    )
    .addColumn('version_number', 'integer', (column) => column.notNull())
    .addColumn('status', 'text', (column) =>
      column
        .notNull()
        .check(sql`status in ('draft', 'in-review', 'approved', 'published', 'retired')`),
    )
    .addColumn('content', 'jsonb', (column) => column.notNull())
    .addColumn('change_log', 'text', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull())
    .addColumn('published_at', 'timestamptz')
    .addColumn('review_due_at', 'timestamptz')
    .addUniqueConstraint('specification_versions_number', ['specification_id', 'version_number'])
    .execute()
  await db.schema
    .createIndex('specification_versions_status')
    .on('specification_versions')
    .column('status')
    .execute()

  await db.schema
    .createTable('specification_reviews')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('version_id', 'uuid', (column) =>
      column.notNull().references('specification_versions.id'),
    )
    .addColumn('reviewer_id', 'uuid', (column) => column.references('people.id'))
    .addColumn('decision', 'text', (column) =>
      column.notNull().check(sql`decision in ('approve', 'return')`),
    )
    .addColumn('reasons', 'text', (column) => column.notNull())
    .addColumn('blocking_problem_count', 'integer', (column) => column.notNull())
    .addColumn('advisory_problem_count', 'integer', (column) => column.notNull())
    .addColumn('decided_at', 'timestamptz', (column) => column.notNull())
    .execute()
  await db.schema
    .createIndex('specification_reviews_version_id')
    .on('specification_reviews')
    .column('version_id')
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('specification_reviews').execute()
  await db.schema.dropTable('specification_versions').execute()
  await db.schema.dropTable('specifications').execute()
}
