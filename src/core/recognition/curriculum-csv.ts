import { type CsvColumn, readCsvTable } from '../offering/csv-table.js'
import type { RecognitionProblem, RecognitionProblemCode } from './recognition-problems.js'
import { checkRecognitionTarget, type RecognitionTargetDetails } from './recognition-target.js'

type CurriculumColumn =
  | 'code'
  | 'name'
  | 'name_sv'
  | 'name_en'
  | 'ects'
  | 'level'
  | 'learning_outcomes'
  | 'esco_skills'
  | 'kind'

/**
 * The separator of the learning outcomes (and of the ESCO skill URIs) within one cell. Outcomes
 * are sentences with commas and semicolons of their own; a vertical bar appears in none.
 */
export const curriculumListSeparator = '|'

/** The columns of a curriculum import (README, "Recognition"); Finnish header names work too. */
export const curriculumCsvColumns: readonly CsvColumn<CurriculumColumn>[] = [
  { name: 'code', aliases: ['koodi', 'tunniste'], isRequired: true },
  { name: 'name', aliases: ['name_fi', 'nimi'], isRequired: true },
  { name: 'name_sv', aliases: ['nimi_sv', 'namn'], isRequired: false },
  { name: 'name_en', aliases: ['nimi_en'], isRequired: false },
  { name: 'ects', aliases: ['op', 'opintopisteet', 'laajuus'], isRequired: true },
  { name: 'level', aliases: ['eqf', 'taso'], isRequired: false },
  { name: 'learning_outcomes', aliases: ['osaamistavoitteet', 'outcomes'], isRequired: true },
  { name: 'esco_skills', aliases: ['esco', 'taidot'], isRequired: false },
  { name: 'kind', aliases: ['tyyppi'], isRequired: false },
]

/** One course or module of a curriculum import, checked. */
export type CurriculumRow = { readonly row: number; readonly details: RecognitionTargetDetails }

/**
 * Reads a curriculum export (code, name, ECTS, level, learning outcomes separated by `|`, ESCO
 * skill URIs) and checks every row as a recognition target; a code twice in the file is a
 * problem too. Every row's problems are returned at once, numbered as a spreadsheet does.
 */
export function fromCurriculumCsv(csv: string): {
  readonly rows: readonly CurriculumRow[]
  readonly problems: readonly RecognitionProblem[]
} {
  const table = readCsvTable(csv, curriculumCsvColumns)
  if (!table.isReadable) {
    return {
      rows: [],
      // The header problems have the same codes and wording in both tables.
      problems: table.problems.map((problem) => ({
        ...problem,
        code: problem.code as RecognitionProblemCode,
      })),
    }
  }
  const rows: CurriculumRow[] = []
  const problems: RecognitionProblem[] = []
  const rowOfCode = new Map<string, number>()
  for (const { row, record } of table.rows) {
    const checked = checkRecognitionTarget({
      code: record.code ?? '',
      name: { fi: record.name, sv: record.name_sv, en: record.name_en },
      ects: record.ects ?? '',
      eqfLevel: record.level,
      learningOutcomes: listOf(record.learning_outcomes),
      skillUris: listOf(record.esco_skills).flatMap((cell) => cell.split(/\s+/)),
      kind: record.kind?.toLowerCase(),
    })
    if (!checked.isValid) {
      problems.push(
        ...checked.problems.map((problem) => ({ ...problem, row, path: columnOf(problem.path) })),
      )
      continue
    }
    const key = checked.details.code.toLowerCase()
    const firstRow = rowOfCode.get(key)
    if (firstRow !== undefined) {
      problems.push({
        row,
        path: 'code',
        code: 'code-repeated',
        params: { firstRow },
        message: `The same code is on row ${firstRow}.`,
      })
      continue
    }
    rowOfCode.set(key, row)
    rows.push({ row, details: checked.details })
  }
  return { rows: problems.length > 0 ? [] : rows, problems }
}

function listOf(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(curriculumListSeparator)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
}

const columnOfField: Record<string, string> = {
  eqfLevel: 'level',
  learningOutcomes: 'learning_outcomes',
  skillUris: 'esco_skills',
  'name.sv': 'name_sv',
  'name.en': 'name_en',
  'name.fi': 'name',
}

/** The column a target field's problem is in: `learningOutcomes.2` is `learning_outcomes`. */
function columnOf(path: string): string {
  return columnOfField[path] ?? columnOfField[path.split('.')[0] ?? ''] ?? path
}
