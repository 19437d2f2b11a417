import {
  type Actor,
  AppError,
  type AssessmentResult,
  fromResultCsv,
  helsinkiDate,
  offeringProblem,
  onRow,
  type RowProblem,
  requireRole,
  type Stores,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { inTransaction } from './in-transaction.js'
import { getReadableOffering } from './offering-access.js'
import { recordAudit } from './record-audit.js'
import { resultContextOf, resultRecorderRoles } from './result-context.js'

/** What a results import did, and the rows it skipped (only with `skipInvalid`). */
export type ResultImportSummary = {
  readonly recorded: number
  readonly skipped: readonly { readonly row: number; readonly problems: readonly RowProblem[] }[]
}

/**
 * Imports results from a student-information-system export (docs/results-csv-template.md).
 * Rows are matched to enrolments by e-mail address; every row's problems are reported at once.
 * Nothing is saved while any row fails, unless `skipInvalid`: then the valid rows are recorded
 * and the others listed. Problems of the file itself (columns) always stop the import.
 */
export async function importResults(
  deps: Pick<Deps, 'clock' | 'ids' | 'stores' | 'transaction'>,
  actor: Actor,
  input: { offeringId: string; csv: string; skipInvalid: boolean },
  stores?: Stores,
): Promise<ResultImportSummary> {
  return inTransaction(deps, stores, async (stores) => {
    const offering = await getReadableOffering(stores, actor, input.offeringId)
    requireRole(actor, offering.organisationId, resultRecorderRoles)
    const { gradingScheme, supervision } = await resultContextOf(stores, offering)
    const now = deps.clock.now()
    const { fileProblems, rows } = fromResultCsv(input.csv, {
      courseCode: offering.details.courseCode,
      gradingScheme,
      today: helsinkiDate(now),
    })
    if (fileProblems.length > 0) {
      throw new AppError('RESULT_IMPORT_INVALID', undefined, {
        details: { problems: fileProblems },
      })
    }
    const planned: {
      enrolmentId: string
      personId: string
      row: NonNullable<(typeof rows)[number]['row']>
      isStudentNumberNew: boolean
    }[] = []
    const skipped: { row: number; problems: RowProblem[] }[] = []
    for (const { row, line, problems } of rows) {
      const rowProblems = [...problems]
      let enrolment: { id: string; personId: string; studentNumber: string | undefined } | undefined
      const address =
        row === undefined ? undefined : await stores.people.findEmailAddress(row.emailAddress)
      if (row !== undefined) {
        enrolment =
          address === undefined
            ? undefined
            : await stores.enrolments.findForPerson(offering.id, address.personId)
        if (enrolment === undefined) {
          rowProblems.push(
            onRow(
              line,
              offeringProblem('email', 'student-not-enrolled', { emailAddress: row.emailAddress }),
            ),
          )
        }
      }
      // A self-enrolled learner gets their student number from the file; a different one than
      // the enrolment's means the row is about someone else.
      if (
        row !== undefined &&
        enrolment?.studentNumber !== undefined &&
        enrolment.studentNumber !== row.studentNumber
      ) {
        rowProblems.push(
          onRow(
            line,
            offeringProblem('student_number', 'student-number-mismatch', {
              studentNumber: row.studentNumber,
              expected: enrolment.studentNumber,
            }),
          ),
        )
      }
      if (rowProblems.length > 0 || row === undefined || enrolment === undefined) {
        skipped.push({ row: line, problems: rowProblems })
        continue
      }
      planned.push({
        enrolmentId: enrolment.id,
        personId: enrolment.personId,
        row,
        isStudentNumberNew: enrolment.studentNumber === undefined,
      })
    }
    if (skipped.length > 0 && !input.skipInvalid) {
      throw new AppError('RESULT_IMPORT_INVALID', undefined, {
        details: { problems: skipped.flatMap((each) => each.problems) },
      })
    }
    for (const { enrolmentId, personId, row, isStudentNumberNew } of planned) {
      if (isStudentNumberNew) {
        await stores.enrolments.setStudentNumber(enrolmentId, row.studentNumber)
      }
      const result: AssessmentResult = {
        id: deps.ids.newId(),
        enrolmentId,
        grade: row.grade,
        assessedOn: row.assessedOn,
        supervision: supervision ?? 'unsupervised-no-id-verification',
        evidence: [],
        credits: row.credits,
        assessorId: actor.kind === 'person' ? actor.personId : undefined,
        source: 'import',
        recordedAt: now,
      }
      await stores.results.put(result)
      await recordAudit(deps, stores, actor, {
        action: 'result.imported',
        organisationId: offering.organisationId,
        subject: { offeringId: offering.id, enrolmentId, personId },
      })
    }
    return { recorded: planned.length, skipped }
  })
}
