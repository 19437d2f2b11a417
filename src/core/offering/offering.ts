import { formsOfParticipation } from '../specification/vocabularies.js'
import { type OfferingProblem, offeringProblem } from './offering-problems.js'

/** Where an offering is in its run: announced, taking enrolments, under way, over. */
export const offeringStates = ['planned', 'open', 'running', 'closed'] as const

export type OfferingState = (typeof offeringStates)[number]

/** The steps of an offering's run, each named after what it does. */
export const offeringActions = ['open', 'start', 'close'] as const

export type OfferingAction = (typeof offeringActions)[number]

/** What a registrar decides about one run of a micro-credential. Money is euro cents. */
export type OfferingDetails = {
  /** The first day of teaching, `YYYY-MM-DD`. */
  readonly startsOn: string
  /** The last day of teaching, `YYYY-MM-DD`. */
  readonly endsOn: string
  readonly enrolmentOpensAt: Date
  readonly enrolmentClosesAt: Date
  /** No limit when undefined. */
  readonly seatLimit: number | undefined
  /** In euro cents; undefined when the offering has no price. */
  readonly priceCents: number | undefined
  /** A key of `formsOfParticipation`. */
  readonly formOfParticipation: string
  /** An ISO 639-1 code, e.g. `fi`. */
  readonly languageOfInstruction: string
  /** The teachers' names, as people read them. */
  readonly teachers: readonly string[]
  /** The course code of the student-information system, to match its exports. */
  readonly courseCode: string | undefined
}

/** One run of a published specification version. */
export type Offering = {
  readonly id: string
  readonly organisationId: string
  readonly specificationId: string
  readonly versionId: string
  readonly state: OfferingState
  readonly details: OfferingDetails
  readonly createdAt: Date
  readonly updatedAt: Date
}

/** Offering details as they arrive from a form, the API or the command line: not yet checked. */
export type OfferingInput = {
  readonly startsOn?: string | undefined
  readonly endsOn?: string | undefined
  readonly enrolmentOpensAt?: string | undefined
  readonly enrolmentClosesAt?: string | undefined
  readonly seatLimit?: number | null | undefined
  readonly priceCents?: number | null | undefined
  readonly formOfParticipation?: string | undefined
  readonly languageOfInstruction?: string | undefined
  readonly teachers?: readonly string[] | undefined
  readonly courseCode?: string | null | undefined
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/
const dateTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/
const courseCodePattern = /^[\p{L}\p{N}][\p{L}\p{N}._/-]{0,39}$/u
const maxPriceCents = 100_000_000

/**
 * Checks offering details and returns them typed, or every problem at once (field path, code,
 * parameters and message): calendar dates in order, an enrolment window that closes after it
 * opens and before teaching ends, whole positive seats, a non-negative price in cents, known
 * vocabulary keys.
 */
export function parseOfferingInput(
  input: OfferingInput,
): { isValid: true; details: OfferingDetails } | { isValid: false; problems: OfferingProblem[] } {
  const problems: OfferingProblem[] = []
  const problem = (found: OfferingProblem) => problems.push(found)

  const startsOn = checkDate(input.startsOn, 'startsOn', problem)
  const endsOn = checkDate(input.endsOn, 'endsOn', problem)
  if (startsOn !== undefined && endsOn !== undefined && endsOn < startsOn) {
    problem(offeringProblem('endsOn', 'offering-ends-before-start'))
  }
  const opensAt = checkDateTime(input.enrolmentOpensAt, 'enrolmentOpensAt', problem)
  const closesAt = checkDateTime(input.enrolmentClosesAt, 'enrolmentClosesAt', problem)
  if (opensAt !== undefined && closesAt !== undefined && closesAt <= opensAt) {
    problem(offeringProblem('enrolmentClosesAt', 'enrolment-closes-before-opening'))
  }
  if (closesAt !== undefined && endsOn !== undefined) {
    const lastMoment = new Date(`${endsOn}T23:59:59.999Z`)
    if (closesAt > lastMoment) {
      problem(offeringProblem('enrolmentClosesAt', 'enrolment-closes-after-end', { endsOn }))
    }
  }
  const seatLimit = input.seatLimit ?? undefined
  if (seatLimit !== undefined && (!Number.isInteger(seatLimit) || seatLimit < 1)) {
    problem(offeringProblem('seatLimit', 'seat-limit-invalid', { min: 1 }))
  }
  const priceCents = input.priceCents ?? undefined
  if (
    priceCents !== undefined &&
    (!Number.isInteger(priceCents) || priceCents < 0 || priceCents > maxPriceCents)
  ) {
    problem(offeringProblem('priceCents', 'price-invalid', { min: 0, max: maxPriceCents }))
  }
  const form = input.formOfParticipation
  if (form === undefined || form === '') {
    problem(offeringProblem('formOfParticipation', 'form-of-participation-missing'))
  } else if (!formsOfParticipation.some((concept) => concept.key === form)) {
    problem(
      offeringProblem('formOfParticipation', 'form-of-participation-unknown', {
        value: form,
        allowed: formsOfParticipation.map((concept) => concept.key).join(', '),
      }),
    )
  }
  const language = input.languageOfInstruction
  if (language === undefined || language === '') {
    problem(offeringProblem('languageOfInstruction', 'language-missing'))
  } else if (!/^[a-z]{2}$/.test(language)) {
    problem(offeringProblem('languageOfInstruction', 'language-invalid', { value: language }))
  }
  const teachers = (input.teachers ?? []).map((name) => name.trim())
  teachers.forEach((name, index) => {
    if (name === '' || name.length > 200) {
      problem(offeringProblem(`teachers/${index}`, 'teacher-name-invalid', { min: 1, max: 200 }))
    }
  })
  const courseCode = input.courseCode?.trim() || undefined
  if (courseCode !== undefined && !courseCodePattern.test(courseCode)) {
    problem(offeringProblem('courseCode', 'course-code-invalid', { max: 40 }))
  }
  if (
    problems.length > 0 ||
    startsOn === undefined ||
    endsOn === undefined ||
    opensAt === undefined ||
    closesAt === undefined ||
    form === undefined ||
    language === undefined
  ) {
    return { isValid: false, problems }
  }
  return {
    isValid: true,
    details: {
      startsOn,
      endsOn,
      enrolmentOpensAt: opensAt,
      enrolmentClosesAt: closesAt,
      seatLimit,
      priceCents,
      formOfParticipation: form,
      languageOfInstruction: language,
      teachers,
      courseCode,
    },
  }
}

/** Offering details as input again, so that an update can change some fields and keep the rest. */
export function toOfferingInput(details: OfferingDetails): OfferingInput {
  return {
    startsOn: details.startsOn,
    endsOn: details.endsOn,
    enrolmentOpensAt: details.enrolmentOpensAt.toISOString(),
    enrolmentClosesAt: details.enrolmentClosesAt.toISOString(),
    seatLimit: details.seatLimit,
    priceCents: details.priceCents,
    formOfParticipation: details.formOfParticipation,
    languageOfInstruction: details.languageOfInstruction,
    teachers: details.teachers,
    courseCode: details.courseCode,
  }
}

/** True when `text` is a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(text: string): boolean {
  const match = datePattern.exec(text)
  if (match === null) {
    return false
  }
  const [, year, month, day] = match.map(Number) as [number, number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

function checkDate(
  value: string | undefined,
  path: string,
  problem: (found: OfferingProblem) => void,
): string | undefined {
  if (value === undefined || value === '') {
    problem(offeringProblem(path, 'date-missing'))
    return undefined
  }
  if (!isCalendarDate(value)) {
    problem(offeringProblem(path, 'date-invalid'))
    return undefined
  }
  return value
}

function checkDateTime(
  value: string | undefined,
  path: string,
  problem: (found: OfferingProblem) => void,
): Date | undefined {
  if (value === undefined || value === '') {
    problem(offeringProblem(path, 'date-time-missing'))
    return undefined
  }
  const date = new Date(value)
  if (!dateTimePattern.test(value) || Number.isNaN(date.getTime())) {
    problem(offeringProblem(path, 'date-time-invalid'))
    return undefined
  }
  return date
}
