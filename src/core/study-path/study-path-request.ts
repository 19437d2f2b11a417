import { formsOfParticipation } from '../specification/vocabularies.js'
import type { StudyPathConstraints, StudyPathObjective } from './study-path.js'

/** What the learner aims at: an ESCO occupation's essential skills, a need, a stack, or skills. */
export type StudyPathGoal =
  | { readonly kind: 'occupation'; readonly occupationUri: string }
  | { readonly kind: 'need'; readonly needId: string }
  | { readonly kind: 'stack'; readonly stackId: string }
  | { readonly kind: 'skills'; readonly skillUris: readonly string[] }

/** A StudyPathRequest as the API and the command line take it. */
export type StudyPathRequest = {
  readonly goal: StudyPathGoal
  readonly constraints: StudyPathConstraints
  readonly objective: StudyPathObjective
}

const problemMessages = {
  'skills-missing': () => 'Choose at least one ESCO skill.',
  'skills-too-many': (params: { max: number }) => `Choose at most ${params.max} skills.`,
  'skill-uri-invalid': (params: { value: string }) =>
    `"${params.value}" is not an ESCO skill URI (http://data.europa.eu/esco/skill/…).`,
  'skill-unknown': (params: { uri: string }) => `No imported ESCO skill has the URI ${params.uri}.`,
  'occupation-uri-invalid': (params: { value: string }) =>
    `"${params.value}" is not an ESCO occupation URI (http://data.europa.eu/esco/occupation/…).`,
  'date-invalid': () => 'Not a calendar date; write it as YYYY-MM-DD.',
  'window-ends-before-start': () => 'The time window cannot end before it starts.',
  'budget-invalid': (params: { max: number }) =>
    `The budget is a whole number of cents from 0 to ${params.max}.`,
  'max-ects-invalid': (params: { max: number }) =>
    `The ECTS cap is a number above 0 and at most ${params.max}.`,
  'language-invalid': (params: { value: string }) =>
    `"${params.value}" is not an ISO 639-1 language code (two small letters).`,
  'form-of-participation-unknown': (params: { value: string; allowed: string }) =>
    `Unknown form of participation "${params.value}"; use one of ${params.allowed}.`,
} as const

/** The stable code of a problem with a study path request (docs/errors.md). */
export type StudyPathProblemCode = keyof typeof problemMessages

export const studyPathProblemCodes = Object.keys(problemMessages) as readonly StudyPathProblemCode[]

/** One thing wrong with a study path request: field path, stable code, params, English message. */
export type StudyPathRequestProblem = {
  readonly path: string
  readonly code: StudyPathProblemCode
  readonly params: Readonly<Record<string, string | number>>
  readonly message: string
}

export function studyPathProblem<Code extends StudyPathProblemCode>(
  path: string,
  code: Code,
  ...params: Parameters<(typeof problemMessages)[Code]> extends []
    ? []
    : [Parameters<(typeof problemMessages)[Code]>[0]]
): StudyPathRequestProblem {
  const values = (params[0] ?? {}) as Record<string, string | number>
  const message = (problemMessages[code] as (values: never) => string)(values as never)
  return { path, code, params: values, message }
}

export const studyPathLimits = { maxSkills: 200, maxBudgetCents: 100_000_000, maxEcts: 1000 }

const skillUri = /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]{36}$/
const occupationUri = /^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f-]{36}$/
const day = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Every problem of a request's goal and constraints at once (the forms that the schema cannot
 * check: URIs, calendar dates and their order, amounts, vocabularies); empty when it is fine.
 */
export function checkStudyPathRequest(request: StudyPathRequest): StudyPathRequestProblem[] {
  const problems: StudyPathRequestProblem[] = []
  const { goal, constraints } = request
  if (goal.kind === 'skills') {
    if (goal.skillUris.length === 0) {
      problems.push(studyPathProblem('goal/skillUris', 'skills-missing'))
    } else if (goal.skillUris.length > studyPathLimits.maxSkills) {
      problems.push(
        studyPathProblem('goal/skillUris', 'skills-too-many', { max: studyPathLimits.maxSkills }),
      )
    }
    goal.skillUris.forEach((uri, index) => {
      if (!skillUri.test(uri)) {
        problems.push(
          studyPathProblem(`goal/skillUris/${index}`, 'skill-uri-invalid', { value: uri }),
        )
      }
    })
  }
  if (goal.kind === 'occupation' && !occupationUri.test(goal.occupationUri)) {
    problems.push(
      studyPathProblem('goal/occupationUri', 'occupation-uri-invalid', {
        value: goal.occupationUri,
      }),
    )
  }
  const from = checkDay(constraints.startsOnOrAfter, 'constraints/startsOnOrAfter', problems)
  const to = checkDay(constraints.endsOnOrBefore, 'constraints/endsOnOrBefore', problems)
  if (from !== undefined && to !== undefined && to < from) {
    problems.push(studyPathProblem('constraints/endsOnOrBefore', 'window-ends-before-start'))
  }
  const budget = constraints.budgetCents
  if (
    budget !== undefined &&
    (!Number.isInteger(budget) || budget < 0 || budget > studyPathLimits.maxBudgetCents)
  ) {
    problems.push(
      studyPathProblem('constraints/budgetCents', 'budget-invalid', {
        max: studyPathLimits.maxBudgetCents,
      }),
    )
  }
  const maxEcts = constraints.maxEcts
  if (
    maxEcts !== undefined &&
    (!Number.isFinite(maxEcts) || maxEcts <= 0 || maxEcts > studyPathLimits.maxEcts)
  ) {
    problems.push(
      studyPathProblem('constraints/maxEcts', 'max-ects-invalid', { max: studyPathLimits.maxEcts }),
    )
  }
  constraints.languages?.forEach((language, index) => {
    if (!/^[a-z]{2}$/.test(language)) {
      problems.push(
        studyPathProblem(`constraints/languages/${index}`, 'language-invalid', { value: language }),
      )
    }
  })
  const allowed = formsOfParticipation.map((concept) => concept.key)
  constraints.formsOfParticipation?.forEach((form, index) => {
    if (!allowed.includes(form)) {
      problems.push(
        studyPathProblem(
          `constraints/formsOfParticipation/${index}`,
          'form-of-participation-unknown',
          { value: form, allowed: allowed.join(', ') },
        ),
      )
    }
  })
  return problems
}

function checkDay(
  value: string | undefined,
  path: string,
  problems: StudyPathRequestProblem[],
): string | undefined {
  if (value === undefined) {
    return undefined
  }
  const match = day.exec(value)
  const date = match === null ? Number.NaN : Date.parse(`${value}T00:00:00Z`)
  if (match === null || Number.isNaN(date) || new Date(date).toISOString().slice(0, 10) !== value) {
    problems.push(studyPathProblem(path, 'date-invalid'))
    return undefined
  }
  return value
}
