import { type LanguageMap, languages } from '../language.js'

/** One part of a stack: what a credential must be to fill it. */
export type StackPart =
  /** A named specification of the catalogue: a credential of any of its versions. */
  | { readonly kind: 'specification'; readonly specificationId: string }
  /** Any `count` different specifications of the list ("any 2 of these 5"). */
  | {
      readonly kind: 'any-of'
      readonly count: number
      readonly specificationIds: readonly string[]
    }
  /** `count` credentials aligned to an ESCO skill, each at EQF `minimumEqfLevel` or above. */
  | {
      readonly kind: 'skill'
      readonly skillUri: string
      readonly minimumEqfLevel: number | undefined
      readonly count: number
    }

/** At least `minimumEcts` of the counted credits come from credentials at EQF `minimumEqfLevel` or above. */
export type StackLevelRule = { readonly minimumEqfLevel: number; readonly minimumEcts: number }

/** How credentials add up to the stack (docs/glossary.md, Stack). */
export type StackRules = {
  readonly parts: readonly StackPart[]
  /** The least ECTS credits of the credentials that count. */
  readonly minimumEcts: number | undefined
  /** Every credential that counts is at this EQF level or above. */
  readonly minimumEqfLevel: number | undefined
  readonly levelRules: readonly StackLevelRule[]
  /** A credential older than this many months (at the time of evaluation) no longer counts. */
  readonly maximumAgeMonths: number | undefined
  /**
   * Issuers (their ids: DIDs or URLs) whose credentials count besides the stack's own
   * organisation: other institutions' credentials, counted only when they verify.
   */
  readonly acceptedIssuers: readonly string[]
}

/** What an institution says about a stack: its name, its description and its rules. */
export type StackDefinition = {
  readonly name: LanguageMap
  readonly description: LanguageMap
  readonly rules: StackRules
}

/** An institution's stack. Published stacks are shown to everyone and can be completed. */
export type Stack = StackDefinition & {
  readonly id: string
  readonly organisationId: string
  readonly isPublished: boolean
  readonly createdAt: Date
  readonly updatedAt: Date
  readonly publishedAt: Date | undefined
}

/** The stable codes of what can be wrong with a stack definition. */
export const stackProblemCodes = [
  'not-an-object',
  'name-missing',
  'text-invalid',
  'parts-missing',
  'parts-too-many',
  'part-kind-unknown',
  'specification-id-invalid',
  'specification-listed-twice',
  'count-invalid',
  'skill-uri-invalid',
  'eqf-level-invalid',
  'ects-invalid',
  'months-invalid',
  'issuer-invalid',
  'specification-unknown',
] as const

export type StackProblemCode = (typeof stackProblemCodes)[number]

/** One thing wrong with a stack definition: the field's `path`, a stable `code`, and the English `message`. */
export type StackProblem = {
  readonly path: string
  readonly code: StackProblemCode
  readonly message: string
}

/** The most parts a stack has: more would be a programme, not a stack. */
export const maximumStackParts = 30
const maximumTextLength = 2000
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const escoSkill = /^https?:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]+$/i
const issuerId = /^(did:[a-z0-9]+:\S+|https:\/\/\S+)$/

/**
 * Checks a stack definition as it arrives (from the API or a form) and reports every problem at
 * once; a definition with none is returned typed. Whether the named specifications exist is the
 * service's to check (it reports `specification-unknown` in the same shape).
 */
export function validateStackDefinition(
  input: unknown,
): { isValid: true; definition: StackDefinition } | { isValid: false; problems: StackProblem[] } {
  const problems: StackProblem[] = []
  const add = (path: string, code: StackProblemCode, message: string) =>
    problems.push({ path, code, message })
  if (!isRecord(input)) {
    add('', 'not-an-object', 'A stack is a JSON object with a name, a description and rules.')
    return { isValid: false, problems }
  }
  const name = languageMapOf(input.name, 'name', add)
  if (name !== undefined && Object.keys(name).length === 0) {
    add('name', 'name-missing', 'Give the stack a name in at least one of fi, sv, en.')
  }
  const description = languageMapOf(input.description ?? {}, 'description', add)
  const rules = isRecord(input.rules) ? input.rules : {}
  const parts = partsOf(rules.parts, add)
  const minimumEcts = optionalNumber(rules.minimumEcts, 'rules.minimumEcts', add, isEcts)
  const minimumEqfLevel = optionalNumber(
    rules.minimumEqfLevel,
    'rules.minimumEqfLevel',
    add,
    isEqfLevel,
  )
  const maximumAgeMonths = optionalNumber(
    rules.maximumAgeMonths,
    'rules.maximumAgeMonths',
    add,
    isMonths,
  )
  const levelRules = levelRulesOf(rules.levelRules, add)
  const acceptedIssuers = issuersOf(rules.acceptedIssuers, add)
  if (problems.length > 0 || name === undefined || description === undefined) {
    return { isValid: false, problems }
  }
  return {
    isValid: true,
    definition: {
      name,
      description,
      rules: {
        parts,
        minimumEcts,
        minimumEqfLevel,
        levelRules,
        maximumAgeMonths,
        acceptedIssuers,
      },
    },
  }
}

/** Every specification a stack's parts name, each once, in the order they are named. */
export function specificationIdsOf(rules: StackRules): string[] {
  const ids = rules.parts.flatMap((part) =>
    part.kind === 'specification'
      ? [part.specificationId]
      : part.kind === 'any-of'
        ? part.specificationIds
        : [],
  )
  return [...new Set(ids)]
}

type Add = (path: string, code: StackProblemCode, message: string) => void

function partsOf(value: unknown, add: Add): StackPart[] {
  if (!Array.isArray(value) || value.length === 0) {
    add('rules.parts', 'parts-missing', 'A stack has at least one part.')
    return []
  }
  if (value.length > maximumStackParts) {
    add('rules.parts', 'parts-too-many', `A stack has at most ${maximumStackParts} parts.`)
    return []
  }
  const parts: StackPart[] = []
  for (const [index, part] of value.entries()) {
    const path = `rules.parts.${index}`
    const kind = isRecord(part) ? part.kind : undefined
    if (!isRecord(part) || (kind !== 'specification' && kind !== 'any-of' && kind !== 'skill')) {
      add(`${path}.kind`, 'part-kind-unknown', 'A part is a specification, any-of or skill part.')
      continue
    }
    if (kind === 'specification') {
      if (!isUuidString(part.specificationId)) {
        add(
          `${path}.specificationId`,
          'specification-id-invalid',
          'Name a specification by its id.',
        )
        continue
      }
      parts.push({ kind, specificationId: part.specificationId.toLowerCase() })
    } else if (kind === 'any-of') {
      const ids = Array.isArray(part.specificationIds) ? part.specificationIds : []
      const valid = ids.filter(isUuidString).map((id) => id.toLowerCase())
      if (ids.length === 0 || valid.length !== ids.length) {
        add(
          `${path}.specificationIds`,
          'specification-id-invalid',
          'List the specifications of the choice by their ids.',
        )
        continue
      }
      if (new Set(valid).size !== valid.length) {
        add(
          `${path}.specificationIds`,
          'specification-listed-twice',
          'List each specification once.',
        )
        continue
      }
      if (!isWholeNumber(part.count) || part.count < 1 || part.count > valid.length) {
        add(
          `${path}.count`,
          'count-invalid',
          `The count is a whole number from 1 to the ${valid.length} specifications listed.`,
        )
        continue
      }
      parts.push({ kind, count: part.count, specificationIds: valid })
    } else {
      const count = part.count ?? 1
      const level = part.minimumEqfLevel ?? undefined
      let isValid = true
      if (typeof part.skillUri !== 'string' || !escoSkill.test(part.skillUri)) {
        add(
          `${path}.skillUri`,
          'skill-uri-invalid',
          'Name an ESCO skill by its URI (http://data.europa.eu/esco/skill/…).',
        )
        isValid = false
      }
      if (level !== undefined && !isEqfLevel(level)) {
        add(`${path}.minimumEqfLevel`, 'eqf-level-invalid', 'An EQF level is a whole number 1–8.')
        isValid = false
      }
      if (!isWholeNumber(count) || count < 1 || count > maximumStackParts) {
        add(
          `${path}.count`,
          'count-invalid',
          `The count is a whole number from 1 to ${maximumStackParts}.`,
        )
        isValid = false
      }
      if (isValid) {
        parts.push({
          kind,
          skillUri: part.skillUri as string,
          minimumEqfLevel: level as number | undefined,
          count: count as number,
        })
      }
    }
  }
  return parts
}

function levelRulesOf(value: unknown, add: Add): StackLevelRule[] {
  if (value === undefined || value === null) {
    return []
  }
  if (!Array.isArray(value)) {
    add('rules.levelRules', 'eqf-level-invalid', 'Level rules are a list.')
    return []
  }
  const rules: StackLevelRule[] = []
  for (const [index, rule] of value.entries()) {
    const path = `rules.levelRules.${index}`
    const level = isRecord(rule) ? rule.minimumEqfLevel : undefined
    const ects = isRecord(rule) ? rule.minimumEcts : undefined
    if (!isEqfLevel(level)) {
      add(`${path}.minimumEqfLevel`, 'eqf-level-invalid', 'An EQF level is a whole number 1–8.')
    }
    if (!isEcts(ects) || ects === 0) {
      add(`${path}.minimumEcts`, 'ects-invalid', 'Credits are a number above 0 and at most 600.')
    }
    if (isEqfLevel(level) && isEcts(ects) && ects > 0) {
      rules.push({ minimumEqfLevel: level, minimumEcts: ects })
    }
  }
  return rules
}

function issuersOf(value: unknown, add: Add): string[] {
  if (value === undefined || value === null) {
    return []
  }
  const list = Array.isArray(value) ? value : [value]
  const issuers: string[] = []
  for (const [index, issuer] of list.entries()) {
    if (typeof issuer !== 'string' || !issuerId.test(issuer.trim())) {
      add(
        `rules.acceptedIssuers.${index}`,
        'issuer-invalid',
        'An accepted issuer is named by its id: a DID or an https:// address.',
      )
      continue
    }
    if (!issuers.includes(issuer.trim())) {
      issuers.push(issuer.trim())
    }
  }
  return issuers
}

function languageMapOf(value: unknown, path: string, add: Add): LanguageMap | undefined {
  if (!isRecord(value)) {
    add(path, 'text-invalid', 'Give the text as { fi, sv, en }.')
    return undefined
  }
  const map: LanguageMap = {}
  let isValid = true
  for (const [key, text] of Object.entries(value)) {
    const language = languages.find((known) => known === key)
    if (language === undefined || (typeof text !== 'string' && text !== undefined)) {
      add(`${path}.${key}`, 'text-invalid', 'Texts are strings in fi, sv or en.')
      isValid = false
      continue
    }
    const trimmed = text?.trim() ?? ''
    if (trimmed.length > maximumTextLength) {
      add(`${path}.${key}`, 'text-invalid', `A text has at most ${maximumTextLength} characters.`)
      isValid = false
      continue
    }
    if (trimmed !== '') {
      map[language] = trimmed
    }
  }
  return isValid ? map : undefined
}

function optionalNumber(
  value: unknown,
  path: string,
  add: Add,
  isAllowed: (value: unknown) => value is number,
): number | undefined {
  if (value === undefined || value === null) {
    return undefined
  }
  if (isAllowed(value)) {
    return value
  }
  const [code, message]: [StackProblemCode, string] = path.endsWith('EqfLevel')
    ? ['eqf-level-invalid', 'An EQF level is a whole number 1–8.']
    : path.endsWith('Months')
      ? ['months-invalid', 'The maximum age is a whole number of months, 1–600.']
      : ['ects-invalid', 'Credits are a number from 0 to 600.']
  add(path, code, message)
  return undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isUuidString(value: unknown): value is string {
  return typeof value === 'string' && uuid.test(value)
}

function isWholeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value)
}

function isEqfLevel(value: unknown): value is number {
  return isWholeNumber(value) && value >= 1 && value <= 8
}

function isEcts(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 600
}

function isMonths(value: unknown): value is number {
  return isWholeNumber(value) && value >= 1 && value <= 600
}

/** The two forms of a stack credential (docs/decisions/0028). */
export const stackCredentialFormats = ['clr', 'open-badge'] as const

export type StackCredentialFormat = (typeof stackCredentialFormats)[number]

/** A stack credential a learner claimed: an issued credential of theirs, in the format they chose. */
export type StackCredential = {
  readonly id: string
  readonly stackId: string
  readonly personId: string
  readonly issuedCredentialId: string
  readonly format: StackCredentialFormat
  readonly claimedAt: Date
}
