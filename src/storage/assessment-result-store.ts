import type { Kysely, Selectable } from 'kysely'
import type { AssessmentResult, AssessmentResultStore } from '../core/index.js'
import { toJsonb } from './json.js'
import type { AssessmentResultRow, Database } from './schema.js'

export function createAssessmentResultStore(db: Kysely<Database>): AssessmentResultStore {
  return {
    async put(result) {
      const columns = {
        grade: result.grade,
        assessed_on: result.assessedOn,
        supervision: result.supervision,
        evidence: toJsonb(result.evidence),
        credits: result.credits ?? null,
        assessor_id: result.assessorId ?? null,
        source: result.source,
        recorded_at: result.recordedAt,
      }
      await db
        .insertInto('assessment_results')
        .values({ id: result.id, enrolment_id: result.enrolmentId, ...columns })
        .onConflict((conflict) => conflict.column('enrolment_id').doUpdateSet(columns))
        .execute()
    },
    async findForEnrolment(enrolmentId) {
      const row = await db
        .selectFrom('assessment_results')
        .selectAll()
        .where('enrolment_id', '=', enrolmentId)
        .executeTakeFirst()
      return row === undefined ? undefined : fromResultRow(row)
    },
    async listForOffering(offeringId) {
      const rows = await db
        .selectFrom('assessment_results')
        .innerJoin('enrolments', 'enrolments.id', 'assessment_results.enrolment_id')
        .selectAll('assessment_results')
        .where('enrolments.offering_id', '=', offeringId)
        .orderBy('enrolments.enrolled_at')
        .orderBy('enrolments.id')
        .execute()
      return rows.map(fromResultRow)
    },
  }
}

function fromResultRow(row: Selectable<AssessmentResultRow>): AssessmentResult {
  return {
    id: row.id,
    enrolmentId: row.enrolment_id,
    grade: row.grade,
    assessedOn: row.assessed_on,
    supervision: row.supervision,
    evidence: row.evidence,
    credits: row.credits === null ? undefined : String(Number(row.credits)),
    assessorId: row.assessor_id ?? undefined,
    source: row.source as AssessmentResult['source'],
    recordedAt: row.recorded_at,
  }
}
