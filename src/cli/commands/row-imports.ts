import { readFile } from 'node:fs/promises'
import { AppError, isAppError } from '../../core/index.js'

/** The text of a file to import; CLI_USAGE_INVALID when it cannot be read. */
export async function readRowFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch {
    throw new AppError('CLI_USAGE_INVALID', `Cannot read ${file}.`)
  }
}

/**
 * Row problems name rows and columns, not command-line options: lists them in the message, one a
 * line, as `row 3, email: …`.
 */
export function withRowProblemLines(error: unknown): unknown {
  const problems = isAppError(error) ? error.details?.problems : undefined
  if (!isAppError(error) || !Array.isArray(problems)) {
    return error
  }
  const lines = problems.map(
    (problem: { row: number; path: string; message: string }) =>
      `row ${problem.row}${problem.path === '' ? '' : `, ${problem.path}`}: ${problem.message}`,
  )
  // Without details, so that withDeps does not list the problems again under option names.
  return new AppError(error.code, `${error.message}\n  - ${lines.join('\n  - ')}`, {
    cause: error,
  })
}
