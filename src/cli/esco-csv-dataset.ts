import { createReadStream } from 'node:fs'
import { access } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { type Info, parse } from 'csv-parse'
import {
  AppError,
  type EscoDataset,
  type EscoFile,
  type EscoRecord,
  escoFiles,
} from '../core/index.js'

/**
 * ESCO's CSV download in a folder (the unzipped files, named as ESCO names them), read as a
 * stream: quoted fields may span lines, and the relations file has 124,000 rows.
 */
export function createEscoCsvDataset(folder: string): EscoDataset {
  const source = resolve(folder)
  const pathOf = (file: EscoFile) => join(source, escoFiles[file].name)
  return {
    source,
    async readHeaders() {
      const files = Object.keys(escoFiles) as EscoFile[]
      const headers = await Promise.all(files.map((file) => readHeader(pathOf(file))))
      return Object.fromEntries(files.map((file, index) => [file, headers[index]])) as Record<
        EscoFile,
        readonly string[] | undefined
      >
    },
    async *readRows(file) {
      const parser = createReadStream(pathOf(file)).pipe(
        parse({ columns: true, bom: true, info: true, skip_empty_lines: true }),
      )
      try {
        for await (const { record, info } of parser as AsyncIterable<{
          record: EscoRecord
          info: Info
        }>) {
          yield { line: info.lines, record }
        }
      } catch (error) {
        throw new AppError(
          'ESCO_IMPORT_INVALID',
          `The ESCO file ${escoFiles[file].name} in ${source} is not valid CSV: ${error instanceof Error ? error.message : String(error)}`,
          { cause: error, details: { source, file: escoFiles[file].name } },
        )
      }
    },
  }
}

/** The first row of a CSV file, or undefined when there is no such file. */
async function readHeader(path: string): Promise<readonly string[] | undefined> {
  try {
    await access(path)
  } catch {
    return undefined
  }
  const stream = createReadStream(path)
  const parser = stream.pipe(parse({ bom: true, to_line: 1 }))
  try {
    for await (const row of parser as AsyncIterable<string[]>) {
      return row.map((column) => column.trim())
    }
    return []
  } finally {
    stream.destroy()
  }
}
