import { type Kysely, sql } from 'kysely'

// Recognition (hyväksiluku): the courses, modules and degrees a credential can be recognised
// towards, learners' requests with Osaamo's proposal, and registrars' decisions, which become
// precedents. A request names its credential by kind and id (issued here or imported), so it
// has no foreign key to either table; the achievement key groups requests of one specification.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('recognition_targets')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('organisation_id', 'uuid', (column) =>
      column.notNull().references('organisations.id'),
    )
    .addColumn('code', 'text', (column) => column.notNull())
    .addColumn('name', 'jsonb', (column) => column.notNull())
    .addColumn('ects', 'double precision', (column) => column.notNull().check(sql`ects > 0`))
    .addColumn('eqf_level', 'integer', (column) => column.check(sql`eqf_level between 1 and 8`))
    .addColumn('learning_outcomes', 'jsonb', (column) => column.notNull())
    .addColumn('skill_uris', sql`text[]`, (column) => column.notNull())
    .addColumn('kind', 'text', (column) =>
      column.notNull().check(sql`kind in ('course', 'module', 'degree')`),
    )
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull())
    // A curriculum import replaces a course by its code.
    .addUniqueConstraint('recognition_targets_code_per_organisation', ['organisation_id', 'code'])
    .execute()

  await db.schema
    .createTable('recognition_requests')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('person_id', 'uuid', (column) => column.notNull().references('people.id'))
    .addColumn('organisation_id', 'uuid', (column) =>
      column.notNull().references('organisations.id'),
    )
    .addColumn('target_id', 'uuid', (column) =>
      column.notNull().references('recognition_targets.id'),
    )
    .addColumn('credential_kind', 'text', (column) =>
      column.notNull().check(sql`credential_kind in ('issued', 'imported')`),
    )
    .addColumn('credential_id', 'uuid', (column) => column.notNull())
    .addColumn('achievement_key', 'text', (column) => column.notNull())
    .addColumn('achievement_name', 'text', (column) => column.notNull())
    .addColumn('state', 'text', (column) =>
      column.notNull().check(sql`state in ('submitted', 'decided', 'withdrawn')`),
    )
    .addColumn('proposal', 'jsonb', (column) => column.notNull())
    .addColumn('report', 'jsonb', (column) => column.notNull())
    .addColumn('submitted_at', 'timestamptz', (column) => column.notNull())
    .addColumn('closed_at', 'timestamptz')
    .execute()
  // One open request per credential and target: the database, not the code, keeps it so.
  await sql`create unique index recognition_requests_open_once on recognition_requests (person_id, credential_kind, credential_id, target_id) where state = 'submitted'`.execute(
    db,
  )
  await db.schema
    .createIndex('recognition_requests_queue')
    .on('recognition_requests')
    .columns(['organisation_id', 'state', 'submitted_at'])
    .execute()
  await db.schema
    .createIndex('recognition_requests_person')
    .on('recognition_requests')
    .columns(['person_id', 'submitted_at'])
    .execute()
  await db.schema
    .createIndex('recognition_requests_achievement')
    .on('recognition_requests')
    .column('achievement_key')
    .execute()

  await db.schema
    .createTable('recognition_decisions')
    .addColumn('request_id', 'uuid', (column) =>
      column.primaryKey().references('recognition_requests.id'),
    )
    .addColumn('outcome', 'text', (column) =>
      column.notNull().check(sql`outcome in ('full', 'partial', 'none')`),
    )
    .addColumn('ects_granted', 'double precision', (column) =>
      column.notNull().check(sql`ects_granted >= 0`),
    )
    .addColumn('justification', 'text', (column) => column.notNull())
    .addColumn('decided_by', 'uuid', (column) => column.references('people.id'))
    .addColumn('decided_at', 'timestamptz', (column) => column.notNull())
    .addColumn('follows_proposal', 'boolean', (column) => column.notNull())
    .addColumn('record_credential_id', 'uuid', (column) =>
      column.notNull().references('issued_credentials.id'),
    )
    .addColumn('is_shared', 'boolean', (column) => column.notNull())
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('recognition_decisions').execute()
  await db.schema.dropTable('recognition_requests').execute()
  await db.schema.dropTable('recognition_targets').execute()
}
