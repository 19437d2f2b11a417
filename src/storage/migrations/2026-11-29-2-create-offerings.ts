import { type Kysely, sql } from 'kysely'

// Offerings of published specification versions, the people enrolled in them and their results.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('offerings')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('organisation_id', 'uuid', (column) =>
      column.notNull().references('organisations.id'),
    )
    .addColumn('specification_id', 'uuid', (column) =>
      column.notNull().references('specifications.id'),
    )
    .addColumn('version_id', 'uuid', (column) =>
      column.notNull().references('specification_versions.id'),
    )
    .addColumn('state', 'text', (column) =>
      column.notNull().check(sql`state in ('planned', 'open', 'running', 'closed')`),
    )
    // Calendar dates without a time zone, kept as their ISO text so that no driver shifts them.
    .addColumn('starts_on', 'text', (column) =>
      column.notNull().check(sql`starts_on ~ '^\\d{4}-\\d{2}-\\d{2}$'`),
    )
    .addColumn('ends_on', 'text', (column) =>
      column.notNull().check(sql`ends_on ~ '^\\d{4}-\\d{2}-\\d{2}$'`),
    )
    .addColumn('enrolment_opens_at', 'timestamptz', (column) => column.notNull())
    .addColumn('enrolment_closes_at', 'timestamptz', (column) => column.notNull())
    .addColumn('seat_limit', 'integer', (column) => column.check(sql`seat_limit > 0`))
    .addColumn('price_cents', 'integer', (column) => column.check(sql`price_cents >= 0`))
    .addColumn('currency', 'text', (column) =>
      column.notNull().defaultTo('EUR').check(sql`currency = 'EUR'`),
    )
    .addColumn('form_of_participation', 'text', (column) => column.notNull())
    .addColumn('language_of_instruction', 'text', (column) => column.notNull())
    .addColumn('teachers', 'jsonb', (column) => column.notNull())
    .addColumn('course_code', 'text')
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull())
    .addCheckConstraint('offerings_dates', sql`ends_on >= starts_on`)
    .addCheckConstraint('offerings_enrolment_window', sql`enrolment_closes_at > enrolment_opens_at`)
    .execute()
  await db.schema
    .createIndex('offerings_organisation_id')
    .on('offerings')
    .columns(['organisation_id', 'starts_on'])
    .execute()
  await db.schema
    .createIndex('offerings_specification_id')
    .on('offerings')
    .columns(['specification_id', 'state'])
    .execute()

  await db.schema
    .createTable('enrolments')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('offering_id', 'uuid', (column) => column.notNull().references('offerings.id'))
    .addColumn('person_id', 'uuid', (column) => column.notNull().references('people.id'))
    .addColumn('student_number', 'text')
    .addColumn('source', 'text', (column) =>
      column.notNull().check(sql`source in ('self', 'import')`),
    )
    .addColumn('enrolled_at', 'timestamptz', (column) => column.notNull())
    .addUniqueConstraint('enrolments_one_per_person', ['offering_id', 'person_id'])
    .execute()
  await db.schema.createIndex('enrolments_person_id').on('enrolments').column('person_id').execute()

  await db.schema
    .createTable('assessment_results')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('enrolment_id', 'uuid', (column) =>
      column.notNull().unique().references('enrolments.id'),
    )
    .addColumn('grade', 'text', (column) => column.notNull())
    .addColumn('assessed_on', 'text', (column) =>
      column.notNull().check(sql`assessed_on ~ '^\\d{4}-\\d{2}-\\d{2}$'`),
    )
    .addColumn('supervision', 'text', (column) => column.notNull())
    .addColumn('evidence', 'jsonb', (column) => column.notNull())
    .addColumn('credits', 'numeric')
    .addColumn('assessor_id', 'uuid', (column) => column.references('people.id'))
    .addColumn('source', 'text', (column) =>
      column.notNull().check(sql`source in ('manual', 'import')`),
    )
    .addColumn('recorded_at', 'timestamptz', (column) => column.notNull())
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['assessment_results', 'enrolments', 'offerings']) {
    await db.schema.dropTable(table).execute()
  }
}
