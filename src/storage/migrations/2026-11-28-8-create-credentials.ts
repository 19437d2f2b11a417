import { type Kysely, sql } from 'kysely'

// Signing keys, Bitstring Status Lists with every index ever handed out, and issued credentials.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('signing_keys')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('organisation_id', 'uuid', (column) =>
      column.notNull().references('organisations.id'),
    )
    .addColumn('public_key_multibase', 'text', (column) => column.notNull().unique())
    .addColumn('sealed_secret', 'text', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('retired_at', 'timestamptz')
    .execute()
  // One active key per organisation; the index also makes racing first keys safe.
  await db.schema
    .createIndex('signing_keys_one_active')
    .on('signing_keys')
    .column('organisation_id')
    .unique()
    .where(sql.ref('retired_at'), 'is', null)
    .execute()
  await db.schema
    .createIndex('signing_keys_organisation_id')
    .on('signing_keys')
    .columns(['organisation_id', 'created_at'])
    .execute()

  await db.schema
    .createTable('status_lists')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('organisation_id', 'uuid', (column) =>
      column.notNull().references('organisations.id'),
    )
    .addColumn('purpose', 'text', (column) =>
      column.notNull().check(sql`purpose in ('revocation', 'suspension')`),
    )
    .addColumn('sequence', 'integer', (column) => column.notNull().check(sql`sequence > 0`))
    .addColumn('length', 'integer', (column) =>
      column.notNull().check(sql`length >= 131072 and length % 8 = 0`),
    )
    .addColumn('bits', 'bytea', (column) => column.notNull())
    .addColumn('credential', 'jsonb', (column) => column.notNull())
    .addColumn('signed_at', 'timestamptz', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull())
    .addUniqueConstraint('status_lists_sequence', ['organisation_id', 'purpose', 'sequence'])
    .addCheckConstraint('status_lists_bits_length', sql`octet_length(bits) * 8 = length`)
    .execute()

  await db.schema
    .createTable('status_list_entries')
    .addColumn('list_id', 'uuid', (column) => column.notNull().references('status_lists.id'))
    .addColumn('index', 'integer', (column) => column.notNull().check(sql`"index" >= 0`))
    .addColumn('claimed_at', 'timestamptz', (column) => column.notNull())
    .addPrimaryKeyConstraint('status_list_entries_pkey', ['list_id', 'index'])
    .execute()

  await db.schema
    .createTable('issued_credentials')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('organisation_id', 'uuid', (column) =>
      column.notNull().references('organisations.id'),
    )
    .addColumn('format', 'text', (column) =>
      column.notNull().check(sql`format in ('eddsa-rdfc-2022', 'eddsa-jcs-2022', 'vc+jwt')`),
    )
    .addColumn('credential', 'jsonb', (column) => column.notNull())
    .addColumn('jwt', 'text')
    .addColumn('state', 'text', (column) =>
      column.notNull().check(sql`state in ('active', 'suspended', 'revoked')`),
    )
    .addColumn('revocation_list_id', 'uuid', (column) => column.references('status_lists.id'))
    .addColumn('revocation_index', 'integer')
    .addColumn('suspension_list_id', 'uuid', (column) => column.references('status_lists.id'))
    .addColumn('suspension_index', 'integer')
    .addColumn('issued_at', 'timestamptz', (column) => column.notNull())
    .addColumn('status_changed_at', 'timestamptz')
    .addColumn('status_reason', 'text')
    .addColumn('learner_person_id', 'uuid', (column) => column.references('people.id'))
    .addColumn('specification_version_id', 'uuid', (column) =>
      column.references('specification_versions.id'),
    )
    .addCheckConstraint('issued_credentials_jwt', sql`(format = 'vc+jwt') = (jwt is not null)`)
    .addCheckConstraint(
      'issued_credentials_revocation_entry',
      sql`(revocation_list_id is null) = (revocation_index is null)`,
    )
    .addCheckConstraint(
      'issued_credentials_suspension_entry',
      sql`(suspension_list_id is null) = (suspension_index is null)`,
    )
    .execute()
  await db.schema
    .createIndex('issued_credentials_organisation_id')
    .on('issued_credentials')
    .columns(['organisation_id', 'issued_at'])
    .execute()
  await db.schema
    .createIndex('issued_credentials_learner_person_id')
    .on('issued_credentials')
    .column('learner_person_id')
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'issued_credentials',
    'status_list_entries',
    'status_lists',
    'signing_keys',
  ]) {
    await db.schema.dropTable(table).execute()
  }
}
