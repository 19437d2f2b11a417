import { parse } from 'csv-parse/sync'

/** One problem of an imported file: its row as a spreadsheet numbers it (header = 1), field, text. */
export type RowProblem = { readonly row: number; readonly path: string; readonly message: string }

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
        {
          row: typeof line === 'number' ? line : 1,
          path: '',
          message: `Not readable as CSV: ${error instanceof Error ? error.message : String(error)}`,
        },
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
      problems.push({ row: 1, path: text, message: `Unknown column "${text}".` })
    }
    return name
  })
  for (const column of columns) {
    const count = names.filter((name) => name === column.name).length
    if (count === 0 && column.isRequired) {
      problems.push({
        row: 1,
        path: column.name,
        message: `The column "${column.name}" is missing.`,
      })
    } else if (count > 1) {
      problems.push({
        row: 1,
        path: column.name,
        message: `The column "${column.name}" is repeated.`,
      })
    }
  }
  if (data.length === 0) {
    problems.push({ row: 2, path: '', message: 'The file has no rows below its header.' })
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
