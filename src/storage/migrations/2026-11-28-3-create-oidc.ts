import type { Kysely } from 'kysely'

// Single sign-on (OpenID Connect): linked provider accounts, sign-ins under way and links that
// wait for the person's consent. Flow state lives here, not in memory, so that any process can
// finish a sign-in that another one started.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('oidc_identities')
    .addColumn('issuer', 'text', (column) => column.notNull())
    .addColumn('subject', 'text', (column) => column.notNull())
    .addColumn('person_id', 'uuid', (column) => column.notNull().references('people.id'))
    .addColumn('linked_at', 'timestamptz', (column) => column.notNull())
    .addPrimaryKeyConstraint('oidc_identities_pkey', ['issuer', 'subject'])
    .execute()
  await db.schema
    .createIndex('oidc_identities_person_id')
    .on('oidc_identities')
    .column('person_id')
    .execute()

  await db.schema
    .createTable('oidc_sign_in_flows')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('state_hash', 'text', (column) => column.notNull().unique())
    .addColumn('code_verifier', 'text', (column) => column.notNull())
    .addColumn('nonce', 'text', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('expires_at', 'timestamptz', (column) => column.notNull())
    .execute()
  await db.schema
    .createIndex('oidc_sign_in_flows_expires_at')
    .on('oidc_sign_in_flows')
    .column('expires_at')
    .execute()

  await db.schema
    .createTable('oidc_pending_links')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('token_hash', 'text', (column) => column.notNull().unique())
    .addColumn('issuer', 'text', (column) => column.notNull())
    .addColumn('subject', 'text', (column) => column.notNull())
    .addColumn('person_id', 'uuid', (column) => column.notNull().references('people.id'))
    .addColumn('email_address', 'text', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('expires_at', 'timestamptz', (column) => column.notNull())
    .execute()
  await db.schema
    .createIndex('oidc_pending_links_person_id')
    .on('oidc_pending_links')
    .column('person_id')
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['oidc_pending_links', 'oidc_sign_in_flows', 'oidc_identities']) {
    await db.schema.dropTable(table).execute()
  }
}
