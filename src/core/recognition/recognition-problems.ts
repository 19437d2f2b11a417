/**
 * The English message of every problem with a recognition target, a curriculum import row or a
 * recognition decision, by its stable code. The parameters travel with the problem (`params`) so
 * that a client can word it in its reader's language (docs/errors.md, "Recognition problem codes").
 */
const problemMessages = {
  'csv-unreadable': (params: { reason: string }) => `Not readable as CSV: ${params.reason}`,
  'column-unknown': (params: { column: string }) => `Unknown column "${params.column}".`,
  'column-missing': (params: { column: string }) => `The column "${params.column}" is missing.`,
  'column-repeated': (params: { column: string }) => `The column "${params.column}" is repeated.`,
  'file-empty': () => 'The file has no rows below its header.',
  'code-invalid': (params: { max: number }) =>
    `A code has 1 to ${params.max} letters, digits and . _ / -, starting with a letter or digit.`,
  'code-repeated': (params: { firstRow: number }) => `The same code is on row ${params.firstRow}.`,
  'name-missing': () => 'Give the name in at least one of Finnish, Swedish and English.',
  'name-too-long': (params: { max: number }) => `A name has at most ${params.max} characters.`,
  'ects-invalid': (params: { min: number; max: number }) =>
    `ECTS credits are a number from ${params.min} to ${params.max}, such as 5 or 2,5.`,
  'level-invalid': () => 'The level is an EQF level from 1 to 8 (or left out).',
  'kind-unknown': (params: { value: string; allowed: string }) =>
    `Unknown kind "${params.value}"; use one of ${params.allowed}.`,
  'outcomes-missing': () => 'Give at least one learning outcome.',
  'outcomes-too-many': (params: { max: number }) => `Give at most ${params.max} learning outcomes.`,
  'outcome-too-long': (params: { max: number }) =>
    `A learning outcome has at most ${params.max} characters.`,
  'skills-too-many': (params: { max: number }) => `Name at most ${params.max} ESCO skills.`,
  'skill-uri-invalid': (params: { value: string }) =>
    `"${params.value}" is not an ESCO skill URI (http://data.europa.eu/esco/skill/…).`,
  'outcome-unknown': (params: { value: string; allowed: string }) =>
    `Unknown outcome "${params.value}"; use one of ${params.allowed}.`,
  'ects-granted-invalid': (params: { max: number }) =>
    `The ECTS credits granted are a number above 0 and at most the target's ${params.max}.`,
  'justification-missing': () =>
    'Give a justification: a decision that differs from the proposal always needs one.',
  'justification-too-long': (params: { max: number }) =>
    `A justification has at most ${params.max} characters.`,
} as const

/** The stable code of a problem with a recognition target, an import row or a decision. */
export type RecognitionProblemCode = keyof typeof problemMessages

/** Every recognition problem code, for documentation and the web app to be checked against. */
export const recognitionProblemCodes = Object.keys(
  problemMessages,
) as readonly RecognitionProblemCode[]

/**
 * One thing wrong: the field's `path`, a stable `code`, the values the message fills in
 * (`params`) and the English `message`; `row` for a curriculum import (header = 1).
 */
export type RecognitionProblem = {
  readonly row?: number
  readonly path: string
  readonly code: RecognitionProblemCode
  readonly params: Readonly<Record<string, string | number>>
  readonly message: string
}

type ParamsArgument<Code extends RecognitionProblemCode> = Parameters<
  (typeof problemMessages)[Code]
>

/** A problem at `path` with its code, parameters and English message. */
export function recognitionProblem<Code extends RecognitionProblemCode>(
  path: string,
  code: Code,
  ...params: ParamsArgument<Code>
): RecognitionProblem {
  const values: Readonly<Record<string, string | number>> = params[0] ?? {}
  const message = (
    problemMessages[code] as (values: Readonly<Record<string, string | number>>) => string
  )(values)
  return { path, code, params: { ...values }, message }
}
