import { normaliseEmailAddress } from '../identity.js'
import { type CsvColumn, onRow, type RowProblem, readCsvTable } from './csv-table.js'
import type { Offering } from './offering.js'
import { type OfferingProblem, offeringProblem } from './offering-problems.js'

/** A person's place on an offering: enrolled by themselves or imported by a registrar. */
export type Enrolment = {
  readonly id: string
  readonly offeringId: string
  readonly personId: string
  /** The student number of the institution's student-information system, when known. */
  readonly studentNumber: string | undefined
  readonly source: 'self' | 'import'
  readonly enrolledAt: Date
}

/**
 * Whether a person may enrol themselves now: only in an open offering, from the moment enrolment
 * opens until it closes. The reason says which rule failed.
 */
export function checkSelfEnrolment(
  offering: Offering,
  now: Date,
): { isAllowed: true } | { isAllowed: false; reason: string } {
  if (offering.state !== 'open') {
    return {
      isAllowed: false,
      reason: `The offering is ${offering.state}; enrolment is possible only while it is open.`,
    }
  }
  if (now < offering.details.enrolmentOpensAt) {
    return {
      isAllowed: false,
      reason: `Enrolment opens at ${offering.details.enrolmentOpensAt.toISOString()}.`,
    }
  }
  if (now >= offering.details.enrolmentClosesAt) {
    return {
      isAllowed: false,
      reason: `Enrolment closed at ${offering.details.enrolmentClosesAt.toISOString()}.`,
    }
  }
  return { isAllowed: true }
}

/** One row of an enrolment import, checked. */
export type EnrolmentImportRow = {
  readonly row: number
  readonly studentNumber: string
  readonly name: string
  readonly emailAddress: string
}

type EnrolmentColumn = 'student_number' | 'name' | 'email'

const maxStudentNumberLength = 40

/** The columns of an enrolment import (docs: README, "Offerings, enrolment and results"). */
export const enrolmentCsvColumns: readonly CsvColumn<EnrolmentColumn>[] = [
  { name: 'student_number', aliases: ['opiskelijanumero'], isRequired: true },
  { name: 'name', aliases: ['nimi'], isRequired: true },
  { name: 'email', aliases: ['sahkoposti', 'sähköposti'], isRequired: true },
]

/**
 * Reads an enrolment import (`student_number,name,email`) and checks every row: each needs all
 * three, a valid address, and neither the address nor the student number twice in the file.
 * Every row's problems are returned at once.
 */
export function fromEnrolmentCsv(csv: string): {
  readonly rows: readonly EnrolmentImportRow[]
  readonly problems: readonly RowProblem[]
} {
  const table = readCsvTable(csv, enrolmentCsvColumns)
  if (!table.isReadable) {
    return { rows: [], problems: table.problems }
  }
  const problems: RowProblem[] = []
  const rows: EnrolmentImportRow[] = []
  const rowOfAddress = new Map<string, number>()
  const rowOfNumber = new Map<string, number>()
  for (const { row, record } of table.rows) {
    const before = problems.length
    const studentNumber = record.student_number ?? ''
    const name = record.name ?? ''
    const problem = (found: OfferingProblem) => problems.push(onRow(row, found))
    if (studentNumber === '') {
      problem(offeringProblem('student_number', 'student-number-missing'))
    } else if (studentNumber.length > maxStudentNumberLength) {
      problem(
        offeringProblem('student_number', 'student-number-too-long', {
          max: maxStudentNumberLength,
        }),
      )
    } else {
      const firstRow = rowOfNumber.get(studentNumber)
      if (firstRow !== undefined) {
        problem(offeringProblem('student_number', 'student-number-repeated', { firstRow }))
      }
    }
    if (name === '' || name.length > 200) {
      problem(offeringProblem('name', 'name-invalid', { min: 1, max: 200 }))
    }
    const emailAddress = normaliseEmailAddress(record.email ?? '')
    if (emailAddress === undefined) {
      problem(offeringProblem('email', 'email-invalid'))
    } else {
      const firstRow = rowOfAddress.get(emailAddress)
      if (firstRow !== undefined) {
        problem(offeringProblem('email', 'email-repeated', { firstRow }))
      }
    }
    if (studentNumber !== '' && !rowOfNumber.has(studentNumber)) {
      rowOfNumber.set(studentNumber, row)
    }
    if (emailAddress !== undefined && !rowOfAddress.has(emailAddress)) {
      rowOfAddress.set(emailAddress, row)
    }
    if (problems.length === before && emailAddress !== undefined) {
      rows.push({ row, studentNumber, name, emailAddress })
    }
  }
  return { rows, problems }
}
