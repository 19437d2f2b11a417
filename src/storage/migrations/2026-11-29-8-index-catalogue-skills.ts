import { type Kysely, sql } from 'kysely'

// One narrow row per skill of each catalogue entry (the currently published version of a
// specification), kept in step with catalogue_entries by a trigger, so that the micro-credentials
// teaching some skills are found by an index-only scan instead of reading wide catalogue rows.
// Matching a competence need reads it (docs/decisions/0022-competence-need-matching.md).

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('catalogue_skills')
    .addColumn('skill_uri', 'text', (column) => column.notNull())
    .addColumn('specification_id', 'uuid', (column) =>
      column.notNull().references('catalogue_entries.specification_id').onDelete('cascade'),
    )
    .addColumn('version_id', 'uuid', (column) => column.notNull())
    .addPrimaryKeyConstraint('catalogue_skills_pkey', [
      'skill_uri',
      'specification_id',
      'version_id',
    ])
    .execute()
  await db.schema
    .createIndex('catalogue_skills_specification_id')
    .on('catalogue_skills')
    .column('specification_id')
    .execute()
  await sql`create function catalogue_skills_refresh() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' then
        delete from catalogue_skills where specification_id = new.specification_id;
      end if;
      insert into catalogue_skills (skill_uri, specification_id, version_id)
        select distinct uri, new.specification_id, new.version_id from unnest(new.skill_uris) uri;
      return null;
    end
  $$`.execute(db)
  await sql`create trigger catalogue_skills_refresh after insert or update of skill_uris, version_id
    on catalogue_entries for each row execute function catalogue_skills_refresh()`.execute(db)
  await sql`insert into catalogue_skills (skill_uri, specification_id, version_id)
    select distinct uri, specification_id, version_id
    from catalogue_entries, unnest(skill_uris) uri`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger catalogue_skills_refresh on catalogue_entries`.execute(db)
  await sql`drop function catalogue_skills_refresh()`.execute(db)
  await db.schema.dropTable('catalogue_skills').execute()
}
