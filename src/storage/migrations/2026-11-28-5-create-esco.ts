import { type Kysely, sql } from 'kysely'

// ESCO skills, occupations and their relations, replaced as a whole by each import. Relations
// carry no foreign keys: ESCO's own files are not closed under them (v1.1.1 relates 67 rows to
// occupations it does not list), and an import keeps every row as published.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db)

  await db.schema
    .createTable('esco_skills')
    .addColumn('uri', 'text', (column) => column.primaryKey())
    .addColumn('skill_type', 'text', (column) =>
      column.check(sql`skill_type in ('skill', 'knowledge')`),
    )
    .addColumn('reuse_level', 'text')
    .addColumn('preferred_label', 'text', (column) => column.notNull())
    .addColumn('alternative_labels', 'jsonb', (column) => column.notNull())
    .addColumn('description', 'text')
    .addColumn('status', 'text')
    .execute()

  await db.schema
    .createTable('esco_occupations')
    .addColumn('uri', 'text', (column) => column.primaryKey())
    .addColumn('isco_group', 'text')
    .addColumn('code', 'text')
    .addColumn('preferred_label', 'text', (column) => column.notNull())
    .addColumn('alternative_labels', 'jsonb', (column) => column.notNull())
    .addColumn('description', 'text')
    .addColumn('status', 'text')
    .execute()

  await db.schema
    .createTable('esco_skill_groups')
    .addColumn('uri', 'text', (column) => column.primaryKey())
    .addColumn('code', 'text')
    .addColumn('preferred_label', 'text', (column) => column.notNull())
    .execute()

  // One row a label (preferred and alternative) of each skill and occupation: what search reads.
  await db.schema
    .createTable('esco_labels')
    .addColumn('concept_kind', 'text', (column) =>
      column.notNull().check(sql`concept_kind in ('skill', 'occupation')`),
    )
    .addColumn('concept_uri', 'text', (column) => column.notNull())
    .addColumn('label', 'text', (column) => column.notNull())
    .addColumn('search_text', 'text', (column) => column.notNull())
    .addColumn('is_preferred', 'boolean', (column) => column.notNull())
    .execute()
  await sql`create index esco_labels_search_text on esco_labels using gin (search_text gin_trgm_ops)`.execute(
    db,
  )
  await db.schema
    .createIndex('esco_labels_concept')
    .on('esco_labels')
    .columns(['concept_kind', 'concept_uri'])
    .execute()

  await db.schema
    .createTable('esco_occupation_skills')
    .addColumn('occupation_uri', 'text', (column) => column.notNull())
    .addColumn('skill_uri', 'text', (column) => column.notNull())
    .addColumn('relation_type', 'text', (column) =>
      column.notNull().check(sql`relation_type in ('essential', 'optional')`),
    )
    .addPrimaryKeyConstraint('esco_occupation_skills_pk', ['occupation_uri', 'skill_uri'])
    .execute()
  await db.schema
    .createIndex('esco_occupation_skills_skill')
    .on('esco_occupation_skills')
    .column('skill_uri')
    .execute()

  await db.schema
    .createTable('esco_skill_relations')
    .addColumn('from_skill_uri', 'text', (column) => column.notNull())
    .addColumn('to_skill_uri', 'text', (column) => column.notNull())
    .addColumn('relation_type', 'text', (column) =>
      column.notNull().check(sql`relation_type in ('essential', 'optional')`),
    )
    .addPrimaryKeyConstraint('esco_skill_relations_pk', ['from_skill_uri', 'to_skill_uri'])
    .execute()
  await db.schema
    .createIndex('esco_skill_relations_to')
    .on('esco_skill_relations')
    .column('to_skill_uri')
    .execute()

  await db.schema
    .createTable('esco_broader_relations')
    .addColumn('concept_uri', 'text', (column) => column.notNull())
    .addColumn('broader_uri', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('esco_broader_relations_pk', ['concept_uri', 'broader_uri'])
    .execute()

  await db.schema
    .createTable('esco_imports')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('source', 'text', (column) => column.notNull())
    .addColumn('version', 'text')
    .addColumn('imported_at', 'timestamptz', (column) => column.notNull())
    .addColumn('counts', 'jsonb', (column) => column.notNull())
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'esco_imports',
    'esco_broader_relations',
    'esco_skill_relations',
    'esco_occupation_skills',
    'esco_labels',
    'esco_skill_groups',
    'esco_occupations',
    'esco_skills',
  ]) {
    await db.schema.dropTable(table).execute()
  }
}
