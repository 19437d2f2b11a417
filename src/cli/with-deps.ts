import { compose } from '../compose.js'
import { readConfig } from '../config.js'
import { AppError, isAppError } from '../core/index.js'
import type { Deps } from '../services/index.js'

/**
 * Opens the database of the configuration, runs `work` with its Deps and closes it again. When
 * a use case refuses the input, its problems are added to the error's message, each under the
 * command-line option it came from (`optionNames` maps a field to the option, default `--field`).
 */
export async function withDeps<T>(
  work: (deps: Deps) => Promise<T>,
  optionNames: Readonly<Record<string, string>> = {},
): Promise<T> {
  const config = readConfig()
  const composition = await compose(config)
  try {
    return await work(composition.deps)
  } catch (error) {
    throw withProblemsInMessage(error, optionNames)
  } finally {
    await composition.close()
  }
}

function withProblemsInMessage(
  error: unknown,
  optionNames: Readonly<Record<string, string>>,
): unknown {
  const problems = isAppError(error) ? error.details?.problems : undefined
  if (!isAppError(error) || !Array.isArray(problems) || problems.length === 0) {
    return error
  }
  const lines = problems.filter(isProblem).map(({ path, message }) => {
    const option =
      optionNames[path] ?? `--${path.replaceAll(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`
    return `${option}: ${message}`
  })
  if (lines.length === 0) {
    // Problems that name no option (an ESCO import's files) are in the message already.
    return error
  }
  return new AppError(error.code, `${error.message}\n  - ${lines.join('\n  - ')}`, {
    cause: error,
    ...(error.details === undefined ? {} : { details: error.details }),
  })
}

function isProblem(value: unknown): value is { path: string; message: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'path' in value &&
    typeof value.path === 'string' &&
    'message' in value &&
    typeof value.message === 'string'
  )
}

/** `admin, designer` → ['admin', 'designer']; an empty text is no roles. */
export function parseRoleList(text: string): string[] {
  return text
    .split(',')
    .map((role) => role.trim())
    .filter((role) => role !== '')
}
