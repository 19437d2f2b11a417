import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProblemParams, RowProblem } from './api.js'
import { ServerText, useFormats } from './shared.js'

const isoDate = /^\d{4}-\d{2}-\d{2}$/

/**
 * Words a problem of the API in the reader's language: its stable code picks the text
 * (registrar.problems.<code>) and its params fill it in, dates and numbers formatted for the
 * reader and vocabulary keys (grading scheme, version status) translated. A code the web app does
 * not know yet falls back to the server's English message, marked as English.
 */
export function useProblemText(): (
  problem: Pick<RowProblem, 'code' | 'params' | 'message'>,
) => ReactNode {
  const { t, i18n } = useTranslation()
  const formats = useFormats()
  const number = new Intl.NumberFormat(i18n.language)

  const valuesOf = (code: string, params: ProblemParams): Record<string, string> => {
    const values: Record<string, string> = {}
    for (const [name, value] of Object.entries(params)) {
      if (typeof value === 'number') {
        // Row numbers read as they are; counts and limits get the reader's digit grouping.
        values[name] = name.toLowerCase().endsWith('row') ? String(value) : number.format(value)
      } else if (isoDate.test(value)) {
        values[name] = formats.date(value)
      } else if (name === 'gradingScheme' || name === 'status') {
        values[name] = t(`registrar.problemValues.${name}.${value}`, { defaultValue: value })
      } else {
        values[name] = value
      }
    }
    if (code === 'price-invalid') {
      // The API counts in cents; the form asks for euros.
      values.minEuros = number.format(Number(params.min ?? 0) / 100)
      values.maxEuros = number.format(Number(params.max ?? 0) / 100)
    }
    return values
  }

  return (problem) => {
    const key = `registrar.problems.${problem.code ?? ''}`
    if (problem.code === undefined || !i18n.exists(key)) {
      return <ServerText>{problem.message}</ServerText>
    }
    return t(key, valuesOf(problem.code, problem.params))
  }
}
