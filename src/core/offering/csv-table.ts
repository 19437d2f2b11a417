import { parse } from 'csv-parse/sync'
import { type OfferingProblem, offeringProblem } from './offering-problems.js'

/**
 * One problem of an imported file: its row as a spreadsheet numbers it (header = 1), its column
 * (`path`), code, parameters and English message.
 */
export type RowProblem = { readonly row: number } & OfferingProblem

/** The problem `found` on row `row` of a file. */
export function onRow(row: number, found: OfferingProblem): RowProblem {
  return { row, ...found }
}

/** A column of an import: its name, other names accepted for it (e.g. Finnish), and if required. */
export type CsvColumn<Name extends string> = {
  readonly name: Name
  readonly aliases: readonly string[]
  readonly isRequired: boolean
}

/**
 * Reads a CSV file with a header row into records keyed by the columns' names (aliases mapped to
 * them, header names compared without case), each with its row number. Header problems (a missing
 * required column, an unknown or repeated one, no rows) are all reported at once.
 */
export function readCsvTable<Name extends string>(
  csv: string,
  columns: readonly CsvColumn<Name>[],
):
  | {
      readonly isReadable: true
      readonly rows: readonly { row: number; record: Partial<Record<Name, string>> }[]
    }
  | { readonly isReadable: false; readonly problems: readonly RowProblem[] } {
  let records: string[][]
  try {
    records = parse(csv, {
      bom: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    }) as string[][]
  } catch (error) {
    const line = (error as { lines?: unknown }).lines
    return {
      isReadable: false,
      problems: [
        onRow(
          typeof line === 'number' ? line : 1,
          offeringProblem('', 'csv-unreadable', {
            reason: error instanceof Error ? error.message : String(error),
          }),
        ),
      ],
    }
  }
  const [header = [], ...data] = records
  const problems: RowProblem[] = []
  const byHeader = new Map<string, Name>()
  for (const column of columns) {
    for (const name of [column.name, ...column.aliases]) {
      byHeader.set(name.toLowerCase(), column.name)
    }
  }
  const names: (Name | undefined)[] = header.map((text) => {
    const name = byHeader.get(text.toLowerCase())
    if (name === undefined) {
      problems.push(onRow(1, offeringProblem(text, 'column-unknown', { column: text })))
    }
    return name
  })
  for (const column of columns) {
    const count = names.filter((name) => name === column.name).length
    if (count === 0 && column.isRequired) {
      problems.push(
        onRow(1, offeringProblem(column.name, 'column-missing', { column: column.name })),
      )
    } else if (count > 1) {
      problems.push(
        onRow(1, offeringProblem(column.name, 'column-repeated', { column: column.name })),
      )
    }
  }
  if (data.length === 0) {
    problems.push(onRow(2, offeringProblem('', 'file-empty')))
  }
  if (problems.length > 0) {
    return { isReadable: false, problems }
  }
  return {
    isReadable: true,
    rows: data.map((cells, index) => {
      const record: Partial<Record<Name, string>> = {}
      names.forEach((name, column) => {
        const value = cells[column]
        if (name !== undefined && value !== undefined && value !== '') {
          record[name] = value
        }
      })
      return { row: index + 2, record }
    }),
  }
}
