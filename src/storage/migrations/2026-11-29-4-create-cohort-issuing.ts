import { type Kysely, sql } from 'kysely'

// Cohort issuing runs, one credential per enrolment, and the claim links mailed to learners.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('issued_credentials')
    .addColumn('enrolment_id', 'uuid', (column) => column.references('enrolments.id'))
    .execute()
  // The database, not the code, makes sure a learner never gets two credentials for one offering.
  await db.schema
    .createIndex('issued_credentials_one_per_enrolment')
    .on('issued_credentials')
    .column('enrolment_id')
    .unique()
    .where(sql.ref('enrolment_id'), 'is not', null)
    .execute()

  await db.schema
    .createTable('issuing_runs')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('organisation_id', 'uuid', (column) =>
      column.notNull().references('organisations.id'),
    )
    .addColumn('offering_id', 'uuid', (column) => column.notNull().references('offerings.id'))
    .addColumn('state', 'text', (column) =>
      column.notNull().check(sql`state in ('queued', 'running', 'completed', 'failed')`),
    )
    .addColumn('format', 'text', (column) =>
      column.notNull().check(sql`format in ('eddsa-rdfc-2022', 'eddsa-jcs-2022', 'vc+jwt')`),
    )
    .addColumn('language', 'text', (column) =>
      column.notNull().check(sql`language in ('fi', 'sv', 'en')`),
    )
    .addColumn('requested_by', 'text')
    .addColumn('total', 'integer', (column) => column.notNull().check(sql`total >= 0`))
    .addColumn('issued', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('already_issued', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('failures', 'jsonb', (column) => column.notNull().defaultTo(sql`'[]'::jsonb`))
    // Why a failed run stopped (a database or key problem: learners' problems are in failures).
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('started_at', 'timestamptz')
    .addColumn('finished_at', 'timestamptz')
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull())
    .execute()
  // At most one unfinished run per offering: asking again joins the run under way.
  await db.schema
    .createIndex('issuing_runs_one_unfinished')
    .on('issuing_runs')
    .column('offering_id')
    .unique()
    .where(sql.ref('state'), 'in', sql`('queued', 'running')`)
    .execute()
  await db.schema
    .createIndex('issuing_runs_offering_id')
    .on('issuing_runs')
    .columns(['offering_id', 'created_at'])
    .execute()

  await db.schema
    .createTable('credential_claims')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('credential_id', 'uuid', (column) =>
      column.notNull().unique().references('issued_credentials.id'),
    )
    .addColumn('email_address', 'text', (column) => column.notNull())
    .addColumn('language', 'text', (column) =>
      column.notNull().check(sql`language in ('fi', 'sv', 'en')`),
    )
    // Only the SHA-256 of the link's token; a re-sent link replaces it, so the old link stops.
    .addColumn('token_hash', 'text', (column) => column.notNull().unique())
    .addColumn('expires_at', 'timestamptz', (column) => column.notNull())
    .addColumn('sent_count', 'integer', (column) => column.notNull().defaultTo(1))
    .addColumn('last_sent_at', 'timestamptz', (column) => column.notNull())
    .addColumn('claimed_at', 'timestamptz')
    .addColumn('claimed_by', 'uuid', (column) => column.references('people.id'))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addCheckConstraint(
      'credential_claims_claimed',
      sql`(claimed_at is null) = (claimed_by is null)`,
    )
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('credential_claims').execute()
  await db.schema.dropTable('issuing_runs').execute()
  await db.schema.dropIndex('issued_credentials_one_per_enrolment').execute()
  await db.schema.alterTable('issued_credentials').dropColumn('enrolment_id').execute()
}
