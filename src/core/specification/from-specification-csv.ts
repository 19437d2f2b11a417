import { parse } from 'csv-parse/sync'
import type { LanguageMap } from '../language.js'
import type { ImportedItem, ImportProblem } from './from-specification-json.js'
import { emptySpecificationContent, type LearningOutcome } from './specification.js'

/**
 * The columns of the CSV template, in the order the example file has them.
 * @see docs/specification-csv-template.md
 */
export const specificationCsvColumns = [
  'title_fi',
  'title_sv',
  'title_en',
  'summary_fi',
  'summary_sv',
  'summary_en',
  'description_fi',
  'description_sv',
  'description_en',
  'country',
  'region',
  'ects',
  'hours',
  'eqf_level',
  'qf_ehea_cycle',
  'nqf_level',
  'isced_field',
  'assessment_types',
  'forms_of_participation',
  'learning_setting',
  'supervision',
  'grading_scheme',
  'quality_assurance_code',
  'quality_assurance_fi',
  'quality_assurance_sv',
  'quality_assurance_en',
  'prerequisites_fi',
  'prerequisites_sv',
  'prerequisites_en',
  'target_group_fi',
  'target_group_sv',
  'target_group_en',
  'languages',
  'price_eur',
  'learning_outcomes_fi',
  'learning_outcomes_sv',
  'learning_outcomes_en',
  'skills',
] as const

type Column = (typeof specificationCsvColumns)[number]
type Row = Partial<Record<Column, string>>

const required: readonly Column[] = ['title_fi', 'title_en']

/**
 * Reads the CSV template: one specification per row, every row's shape problems reported at once.
 * Rows are numbered as a spreadsheet shows them (the header is row 1). Vocabulary values are kept
 * as given; validateSpecification judges them, as for any draft.
 */
export function fromSpecificationCsv(csv: string): {
  readonly items: readonly ImportedItem[]
  readonly problems: readonly ImportProblem[]
} {
  let records: string[][]
  try {
    records = parse(csv, { bom: true, skip_empty_lines: true, trim: true }) as string[][]
  } catch (error) {
    const line = (error as { lines?: unknown }).lines
    return {
      items: [],
      problems: [
        {
          row: typeof line === 'number' ? line : 1,
          path: '',
          code: 'invalid-value',
          message: `Not readable as CSV: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
    }
  }
  const [header = [], ...rows] = records
  const headerProblems: ImportProblem[] = []
  const known = new Set<string>(specificationCsvColumns)
  for (const name of header) {
    if (!known.has(name)) {
      headerProblems.push({
        row: 1,
        path: name,
        code: 'unknown-field',
        message: `Unknown column "${name}".`,
      })
    }
  }
  if (!header.some((name) => required.includes(name as Column))) {
    headerProblems.push({
      row: 1,
      path: 'title_fi',
      code: 'empty',
      message: 'The header needs a title column (title_fi, title_sv or title_en).',
    })
  }
  if (rows.length === 0) {
    headerProblems.push({
      row: 2,
      path: '',
      code: 'empty',
      message: 'The file has no rows below its header.',
    })
  }
  if (headerProblems.length > 0) {
    return { items: [], problems: headerProblems }
  }
  const items = rows.map((cells, index) => {
    const row: Row = {}
    header.forEach((name, column) => {
      const value = cells[column]
      if (value !== undefined && value !== '') {
        row[name as Column] = value
      }
    })
    return fromRow(row, index + 2, cells.length === header.length)
  })
  return { items, problems: items.flatMap((item) => item.problems) }
}

function fromRow(row: Row, rowNumber: number, hasAllCells: boolean): ImportedItem {
  const problems: ImportProblem[] = []
  const report = (path: string, code: ImportProblem['code'], message: string) =>
    problems.push({ row: rowNumber, path, code, message })
  if (!hasAllCells) {
    report('', 'invalid-value', 'The row does not have as many cells as the header has columns.')
  }
  const text = (prefix: string): LanguageMap => {
    const map: Record<string, string> = {}
    for (const language of ['fi', 'sv', 'en']) {
      const value = row[`${prefix}_${language}` as Column]
      if (value !== undefined) {
        map[language] = value
      }
    }
    return map
  }
  const decimal = (column: Column): number | undefined => {
    const value = row[column]
    if (value === undefined) {
      return undefined
    }
    const number = Number(value.replace(',', '.').replace(/\s/g, ''))
    if (!/^\d[\d\s]*([.,]\d+)?$/.test(value) || !Number.isFinite(number)) {
      report(column, 'wrong-type', 'Expected a number such as 5 or 2,5.')
      return undefined
    }
    return number
  }
  const whole = (column: Column): number | undefined => {
    const value = decimal(column)
    if (value !== undefined && !Number.isInteger(value)) {
      report(column, 'wrong-type', 'Expected a whole number.')
      return undefined
    }
    return value
  }
  const list = (column: Column): string[] =>
    (row[column] ?? '')
      .split(';')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '')

  const title = text('title')
  if (Object.keys(title).length === 0) {
    report('title_fi', 'empty', 'Each row needs a title in at least one language.')
  }
  const eqfLevel =
    row.eqf_level === 'not-applicable' ? ('not-applicable' as const) : whole('eqf_level')
  const priceEuros = decimal('price_eur')
  const ects = decimal('ects')
  const hours = decimal('hours')
  const nqfLevel = whole('nqf_level')

  const outcomeTexts = (['fi', 'sv', 'en'] as const).map(
    (language) => [language, splitOutcomes(row[`learning_outcomes_${language}`])] as const,
  )
  const outcomeCount = Math.max(...outcomeTexts.map(([, texts]) => texts.length))
  for (const [language, texts] of outcomeTexts) {
    if (texts.length > 0 && texts.length !== outcomeCount) {
      report(
        `learning_outcomes_${language}`,
        'invalid-value',
        `Has ${texts.length} outcomes where another language has ${outcomeCount}; separate outcomes with " | ".`,
      )
    }
  }
  const skillGroups = splitOutcomes(row.skills, true)
  if (skillGroups.length > outcomeCount) {
    report(
      'skills',
      'invalid-value',
      `Names skills for ${skillGroups.length} outcomes, but the row has ${outcomeCount}.`,
    )
  }
  const learningOutcomes: LearningOutcome[] = Array.from({ length: outcomeCount }, (_, index) => ({
    id: `lo-${index + 1}`,
    text: Object.fromEntries(
      outcomeTexts.flatMap(([language, texts]) =>
        texts[index] === undefined ? [] : [[language, texts[index]]],
      ),
    ),
    skills: (skillGroups[index] ?? '')
      .split(';')
      .map((uri) => uri.trim())
      .filter((uri) => uri !== '')
      .map((uri) => ({ uri, kind: uri.includes('/esco/knowledge/') ? 'knowledge' : 'skill' })),
  }))
  const qualityAssurance = text('quality_assurance')

  if (problems.length > 0) {
    return { row: rowNumber, content: undefined, problems }
  }
  return {
    row: rowNumber,
    problems: [],
    content: {
      ...emptySpecificationContent,
      title,
      summary: text('summary'),
      description: text('description'),
      issuerLocations:
        row.country === undefined ? [] : [{ country: row.country, region: row.region }],
      learningOutcomes,
      ects,
      hours,
      eqfLevel,
      qfEheaCycle: row.qf_ehea_cycle,
      nqfLevel,
      iscedField: row.isced_field,
      assessmentTypes: list('assessment_types'),
      formsOfParticipation: list('forms_of_participation'),
      learningSetting: row.learning_setting,
      supervision: row.supervision,
      gradingScheme: row.grading_scheme,
      qualityAssurance:
        row.quality_assurance_code === undefined && Object.keys(qualityAssurance).length === 0
          ? undefined
          : { code: row.quality_assurance_code ?? '', text: qualityAssurance },
      prerequisites: text('prerequisites'),
      languages: list('languages'),
      targetGroup: text('target_group'),
      price:
        priceEuros === undefined
          ? undefined
          : { amountCents: Math.round(priceEuros * 100), currency: 'EUR' },
    },
  }
}

/** `a | b | c` → ['a', 'b', 'c']; with `keepEmpty`, an empty group keeps its place. */
function splitOutcomes(value: string | undefined, keepEmpty = false): string[] {
  if (value === undefined) {
    return []
  }
  const parts = value.split('|').map((part) => part.trim())
  return keepEmpty ? parts : parts.filter((part) => part !== '')
}
