import { type Kysely, sql } from 'kysely'

// Partners' sign-offs of specification versions: each one an Open Badges 3.0
// EndorsementCredential signed with the endorsing organisation's key (docs/decisions/0025).

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('endorsements')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('version_id', 'uuid', (column) =>
      column.notNull().references('specification_versions.id'),
    )
    // The partner organisation that endorses (and whose key signed).
    .addColumn('organisation_id', 'uuid', (column) =>
      column.notNull().references('organisations.id'),
    )
    .addColumn('signed_off_by', 'uuid', (column) => column.references('people.id'))
    // `sha256:<hex>` of the canonical JSON of the version's content the partner reviewed.
    .addColumn('content_fingerprint', 'text', (column) => column.notNull())
    .addColumn('comment', 'text', (column) => column.notNull())
    .addColumn('credential', 'jsonb', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('withdrawn_at', 'timestamptz')
    .addColumn('withdrawal_reason', 'text')
    .execute()
  // The database, not the code, keeps an organisation from endorsing one version twice at once;
  // after a withdrawal it may sign off again.
  await db.schema
    .createIndex('endorsements_standing_once_per_organisation')
    .on('endorsements')
    .columns(['version_id', 'organisation_id'])
    .unique()
    .where(sql.ref('withdrawn_at'), 'is', null)
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('endorsements').execute()
}
