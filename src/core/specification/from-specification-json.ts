import type { LanguageMap } from '../language.js'
import {
  emptySpecificationContent,
  type IssuerLocation,
  type LearningOutcome,
  type SpecificationContent,
} from './specification.js'

/**
 * One problem with one imported specification: which item or CSV row (1-based; a CSV row counts
 * its header as row 1), where in it, a stable code and a message.
 */
export type ImportProblem = {
  readonly row: number
  readonly path: string
  readonly code: 'not-an-object' | 'unknown-field' | 'wrong-type' | 'invalid-value' | 'empty'
  readonly message: string
}

/** An imported specification's content, or the problems that keep it from being one. */
export type ImportedItem =
  | { readonly row: number; readonly content: SpecificationContent; readonly problems: readonly [] }
  | {
      readonly row: number
      readonly content: undefined
      readonly problems: readonly ImportProblem[]
    }

type Check = (path: string, value: unknown) => unknown

const textKeys = new Set(['fi', 'sv', 'en'])

/**
 * Reads one specification in the export shape (the `content` of the API) and reports every
 * problem of its shape at once. Absent fields take their empty value, as in a draft; whether the
 * values make a complete micro-credential is validateSpecification's business.
 */
export function fromSpecificationJson(value: unknown, row: number): ImportedItem {
  const problems: ImportProblem[] = []
  const report = (path: string, code: ImportProblem['code'], message: string) =>
    problems.push({ row, path, code, message })

  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
  const object = (
    path: string,
    v: unknown,
    fields: Record<string, Check>,
    required: string[] = [],
  ) => {
    if (!isObject(v)) {
      report(path, 'not-an-object', 'Expected an object.')
      return undefined
    }
    const result: Record<string, unknown> = {}
    for (const [key, entry] of Object.entries(v)) {
      const check = fields[key]
      const at = path === '' ? key : `${path}.${key}`
      if (check === undefined) {
        report(at, 'unknown-field', `Unknown field "${key}".`)
      } else if (entry !== undefined && entry !== null) {
        result[key] = check(at, entry)
      }
    }
    for (const key of required) {
      if (v[key] === undefined || v[key] === null) {
        report(path === '' ? key : `${path}.${key}`, 'empty', 'This field is required.')
      }
    }
    return result
  }
  const string: Check = (path, v) => {
    if (typeof v !== 'string') {
      report(path, 'wrong-type', 'Expected a text.')
      return undefined
    }
    return v
  }
  const number: Check = (path, v) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      report(path, 'wrong-type', 'Expected a number.')
      return undefined
    }
    return v
  }
  const integer: Check = (path, v) => {
    if (!Number.isInteger(v)) {
      report(path, 'wrong-type', 'Expected a whole number.')
      return undefined
    }
    return v
  }
  const text: Check = (path, v): LanguageMap => {
    if (!isObject(v)) {
      report(path, 'wrong-type', 'Expected texts by language, e.g. {"fi": "…", "en": "…"}.')
      return {}
    }
    const result: Record<string, string> = {}
    for (const [key, entry] of Object.entries(v)) {
      if (!textKeys.has(key)) {
        report(`${path}.${key}`, 'unknown-field', 'Languages are fi, sv and en.')
      } else if (typeof entry !== 'string') {
        report(`${path}.${key}`, 'wrong-type', 'Expected a text.')
      } else {
        result[key] = entry
      }
    }
    return result
  }
  const array =
    (item: Check): Check =>
    (path, v) => {
      if (!Array.isArray(v)) {
        report(path, 'wrong-type', 'Expected a list.')
        return []
      }
      return v.map((entry, index) => item(`${path}[${index}]`, entry))
    }
  const oneOf =
    (...allowed: readonly unknown[]): Check =>
    (path, v) => {
      if (!allowed.includes(v)) {
        report(path, 'invalid-value', `Expected one of: ${allowed.map(String).join(', ')}.`)
        return undefined
      }
      return v
    }
  const location: Check = (path, v): IssuerLocation => {
    const fields = object(path, v, { country: string, region: string }, ['country'])
    return {
      country: (fields?.country as string) ?? '',
      region: fields?.region as string | undefined,
    }
  }
  const skill: Check = (path, v) =>
    object(path, v, { uri: string, kind: oneOf('skill', 'knowledge') }, ['uri', 'kind'])
  const outcome: Check = (path, v): LearningOutcome => {
    const fields = object(path, v, { id: string, text, skills: array(skill) }, ['text'])
    return {
      id:
        (fields?.id as string | undefined) ?? `lo-${Number(/\[(\d+)\]$/.exec(path)?.[1] ?? 0) + 1}`,
      text: (fields?.text as LanguageMap | undefined) ?? {},
      skills: (fields?.skills as LearningOutcome['skills'] | undefined) ?? [],
    }
  }
  const eqfLevel: Check = (path, v) => (v === 'not-applicable' ? v : integer(path, v))
  const stackability: Check = (path, v) => {
    const fields = object(
      path,
      v,
      { kind: oneOf('stand-alone', 'stackable'), towards: array(text) },
      ['kind'],
    )
    return fields?.kind === 'stackable'
      ? { kind: 'stackable', towards: (fields.towards as LanguageMap[] | undefined) ?? [] }
      : { kind: 'stand-alone' }
  }
  const fields = object('', value, {
    title: text,
    summary: text,
    description: text,
    awardingBodyIds: array(string),
    issuerLocations: array(location),
    learningOutcomes: array(outcome),
    ects: number,
    hours: number,
    eqfLevel,
    qfEheaCycle: string,
    nqfLevel: integer,
    iscedField: string,
    assessmentTypes: array(string),
    formsOfParticipation: array(string),
    learningSetting: string,
    supervision: string,
    gradingScheme: string,
    qualityAssurance: (path, v) => {
      const given = object(path, v, { code: string, text }, ['code'])
      return given === undefined ? undefined : { code: given.code ?? '', text: given.text ?? {} }
    },
    prerequisites: text,
    stackability,
    languages: array(string),
    targetGroup: text,
    price: (path, v) =>
      object(path, v, { amountCents: integer, currency: oneOf('EUR') }, [
        'amountCents',
        'currency',
      ]),
    furtherInformation: text,
    links: array((path, v) => {
      const given = object(path, v, { url: string, label: text }, ['url'])
      return { url: given?.url ?? '', label: given?.label ?? {} }
    }),
  })
  if (problems.length > 0 || fields === undefined) {
    return { row, content: undefined, problems }
  }
  return {
    row,
    content: { ...emptySpecificationContent, ...(fields as Partial<SpecificationContent>) },
    problems: [],
  }
}
