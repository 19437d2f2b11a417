import { type Kysely, sql } from 'kysely'

// Offers of issued credentials to wallets (OpenID4VCI pre-authorised code flow). Only hashes of
// the pre-authorised code, the transaction code and the access token are stored.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('credential_offers')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('credential_id', 'uuid', (column) =>
      column.notNull().references('issued_credentials.id'),
    )
    .addColumn('code_hash', 'text', (column) => column.notNull().unique())
    .addColumn('tx_code_hash', 'text')
    .addColumn('failed_tx_attempts', 'integer', (column) =>
      column.notNull().defaultTo(0).check(sql`failed_tx_attempts >= 0`),
    )
    .addColumn('expires_at', 'timestamptz', (column) => column.notNull())
    .addColumn('used_at', 'timestamptz')
    .addColumn('access_token_hash', 'text', (column) => column.unique())
    .addColumn('access_token_expires_at', 'timestamptz')
    .addColumn('delivered_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('created_by', 'text')
    .addCheckConstraint(
      'credential_offers_token_when_used',
      sql`(used_at is null) = (access_token_hash is null)`,
    )
    .execute()
  await db.schema
    .createIndex('credential_offers_credential_id')
    .on('credential_offers')
    .column('credential_id')
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('credential_offers').execute()
}
