/**
 * The English message of every problem with a competence need, by its stable code. A message's
 * parameters travel with the problem (`params`) so that a client can word it in its reader's
 * language (docs/errors.md, "Competence need problem codes").
 */
const problemMessages = {
  'title-invalid': (params: { min: number; max: number }) =>
    `Give a title of ${params.min}–${params.max} characters.`,
  'description-too-long': (params: { max: number }) =>
    `The description has at most ${params.max} characters.`,
  'skills-missing': () => 'Name at least one ESCO skill, or an ESCO occupation.',
  'skills-too-many': (params: { max: number }) => `Name at most ${params.max} skills.`,
  'skill-uri-invalid': (params: { value: string }) =>
    `"${params.value}" is not an ESCO skill URI (http://data.europa.eu/esco/skill/…).`,
  'skill-unknown': (params: { uri: string }) => `No imported ESCO skill has the URI ${params.uri}.`,
  'occupation-uri-invalid': (params: { value: string }) =>
    `"${params.value}" is not an ESCO occupation URI (http://data.europa.eu/esco/occupation/…).`,
  'occupation-unknown': (params: { uri: string }) =>
    `No imported ESCO occupation has the URI ${params.uri}.`,
  'people-count-invalid': (params: { min: number; max: number }) =>
    `The number of people is a whole number from ${params.min} to ${params.max}.`,
  'region-invalid': (params: { min: number; max: number }) =>
    `Give the region in ${params.min}–${params.max} characters.`,
  'date-missing': () => 'Give the date as YYYY-MM-DD.',
  'date-invalid': () => 'Not a calendar date; write it as YYYY-MM-DD.',
  'need-ends-before-start': () => 'The time frame cannot end before it starts.',
  'visibility-unknown': (params: { value: string; allowed: string }) =>
    `Unknown visibility "${params.value}"; use one of ${params.allowed}.`,
} as const

/** The stable code of a problem with a competence need. */
export type CompetenceNeedProblemCode = keyof typeof problemMessages

/** Every competence need problem code, for documentation to be checked against. */
export const competenceNeedProblemCodes = Object.keys(
  problemMessages,
) as readonly CompetenceNeedProblemCode[]

/**
 * One thing wrong with a competence need: the field's `path`, a stable `code`, the values the
 * message fills in (`params`) and the English `message`.
 */
export type CompetenceNeedProblem = {
  readonly path: string
  readonly code: CompetenceNeedProblemCode
  readonly params: Readonly<Record<string, string | number>>
  readonly message: string
}

type ParamsArgument<Code extends CompetenceNeedProblemCode> = Parameters<
  (typeof problemMessages)[Code]
>

/** A problem at `path` with its code, parameters and English message. */
export function competenceNeedProblem<Code extends CompetenceNeedProblemCode>(
  path: string,
  code: Code,
  ...params: ParamsArgument<Code>
): CompetenceNeedProblem {
  const values: Readonly<Record<string, string | number>> = params[0] ?? {}
  const message = (
    problemMessages[code] as (values: Readonly<Record<string, string | number>>) => string
  )(values)
  return { path, code, params: { ...values }, message }
}
