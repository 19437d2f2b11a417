import { type Kysely, sql } from 'kysely'

// People, their e-mail addresses and memberships, sessions, API tokens, sign-in throttling and
// the hash-chained audit log.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('people')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('display_name', 'text', (column) => column.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('erased_at', 'timestamptz')
    .execute()

  await db.schema
    .createTable('email_addresses')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('person_id', 'uuid', (column) => column.notNull().references('people.id'))
    .addColumn('address', 'text', (column) => column.notNull().unique())
    .addColumn('verified_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .execute()
  await db.schema
    .createIndex('email_addresses_person_id')
    .on('email_addresses')
    .column('person_id')
    .execute()

  await db.schema
    .createTable('memberships')
    .addColumn('person_id', 'uuid', (column) => column.notNull().references('people.id'))
    .addColumn('organisation_id', 'uuid', (column) =>
      column.notNull().references('organisations.id'),
    )
    .addColumn('roles', 'jsonb', (column) => column.notNull())
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull())
    .addPrimaryKeyConstraint('memberships_pkey', ['person_id', 'organisation_id'])
    .execute()
  await db.schema
    .createIndex('memberships_organisation_id')
    .on('memberships')
    .column('organisation_id')
    .execute()

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('person_id', 'uuid', (column) => column.notNull().references('people.id'))
    .addColumn('token_hash', 'text', (column) => column.notNull().unique())
    .addColumn('csrf_token', 'text', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('last_seen_at', 'timestamptz', (column) => column.notNull())
    .addColumn('expires_at', 'timestamptz', (column) => column.notNull())
    .execute()
  await db.schema.createIndex('sessions_person_id').on('sessions').column('person_id').execute()

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('organisation_id', 'uuid', (column) =>
      column.notNull().references('organisations.id'),
    )
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('roles', 'jsonb', (column) => column.notNull())
    .addColumn('token_hash', 'text', (column) => column.notNull().unique())
    .addColumn('created_by', 'uuid', (column) => column.references('people.id'))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('last_used_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .execute()
  await db.schema
    .createIndex('api_tokens_organisation_id')
    .on('api_tokens')
    .column('organisation_id')
    .execute()

  await db.schema
    .createTable('sign_in_failures')
    .addColumn('id', 'bigserial', (column) => column.primaryKey())
    .addColumn('account_key', 'text', (column) => column.notNull())
    .addColumn('client_key', 'text', (column) => column.notNull())
    .addColumn('occurred_at', 'timestamptz', (column) => column.notNull())
    .execute()
  await db.schema
    .createIndex('sign_in_failures_account')
    .on('sign_in_failures')
    .columns(['account_key', 'occurred_at'])
    .execute()
  await db.schema
    .createIndex('sign_in_failures_client')
    .on('sign_in_failures')
    .columns(['client_key', 'occurred_at'])
    .execute()

  await db.schema
    .createTable('audit_entries')
    .addColumn('position', 'bigint', (column) => column.primaryKey())
    .addColumn('occurred_at', 'timestamptz', (column) => column.notNull())
    .addColumn('actor_kind', 'text', (column) => column.notNull())
    .addColumn('actor_id', 'uuid')
    .addColumn('organisation_id', 'uuid')
    .addColumn('action', 'text', (column) => column.notNull())
    .addColumn('subject', 'jsonb', (column) => column.notNull())
    .addColumn('previous_hash', 'text', (column) => column.notNull())
    .addColumn('hash', 'text', (column) => column.notNull())
    .addCheckConstraint('audit_entries_position_positive', sql`position > 0`)
    .execute()
  await db.schema
    .createIndex('audit_entries_organisation')
    .on('audit_entries')
    .columns(['organisation_id', 'position'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'audit_entries',
    'sign_in_failures',
    'api_tokens',
    'sessions',
    'memberships',
    'email_addresses',
    'people',
  ]) {
    await db.schema.dropTable(table).execute()
  }
}
