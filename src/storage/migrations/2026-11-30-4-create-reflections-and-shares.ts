import { type Kysely, sql } from 'kysely'

// Learners' reflections on learning outcomes, counsellors' invitations and comments, and shares
// of a selection of credentials behind a link, with the log of their openings.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reflections')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('person_id', 'uuid', (column) => column.notNull().references('people.id'))
    // The credential reflected on: one Osaamo issued, or one imported. A removed imported
    // credential takes its reflections with it.
    .addColumn('issued_credential_id', 'uuid', (column) =>
      column.references('issued_credentials.id').onDelete('cascade'),
    )
    .addColumn('imported_credential_id', 'uuid', (column) =>
      column.references('imported_credentials.id').onDelete('cascade'),
    )
    .addColumn('learning_outcome_key', 'text', (column) => column.notNull())
    .addColumn('text', 'text', (column) => column.notNull())
    // A calendar day as the learner gave it (no time zone to convert).
    .addColumn('reflected_on', 'text', (column) =>
      column.notNull().check(sql`reflected_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`),
    )
    .addColumn('evidence_url', 'text')
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull())
    .addCheckConstraint(
      'reflections_one_credential',
      sql`(issued_credential_id is null) <> (imported_credential_id is null)`,
    )
    .execute()
  await db.schema
    .createIndex('reflections_by_person')
    .on('reflections')
    .columns(['person_id', 'reflected_on'])
    .execute()

  await db.schema
    .createTable('counsellor_invitations')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('learner_person_id', 'uuid', (column) => column.notNull().references('people.id'))
    .addColumn('counsellor_email_address', 'text', (column) => column.notNull())
    // Known once the counsellor opens the invitation, signed in with that address.
    .addColumn('counsellor_person_id', 'uuid', (column) => column.references('people.id'))
    // [{ kind: 'issued' | 'imported', id }]: the credentials the counsellor may read.
    .addColumn('credentials', 'jsonb', (column) => column.notNull())
    .addColumn('state', 'text', (column) =>
      column.notNull().check(sql`state in ('invited', 'accepted', 'revoked')`),
    )
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('accepted_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .execute()
  await db.schema
    .createIndex('counsellor_invitations_by_address')
    .on('counsellor_invitations')
    .column('counsellor_email_address')
    .execute()

  await db.schema
    .createTable('reflection_comments')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('reflection_id', 'uuid', (column) =>
      column.notNull().references('reflections.id').onDelete('cascade'),
    )
    .addColumn('invitation_id', 'uuid', (column) =>
      column.notNull().references('counsellor_invitations.id').onDelete('cascade'),
    )
    .addColumn('author_person_id', 'uuid', (column) => column.notNull().references('people.id'))
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .execute()
  await db.schema
    .createIndex('reflection_comments_by_reflection')
    .on('reflection_comments')
    .column('reflection_id')
    .execute()

  await db.schema
    .createTable('shares')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('person_id', 'uuid', (column) => column.notNull().references('people.id'))
    // SHA-256 of the link's token: the token itself is shown once and never stored.
    .addColumn('token_hash', 'text', (column) => column.notNull().unique())
    // [{ kind: 'issued' | 'imported', id }] in the learner's order.
    .addColumn('credentials', 'jsonb', (column) => column.notNull())
    .addColumn('includes_reflections', 'boolean', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('expires_at', 'timestamptz', (column) => column.notNull())
    .addColumn('withdrawn_at', 'timestamptz')
    .execute()
  await db.schema.createIndex('shares_by_person').on('shares').column('person_id').execute()

  await db.schema
    .createTable('share_accesses')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('share_id', 'uuid', (column) =>
      column.notNull().references('shares.id').onDelete('cascade'),
    )
    .addColumn('opened_at', 'timestamptz', (column) => column.notNull())
    // The organisations of a signed-in viewer (never the viewer as a person); [] otherwise.
    .addColumn('viewer_organisation_ids', 'jsonb', (column) => column.notNull())
    .execute()
  await db.schema
    .createIndex('share_accesses_by_share')
    .on('share_accesses')
    .columns(['share_id', 'opened_at'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('share_accesses').execute()
  await db.schema.dropTable('shares').execute()
  await db.schema.dropTable('reflection_comments').execute()
  await db.schema.dropTable('counsellor_invitations').execute()
  await db.schema.dropTable('reflections').execute()
}
