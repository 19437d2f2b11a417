import { type Kysely, sql } from 'kysely'

// Skill suggestions for competence needs written as free text (decision 0026): the ESCO skills a
// partner organisation rejected are remembered, so that they are not suggested to it again. And
// the needs a draft answers in part are found from the draft's skills up ESCO's hierarchy, so the
// broader relations are also read by their broader concept.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('skill_suggestion_rejections')
    .addColumn('organisation_id', 'uuid', (column) =>
      column.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('skill_uri', 'text', (column) => column.notNull())
    .addColumn('rejected_by', 'uuid')
    .addColumn('rejected_at', 'timestamptz', (column) => column.notNull())
    .addPrimaryKeyConstraint('skill_suggestion_rejections_pkey', ['organisation_id', 'skill_uri'])
    .execute()
  await db.schema
    .createIndex('esco_broader_relations_broader_uri')
    .on('esco_broader_relations')
    .column('broader_uri')
    .execute()
  await sql`analyze esco_broader_relations`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('esco_broader_relations_broader_uri').execute()
  await db.schema.dropTable('skill_suggestion_rejections').execute()
}
