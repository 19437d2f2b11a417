import type { LanguageMap } from '../language.js'
import { languages } from '../language.js'
import { type RecognitionProblem, recognitionProblem } from './recognition-problems.js'

/** What a credential can be recognised towards. */
export const recognitionTargetKinds = ['course', 'module', 'degree'] as const
export type RecognitionTargetKind = (typeof recognitionTargetKinds)[number]

/** The details of a recognition target, as a registrar gives them or a curriculum CSV has them. */
export type RecognitionTargetDetails = {
  readonly code: string
  readonly name: LanguageMap
  readonly ects: number
  /** EQF level 1–8, when the curriculum states one. */
  readonly eqfLevel: number | undefined
  readonly learningOutcomes: readonly string[]
  readonly skillUris: readonly string[]
  readonly kind: RecognitionTargetKind
}

/**
 * A course, module or degree of an institution that credentials can be recognised towards
 * (hyväksiluku): its code in the institution's curriculum, name, ECTS credits, level, learning
 * outcomes and ESCO skills.
 */
export type RecognitionTarget = RecognitionTargetDetails & {
  readonly id: string
  readonly organisationId: string
  readonly createdAt: Date
  readonly updatedAt: Date
}

export const recognitionLimits = {
  codeLength: 40,
  nameLength: 300,
  minEcts: 0.5,
  maxEcts: 400,
  outcomes: 40,
  outcomeLength: 1000,
  skills: 100,
  justificationLength: 4000,
} as const

const codePattern = /^[\p{L}\p{N}][\p{L}\p{N}._/-]*$/u
const escoSkillPattern = /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]{36}$/

/** Details as given: not yet checked. */
export type RecognitionTargetInput = {
  readonly code?: unknown
  readonly name?: unknown
  readonly ects?: unknown
  readonly eqfLevel?: unknown
  readonly learningOutcomes?: unknown
  readonly skillUris?: unknown
  readonly kind?: unknown
}

/**
 * Checks a target's details and reports every problem at once; ECTS may be written with a
 * decimal comma, as Finnish curricula do.
 */
export function checkRecognitionTarget(
  input: RecognitionTargetInput,
):
  | { isValid: true; details: RecognitionTargetDetails }
  | { isValid: false; problems: RecognitionProblem[] } {
  const problems: RecognitionProblem[] = []
  const code = typeof input.code === 'string' ? input.code.trim() : ''
  if (code.length > recognitionLimits.codeLength || !codePattern.test(code)) {
    problems.push(recognitionProblem('code', 'code-invalid', { max: recognitionLimits.codeLength }))
  }
  const name: Record<string, string> = {}
  const givenName = typeof input.name === 'string' ? { fi: input.name } : input.name
  if (typeof givenName === 'object' && givenName !== null) {
    for (const language of languages) {
      const text = (givenName as Record<string, unknown>)[language]
      if (typeof text === 'string' && text.trim() !== '') {
        name[language] = text.trim()
        if (text.trim().length > recognitionLimits.nameLength) {
          problems.push(
            recognitionProblem(`name.${language}`, 'name-too-long', {
              max: recognitionLimits.nameLength,
            }),
          )
        }
      }
    }
  }
  if (Object.keys(name).length === 0) {
    problems.push(recognitionProblem('name', 'name-missing'))
  }
  const ects = numberOf(input.ects)
  if (ects === undefined || ects < recognitionLimits.minEcts || ects > recognitionLimits.maxEcts) {
    problems.push(
      recognitionProblem('ects', 'ects-invalid', {
        min: recognitionLimits.minEcts,
        max: recognitionLimits.maxEcts,
      }),
    )
  }
  let eqfLevel: number | undefined
  if (input.eqfLevel !== undefined && input.eqfLevel !== null && input.eqfLevel !== '') {
    eqfLevel = numberOf(input.eqfLevel)
    if (eqfLevel === undefined || !Number.isInteger(eqfLevel) || eqfLevel < 1 || eqfLevel > 8) {
      problems.push(recognitionProblem('eqfLevel', 'level-invalid'))
    }
  }
  const outcomes = stringsOf(input.learningOutcomes)
  if (outcomes.length === 0) {
    problems.push(recognitionProblem('learningOutcomes', 'outcomes-missing'))
  } else if (outcomes.length > recognitionLimits.outcomes) {
    problems.push(
      recognitionProblem('learningOutcomes', 'outcomes-too-many', {
        max: recognitionLimits.outcomes,
      }),
    )
  }
  outcomes.forEach((outcome, index) => {
    if (outcome.length > recognitionLimits.outcomeLength) {
      problems.push(
        recognitionProblem(`learningOutcomes.${index}`, 'outcome-too-long', {
          max: recognitionLimits.outcomeLength,
        }),
      )
    }
  })
  const skillUris = [...new Set(stringsOf(input.skillUris))]
  if (skillUris.length > recognitionLimits.skills) {
    problems.push(
      recognitionProblem('skillUris', 'skills-too-many', { max: recognitionLimits.skills }),
    )
  }
  skillUris.forEach((uri, index) => {
    if (!escoSkillPattern.test(uri)) {
      problems.push(recognitionProblem(`skillUris.${index}`, 'skill-uri-invalid', { value: uri }))
    }
  })
  const kind = input.kind === undefined || input.kind === '' ? 'course' : input.kind
  if (!(recognitionTargetKinds as readonly unknown[]).includes(kind)) {
    problems.push(
      recognitionProblem('kind', 'kind-unknown', {
        value: String(kind),
        allowed: recognitionTargetKinds.join(', '),
      }),
    )
  }
  if (problems.length > 0) {
    return { isValid: false, problems }
  }
  return {
    isValid: true,
    details: {
      code,
      name,
      ects: ects ?? 0,
      eqfLevel,
      learningOutcomes: outcomes,
      skillUris,
      kind: kind as RecognitionTargetKind,
    },
  }
}

/** A number, or a numeral with a decimal point or comma ("2,5"). */
function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : undefined
  }
  if (typeof value === 'string' && /^\s*\d+([.,]\d+)?\s*$/.test(value)) {
    return Number(value.trim().replace(',', '.'))
  }
  return undefined
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value)
    ? value
        .filter((entry): entry is string => typeof entry === 'string')
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '')
    : []
}
