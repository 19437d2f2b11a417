import type { Kysely, Selectable } from 'kysely'
import type { Enrolment, EnrolmentStore } from '../core/index.js'
import type { Database, EnrolmentRow } from './schema.js'

export function createEnrolmentStore(db: Kysely<Database>): EnrolmentStore {
  return {
    async create(enrolment) {
      const inserted = await db
        .insertInto('enrolments')
        .values({
          id: enrolment.id,
          offering_id: enrolment.offeringId,
          person_id: enrolment.personId,
          student_number: enrolment.studentNumber ?? null,
          source: enrolment.source,
          enrolled_at: enrolment.enrolledAt,
        })
        .onConflict((conflict) => conflict.columns(['offering_id', 'person_id']).doNothing())
        .returning('id')
        .executeTakeFirst()
      return inserted !== undefined
    },
    async findById(id) {
      const row = await db
        .selectFrom('enrolments')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst()
      return row === undefined ? undefined : fromEnrolmentRow(row)
    },
    async findForPerson(offeringId, personId) {
      const row = await db
        .selectFrom('enrolments')
        .selectAll()
        .where('offering_id', '=', offeringId)
        .where('person_id', '=', personId)
        .executeTakeFirst()
      return row === undefined ? undefined : fromEnrolmentRow(row)
    },
    async countForOffering(offeringId) {
      const { count } = await db
        .selectFrom('enrolments')
        .select((eb) => eb.fn.countAll<string | number>().as('count'))
        .where('offering_id', '=', offeringId)
        .executeTakeFirstOrThrow()
      return Number(count)
    },
    async listForOffering(offeringId) {
      const rows = await db
        .selectFrom('enrolments')
        .selectAll()
        .where('offering_id', '=', offeringId)
        .orderBy('enrolled_at')
        .orderBy('id')
        .execute()
      return rows.map(fromEnrolmentRow)
    },
    async setStudentNumber(enrolmentId, studentNumber) {
      await db
        .updateTable('enrolments')
        .set({ student_number: studentNumber })
        .where('id', '=', enrolmentId)
        .where('student_number', 'is', null)
        .execute()
    },
    async listForPerson(personId) {
      const rows = await db
        .selectFrom('enrolments')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('enrolled_at', 'desc')
        .orderBy('id')
        .execute()
      return rows.map(fromEnrolmentRow)
    },
  }
}

function fromEnrolmentRow(row: Selectable<EnrolmentRow>): Enrolment {
  return {
    id: row.id,
    offeringId: row.offering_id,
    personId: row.person_id,
    studentNumber: row.student_number ?? undefined,
    source: row.source as Enrolment['source'],
    enrolledAt: row.enrolled_at,
  }
}
