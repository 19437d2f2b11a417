import { supervisionLevels } from '../specification/vocabularies.js'
import { type CsvColumn, onRow, type RowProblem, readCsvTable } from './csv-table.js'
import { isCalendarDate } from './offering.js'
import { type OfferingProblem, offeringProblem } from './offering-problems.js'

/** The outcome of one enrolment: grade, date, how identity was verified, evidence, assessor. */
export type AssessmentResult = {
  readonly id: string
  readonly enrolmentId: string
  /** In the specification's scheme: `0`–`5`, or `pass` / `fail`. */
  readonly grade: string
  /** `YYYY-MM-DD`. */
  readonly assessedOn: string
  /** A key of `supervisionLevels`. */
  readonly supervision: string
  /** https links to evidence of the learner's work. */
  readonly evidence: readonly string[]
  /** ECTS credits, as the student-information system gave them. */
  readonly credits: string | undefined
  readonly assessorId: string | undefined
  readonly source: 'manual' | 'import'
  readonly recordedAt: Date
}

/** One thing wrong with a result: the field, code, parameters and English message. */
export type ResultProblem = OfferingProblem

const passWords: Readonly<Record<string, 'pass' | 'fail'>> = {
  pass: 'pass',
  fail: 'fail',
  hyväksytty: 'pass',
  hylätty: 'fail',
  hyv: 'pass',
  hyl: 'fail',
}

/**
 * A grade written as people and student-information systems write it, in the scheme's own form:
 * `0`–`5` on the 0–5 scale; `pass` or `fail` on pass/fail (also Finnish "hyväksytty"/"hylätty").
 * A specification without a scheme is graded pass/fail. Undefined when the grade is outside the
 * scheme.
 */
export function toSchemeGrade(gradingScheme: string | undefined, text: string): string | undefined {
  const grade = text.trim().toLowerCase()
  if (gradingScheme === '0-5') {
    return /^[0-5]$/.test(grade) ? grade : undefined
  }
  return passWords[grade]
}

/** The problem of a grade outside the scheme (a specification without one is pass/fail). */
function gradeOutsideScheme(
  path: string,
  grade: string,
  gradingScheme: string | undefined,
): OfferingProblem {
  return offeringProblem(path, 'grade-outside-scheme', {
    grade,
    gradingScheme: gradingScheme === '0-5' ? '0-5' : 'pass-fail',
  })
}

/** A date as `YYYY-MM-DD` from that form or the Finnish `d.m.yyyy`; undefined when neither. */
export function toIsoDate(text: string): string | undefined {
  const trimmed = text.trim()
  const finnish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed)
  const iso = finnish
    ? `${finnish[3]}-${finnish[2]?.padStart(2, '0')}-${finnish[1]?.padStart(2, '0')}`
    : trimmed
  return isCalendarDate(iso) ? iso : undefined
}

/** A result as it arrives from a form or the API: not yet checked. */
export type ResultInput = {
  readonly grade: string
  readonly assessedOn: string
  readonly supervision: string
  readonly evidence?: readonly string[] | undefined
}

/**
 * Checks a result against the specification's grading scheme: a grade in the scheme, an
 * assessment date that is a real date and not after `today` (`YYYY-MM-DD`, Helsinki), a known
 * identity-verification level, evidence as https links. Every problem at once.
 */
export function checkResultInput(
  input: ResultInput,
  gradingScheme: string | undefined,
  today: string,
):
  | {
      isValid: true
      result: Pick<AssessmentResult, 'grade' | 'assessedOn' | 'supervision' | 'evidence'>
    }
  | { isValid: false; problems: ResultProblem[] } {
  const problems: ResultProblem[] = []
  const grade = toSchemeGrade(gradingScheme, input.grade)
  if (grade === undefined) {
    problems.push(gradeOutsideScheme('grade', input.grade, gradingScheme))
  }
  const assessedOn = checkAssessmentDate('assessedOn', input.assessedOn, today)
  if (typeof assessedOn !== 'string') {
    problems.push(assessedOn)
  }
  if (!supervisionLevels.some((level) => level.key === input.supervision)) {
    problems.push(
      offeringProblem('supervision', 'supervision-unknown', {
        value: input.supervision,
        allowed: supervisionLevels.map((level) => level.key).join(', '),
      }),
    )
  }
  const evidence = input.evidence ?? []
  evidence.forEach((link, index) => {
    if (!isHttpsUrl(link)) {
      problems.push(offeringProblem(`evidence/${index}`, 'evidence-not-https'))
    }
  })
  if (problems.length > 0 || grade === undefined || typeof assessedOn !== 'string') {
    return { isValid: false, problems }
  }
  return {
    isValid: true,
    result: { grade, assessedOn, supervision: input.supervision, evidence: [...evidence] },
  }
}

function checkAssessmentDate(path: string, text: string, today: string): string | OfferingProblem {
  const date = toIsoDate(text)
  if (date === undefined) {
    return offeringProblem(path, 'assessment-date-invalid')
  }
  if (date > today) {
    return offeringProblem(path, 'assessment-date-in-future', { date })
  }
  return date
}

function isHttpsUrl(text: string): boolean {
  if (text.length > 2000) {
    return false
  }
  try {
    return new URL(text).protocol === 'https:'
  } catch {
    return false
  }
}

type ResultColumn =
  | 'student_number'
  | 'name'
  | 'email'
  | 'course_code'
  | 'grade'
  | 'date'
  | 'credits'

/**
 * The columns of a results import, in the style of Sisu and Peppi exports, with their Finnish
 * headers (docs/results-csv-template.md).
 */
export const resultCsvColumns: readonly CsvColumn<ResultColumn>[] = [
  { name: 'student_number', aliases: ['opiskelijanumero'], isRequired: true },
  { name: 'name', aliases: ['nimi'], isRequired: false },
  { name: 'email', aliases: ['sahkoposti', 'sähköposti'], isRequired: true },
  { name: 'course_code', aliases: ['opintojakson_tunnus'], isRequired: true },
  { name: 'grade', aliases: ['arvosana'], isRequired: true },
  { name: 'date', aliases: ['paivamaara', 'päivämäärä'], isRequired: true },
  { name: 'credits', aliases: ['opintopisteet'], isRequired: false },
]

/** One row of a results import, read and checked on its own (enrolment is checked later). */
export type ResultImportRow = {
  readonly row: number
  readonly studentNumber: string
  readonly emailAddress: string
  readonly grade: string
  readonly assessedOn: string
  readonly credits: string | undefined
}

/**
 * Reads a results export and checks each row against the offering: its course code, a grade in
 * the scheme, a date not after `today`, credits a positive number, and no student twice. Rows
 * come back with their problems (every row's at once); `fileProblems` are those of the header.
 */
export function fromResultCsv(
  csv: string,
  context: { courseCode: string | undefined; gradingScheme: string | undefined; today: string },
): {
  readonly fileProblems: readonly RowProblem[]
  readonly rows: readonly {
    row: ResultImportRow | undefined
    line: number
    problems: RowProblem[]
  }[]
} {
  const table = readCsvTable(csv, resultCsvColumns)
  if (!table.isReadable) {
    return { fileProblems: table.problems, rows: [] }
  }
  const firstRowOf = new Map<string, number>()
  const rows = table.rows.map(({ row: line, record }) => {
    const problems: RowProblem[] = []
    const problem = (found: OfferingProblem) => problems.push(onRow(line, found))
    const studentNumber = record.student_number ?? ''
    if (studentNumber === '') {
      problem(offeringProblem('student_number', 'student-number-missing'))
    }
    const emailAddress = (record.email ?? '').trim().toLowerCase()
    if (emailAddress === '') {
      problem(offeringProblem('email', 'email-missing'))
    }
    for (const [key, path] of [
      [`number:${studentNumber}`, 'student_number'],
      [`email:${emailAddress}`, 'email'],
    ] as const) {
      if (key.endsWith(':')) {
        continue
      }
      const firstRow = firstRowOf.get(key)
      if (firstRow === undefined) {
        firstRowOf.set(key, line)
      } else {
        problem(offeringProblem(path, 'student-repeated', { firstRow }))
      }
    }
    const courseCode = record.course_code ?? ''
    if (context.courseCode === undefined) {
      problem(offeringProblem('course_code', 'course-code-not-set'))
    } else if (courseCode !== context.courseCode) {
      problem(
        offeringProblem('course_code', 'course-code-mismatch', {
          courseCode,
          expected: context.courseCode,
        }),
      )
    }
    const grade = toSchemeGrade(context.gradingScheme, record.grade ?? '')
    if (grade === undefined) {
      problem(gradeOutsideScheme('grade', record.grade ?? '', context.gradingScheme))
    }
    const date = checkAssessmentDate('date', record.date ?? '', context.today)
    if (typeof date !== 'string') {
      problem(date)
    }
    const creditsText = record.credits?.replace(',', '.')
    if (creditsText !== undefined && !/^\d{1,3}(\.\d{1,2})?$/.test(creditsText)) {
      problem(offeringProblem('credits', 'credits-invalid'))
    }
    const row: ResultImportRow | undefined =
      problems.length === 0 && grade !== undefined && typeof date === 'string'
        ? { row: line, studentNumber, emailAddress, grade, assessedOn: date, credits: creditsText }
        : undefined
    return { row, line, problems }
  })
  return { fileProblems: [], rows }
}
