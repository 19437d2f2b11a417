import { type Kysely, type Selectable, sql } from 'kysely'
import {
  type IssuingRun,
  type IssuingRunState,
  type IssuingRunStore,
  isLanguage,
  issuingRunStates,
  type PendingLearner,
  proofFormats,
} from '../core/index.js'
import { toJsonb } from './json.js'
import type { Database, IssuingRunRow } from './schema.js'

/** The first key of the two-key advisory locks that serialise work on one run. */
const issuingRunLockClass = 0x05a4_1550

export function createIssuingRunStore(db: Kysely<Database>): IssuingRunStore {
  return {
    async create(run) {
      // ON CONFLICT rather than catching the unique violation: an error would end the caller's
      // transaction, and a second request for the offering is an answer here, not a failure.
      const inserted = await db
        .insertInto('issuing_runs')
        .values({
          id: run.id,
          organisation_id: run.organisationId,
          offering_id: run.offeringId,
          state: run.state,
          format: run.format,
          language: run.language,
          requested_by: run.requestedBy ?? null,
          total: run.total,
          issued: run.issued,
          already_issued: run.alreadyIssued,
          failures: toJsonb(run.failures),
          last_error: run.lastError ?? null,
          created_at: run.createdAt,
          started_at: run.startedAt ?? null,
          finished_at: run.finishedAt ?? null,
          updated_at: run.updatedAt,
        })
        .onConflict((conflict) =>
          conflict.column('offering_id').where('state', 'in', ['queued', 'running']).doNothing(),
        )
        .returning('id')
        .executeTakeFirst()
      return inserted !== undefined
    },
    async findById(id) {
      const row = await db
        .selectFrom('issuing_runs')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst()
      return row === undefined ? undefined : fromIssuingRunRow(row)
    },
    async findUnfinished(offeringId) {
      const row = await db
        .selectFrom('issuing_runs')
        .selectAll()
        .where('offering_id', '=', offeringId)
        .where('state', 'in', ['queued', 'running'])
        .executeTakeFirst()
      return row === undefined ? undefined : fromIssuingRunRow(row)
    },
    async listForOffering(offeringId) {
      const rows = await db
        .selectFrom('issuing_runs')
        .selectAll()
        .where('offering_id', '=', offeringId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute()
      return rows.map(fromIssuingRunRow)
    },
    async listUnfinished() {
      const rows = await db
        .selectFrom('issuing_runs')
        .selectAll()
        .where('state', 'in', ['queued', 'running'])
        .orderBy('created_at')
        .execute()
      return rows.map(fromIssuingRunRow)
    },
    async lockForWork(id) {
      // hashtext folds the UUID into the lock's second 32-bit key; a rare collision only makes two
      // runs take turns.
      await sql`select pg_advisory_xact_lock(${issuingRunLockClass}, hashtext(${id}))`.execute(db)
    },
    async listPending(offeringId, passingGrades, { limit, excluding, after }) {
      if (passingGrades.length === 0) {
        return []
      }
      // One query for the batch: the learners, their names and the address to mail.
      let query = db
        .selectFrom('enrolments')
        .innerJoin('assessment_results', 'assessment_results.enrolment_id', 'enrolments.id')
        .innerJoin('people', 'people.id', 'enrolments.person_id')
        .select((eb) => [
          'enrolments.id as enrolment_id',
          'enrolments.enrolled_at',
          'enrolments.person_id',
          'people.display_name',
          'people.erased_at',
          eb
            .selectFrom('email_addresses')
            .select('email_addresses.address')
            .whereRef('email_addresses.person_id', '=', 'enrolments.person_id')
            .orderBy(sql`email_addresses.verified_at is null`)
            .orderBy('email_addresses.created_at')
            .limit(1)
            .as('email_address'),
          'enrolments.student_number',
          'assessment_results.grade',
          'assessment_results.assessed_on',
          'assessment_results.supervision',
          'assessment_results.evidence',
        ])
        .where('enrolments.offering_id', '=', offeringId)
        .where('assessment_results.grade', 'in', [...passingGrades])
        // NOT EXISTS (an anti-join) lets the planner walk the enrolment-order index and stop at
        // the limit; a left join with `is null` made it sort the whole cohort for every batch.
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('issued_credentials')
                .select(sql`1`.as('one'))
                .whereRef('issued_credentials.enrolment_id', '=', 'enrolments.id'),
            ),
          ),
        )
      if (excluding.length > 0) {
        query = query.where('enrolments.id', 'not in', [...excluding])
      }
      if (after !== undefined) {
        query = query.where(
          sql<boolean>`(enrolments.enrolled_at, enrolments.id) > (${after.enrolledAt}, ${after.enrolmentId})`,
        )
      }
      const rows = await query
        .orderBy('enrolments.enrolled_at')
        .orderBy('enrolments.id')
        .limit(limit)
        .execute()
      return rows.map(
        (row): PendingLearner => ({
          enrolmentId: row.enrolment_id,
          enrolledAt: row.enrolled_at,
          personId: row.person_id,
          name: row.erased_at === null ? row.display_name : undefined,
          emailAddress: row.erased_at === null ? (row.email_address ?? undefined) : undefined,
          studentNumber: row.student_number ?? undefined,
          grade: row.grade,
          assessedOn: row.assessed_on,
          supervision: row.supervision,
          evidence: row.evidence,
        }),
      )
    },
    async countPassed(offeringId, passingGrades) {
      if (passingGrades.length === 0) {
        return 0
      }
      const row = await db
        .selectFrom('enrolments')
        .innerJoin('assessment_results', 'assessment_results.enrolment_id', 'enrolments.id')
        .select((eb) => eb.fn.countAll<string>().as('count'))
        .where('enrolments.offering_id', '=', offeringId)
        .where('assessment_results.grade', 'in', [...passingGrades])
        .executeTakeFirstOrThrow()
      return Number(row.count)
    },
    async countIssued(offeringId) {
      const row = await db
        .selectFrom('issued_credentials')
        .innerJoin('enrolments', 'enrolments.id', 'issued_credentials.enrolment_id')
        .select((eb) => eb.fn.countAll<string>().as('count'))
        .where('enrolments.offering_id', '=', offeringId)
        .executeTakeFirstOrThrow()
      return Number(row.count)
    },
    async markRunning(id, at) {
      await db
        .updateTable('issuing_runs')
        .set({
          state: 'running',
          started_at: sql<Date>`coalesce(started_at, ${at})`,
          updated_at: at,
        })
        .where('id', '=', id)
        .where('state', 'in', ['queued', 'running'])
        .execute()
    },
    async recordProgress(id, change) {
      await db
        .updateTable('issuing_runs')
        .set({
          issued: sql<number>`issued + ${change.issued}`,
          already_issued: sql<number>`already_issued + ${change.alreadyIssued}`,
          failures: sql<string>`failures || ${JSON.stringify(change.failures)}::jsonb`,
          updated_at: change.at,
        })
        .where('id', '=', id)
        .execute()
    },
    async finish(id, end) {
      await db
        .updateTable('issuing_runs')
        .set({
          state: end.state,
          finished_at: end.at,
          updated_at: end.at,
          last_error: end.state === 'failed' ? end.error.slice(0, 1000) : null,
        })
        .where('id', '=', id)
        .execute()
    },
  }
}

function fromIssuingRunRow(row: Selectable<IssuingRunRow>): IssuingRun {
  const format = proofFormats.find((known) => known === row.format)
  const state = issuingRunStates.find((known) => known === row.state)
  if (format === undefined || state === undefined || !isLanguage(row.language)) {
    throw new TypeError(`issuing run ${row.id} has an unknown format, state or language`)
  }
  return {
    id: row.id,
    organisationId: row.organisation_id,
    offeringId: row.offering_id,
    state: state satisfies IssuingRunState,
    format,
    language: row.language,
    requestedBy: row.requested_by ?? undefined,
    total: row.total,
    issued: row.issued,
    alreadyIssued: row.already_issued,
    failures: row.failures,
    lastError: row.last_error ?? undefined,
    createdAt: row.created_at,
    startedAt: row.started_at ?? undefined,
    finishedAt: row.finished_at ?? undefined,
    updatedAt: row.updated_at,
  }
}
