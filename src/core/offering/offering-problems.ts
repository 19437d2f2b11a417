/**
 * The English message of every problem with offering details, enrolment and results imports and
 * recorded results, by its stable code. A message's parameters are the values it fills in; they
 * travel with the problem (`params`) so that a client can word it in its reader's language
 * (docs/errors.md, "Problem codes").
 */
const problemMessages = {
  'date-missing': () => 'Give the date as YYYY-MM-DD.',
  'date-invalid': () => 'Not a calendar date; write it as YYYY-MM-DD.',
  'offering-ends-before-start': () => 'The offering cannot end before it starts.',
  'date-time-missing': () => 'Give the time as an ISO 8601 date-time with a time zone.',
  'date-time-invalid': () => 'Not a date-time; write it like 2027-01-15T09:00:00+02:00.',
  'enrolment-closes-before-opening': () => 'Enrolment must close after it opens.',
  'enrolment-closes-after-end': (params: { endsOn: string }) =>
    `Enrolment must close by the last day of the offering (${params.endsOn}).`,
  'seat-limit-invalid': (params: { min: number }) =>
    `Seats must be a whole number of at least ${params.min}, or left out for no limit.`,
  'price-invalid': (params: { min: number; max: number }) =>
    `The price must be a whole number of euro cents from ${params.min} to ${params.max}.`,
  'form-of-participation-missing': () => 'Give the form of participation.',
  'form-of-participation-unknown': (params: { value: string; allowed: string }) =>
    `Unknown form of participation "${params.value}"; use one of ${params.allowed}.`,
  'language-missing': () => 'Give the language of instruction.',
  'language-invalid': (params: { value: string }) =>
    `"${params.value}" is not a two-letter ISO 639-1 code such as fi, sv or en.`,
  'teacher-name-invalid': (params: { min: number; max: number }) =>
    `A teacher’s name must have ${params.min} to ${params.max} characters.`,
  'course-code-invalid': (params: { max: number }) =>
    `A course code has up to ${params.max} letters, digits and . _ / -, starting with a letter or digit.`,
  'version-none-published': () => 'The specification has no published version to offer.',
  'version-not-found': () => 'No version of this specification has this id.',
  'version-not-published': (params: { status: string }) =>
    `Only a published version can be offered; this one is ${params.status}.`,
  'csv-unreadable': (params: { reason: string }) => `Not readable as CSV: ${params.reason}`,
  'column-unknown': (params: { column: string }) => `Unknown column "${params.column}".`,
  'column-missing': (params: { column: string }) => `The column "${params.column}" is missing.`,
  'column-repeated': (params: { column: string }) => `The column "${params.column}" is repeated.`,
  'file-empty': () => 'The file has no rows below its header.',
  'student-number-missing': () => 'Give the student number.',
  'student-number-too-long': (params: { max: number }) =>
    `A student number has at most ${params.max} characters.`,
  'student-number-repeated': (params: { firstRow: number }) =>
    `The same student number is on row ${params.firstRow}.`,
  'name-invalid': (params: { min: number; max: number }) =>
    `Give a name of ${params.min}–${params.max} characters.`,
  'email-missing': () => 'Give the e-mail address the student enrolled with.',
  'email-invalid': () => 'Give an e-mail address such as maija@example.fi.',
  'email-repeated': (params: { firstRow: number }) =>
    `The same e-mail address is on row ${params.firstRow}.`,
  'email-unusable': () => 'This address cannot be used.',
  'seats-exhausted': (params: { seatLimit: number; taken: number }) =>
    `No seat left from this row on: the offering has ${params.seatLimit} seats and ${params.taken} are taken.`,
  'student-repeated': (params: { firstRow: number }) =>
    `The same student is on row ${params.firstRow}; give each student once.`,
  'student-not-enrolled': (params: { emailAddress: string }) =>
    `No one with the address ${params.emailAddress} is enrolled in the offering.`,
  'student-number-mismatch': (params: { studentNumber: string; expected: string }) =>
    `The student enrolled with the student number ${params.expected}, not ${params.studentNumber}.`,
  'person-not-enrolled': () => 'This person is not enrolled in the offering.',
  'course-code-not-set': () =>
    'The offering has no course code to match; set one while it is planned.',
  'course-code-mismatch': (params: { courseCode: string; expected: string }) =>
    `The course code "${params.courseCode}" is not this offering’s ("${params.expected}").`,
  'grade-outside-scheme': (params: { grade: string; gradingScheme: '0-5' | 'pass-fail' }) =>
    `The grade "${params.grade}" is outside the specification’s scheme; give ${
      params.gradingScheme === '0-5'
        ? 'a whole number from 0 to 5'
        : 'pass or fail (hyväksytty or hylätty)'
    }.`,
  'assessment-date-invalid': () => 'Not a date; write it as YYYY-MM-DD (or d.m.yyyy).',
  'assessment-date-in-future': (params: { date: string }) =>
    `The assessment date ${params.date} is in the future.`,
  'supervision-unknown': (params: { value: string; allowed: string }) =>
    `Unknown identity-verification level "${params.value}"; use one of ${params.allowed}.`,
  'evidence-not-https': () => 'Evidence must be an https:// link.',
  'credits-invalid': () => 'Credits are a number such as 5 or 2,5.',
} as const

/** The stable code of a problem with offering details, an import row or a result. */
export type OfferingProblemCode = keyof typeof problemMessages

/** Every problem code, for documentation and the web app's catalogue to be checked against. */
export const offeringProblemCodes = Object.keys(problemMessages) as readonly OfferingProblemCode[]

/** The values a problem's message fills in, by name. */
export type ProblemParams = Readonly<Record<string, string | number>>

/**
 * One thing wrong with offering details, a result or an import row's field: the field's `path`,
 * a stable `code`, the values the message fills in (`params`) and the English `message`.
 */
export type OfferingProblem = {
  readonly path: string
  readonly code: OfferingProblemCode
  readonly params: ProblemParams
  readonly message: string
}

type ParamsArgument<Code extends OfferingProblemCode> = Parameters<(typeof problemMessages)[Code]>

/** A problem at `path` with its code, parameters and English message. */
export function offeringProblem<Code extends OfferingProblemCode>(
  path: string,
  code: Code,
  ...params: ParamsArgument<Code>
): OfferingProblem {
  const values: ProblemParams = params[0] ?? {}
  const message = (problemMessages[code] as (values: ProblemParams) => string)(values)
  return { path, code, params: { ...values }, message }
}
