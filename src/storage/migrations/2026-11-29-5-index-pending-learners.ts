import { type Kysely, sql } from 'kysely'

// Cohort issuing reads an offering's learners in enrolment order, a batch at a time, each batch
// after the last one's final learner: this index walks straight there instead of sorting the
// whole cohort for every batch.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index enrolments_offering_order on enrolments (offering_id, enrolled_at, id)`.execute(
    db,
  )
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index enrolments_offering_order`.execute(db)
}
