import { type Kysely, sql } from 'kysely'

// The shared design workspace of a draft (issue 9): the partner people invited to it, threaded
// comments anchored to a field or a learning outcome, and suggested edits the designer decides
// on. Everything hangs off one specification version, so a comment stays with the version it was
// made on even when a later edit removes the field or outcome it points at.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('workspace_participants')
    .addColumn('version_id', 'uuid', (column) =>
      column.notNull().references('specification_versions.id'),
    )
    .addColumn('person_id', 'uuid', (column) => column.notNull().references('people.id'))
    // The partner organisation the person was invited as a member of.
    .addColumn('organisation_id', 'uuid', (column) =>
      column.notNull().references('organisations.id'),
    )
    .addColumn('invited_by', 'uuid', (column) => column.references('people.id'))
    .addColumn('invited_at', 'timestamptz', (column) => column.notNull())
    .addPrimaryKeyConstraint('workspace_participants_pkey', ['version_id', 'person_id'])
    .execute()
  // "My workspaces" reads by person.
  await db.schema
    .createIndex('workspace_participants_person_id')
    .on('workspace_participants')
    .columns(['person_id', 'invited_at'])
    .execute()

  await db.schema
    .createTable('workspace_comments')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    // The version the comment was made on; it never moves to another version.
    .addColumn('version_id', 'uuid', (column) =>
      column.notNull().references('specification_versions.id'),
    )
    // A reply names the thread's first comment; a thread is one level deep.
    .addColumn('parent_id', 'uuid', (column) => column.references('workspace_comments.id'))
    .addColumn('anchor_kind', 'text', (column) =>
      column.notNull().check(sql`anchor_kind in ('field', 'learning-outcome')`),
    )
    // A content field's name (`title`) or a learning outcome's id.
    .addColumn('anchor', 'text', (column) => column.notNull())
    .addColumn('author_id', 'uuid', (column) => column.notNull().references('people.id'))
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('resolved_by', 'uuid', (column) => column.references('people.id'))
    .addColumn('resolved_at', 'timestamptz')
    .execute()
  await db.schema
    .createIndex('workspace_comments_version_id')
    .on('workspace_comments')
    .columns(['version_id', 'created_at'])
    .execute()

  await db.schema
    .createTable('workspace_suggestions')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('version_id', 'uuid', (column) =>
      column.notNull().references('specification_versions.id'),
    )
    .addColumn('anchor_kind', 'text', (column) =>
      column.notNull().check(sql`anchor_kind in ('field', 'learning-outcome')`),
    )
    .addColumn('anchor', 'text', (column) => column.notNull())
    // The proposed value of the field (or the outcome's text), as JSON.
    .addColumn('proposed_value', 'jsonb', (column) => column.notNull())
    .addColumn('reason', 'text', (column) => column.notNull())
    .addColumn('state', 'text', (column) =>
      column.notNull().check(sql`state in ('proposed', 'accepted', 'rejected')`),
    )
    .addColumn('proposed_by', 'uuid', (column) => column.notNull().references('people.id'))
    .addColumn('proposed_at', 'timestamptz', (column) => column.notNull())
    .addColumn('decided_by', 'uuid', (column) => column.references('people.id'))
    .addColumn('decided_at', 'timestamptz')
    .addCheckConstraint(
      'workspace_suggestions_decided',
      sql`(state = 'proposed') = (decided_at is null)`,
    )
    .execute()
  await db.schema
    .createIndex('workspace_suggestions_version_id')
    .on('workspace_suggestions')
    .columns(['version_id', 'proposed_at'])
    .execute()

  // Who has the workspace open right now: one row per open event stream, whichever Osaamo
  // process serves it, touched by the stream's heartbeat and deleted when it closes. A row whose
  // process died stops counting once its heartbeat is old.
  await db.schema
    .createTable('workspace_presence')
    .addColumn('connection_id', 'uuid', (column) => column.primaryKey())
    .addColumn('version_id', 'uuid', (column) =>
      column.notNull().references('specification_versions.id'),
    )
    .addColumn('person_id', 'uuid', (column) => column.notNull().references('people.id'))
    .addColumn('last_seen_at', 'timestamptz', (column) => column.notNull())
    .execute()
  await db.schema
    .createIndex('workspace_presence_version_id')
    .on('workspace_presence')
    .columns(['version_id', 'last_seen_at'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('workspace_presence').execute()
  await db.schema.dropTable('workspace_suggestions').execute()
  await db.schema.dropTable('workspace_comments').execute()
  await db.schema.dropTable('workspace_participants').execute()
}
