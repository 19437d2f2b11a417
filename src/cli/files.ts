import { readFile, writeFile } from 'node:fs/promises'
import { AppError } from '../core/index.js'
import type { Io } from './io.js'

/** Reads all of standard input as UTF-8. */
async function readStandardInput(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** The text of a file, or of standard input for `-`; an unreadable file is a usage error. */
export async function readInput(path: string): Promise<string> {
  if (path === '-') {
    return readStandardInput()
  }
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    throw new AppError('CLI_USAGE_INVALID', `Cannot read ${path}.`, { cause: error })
  }
}

/** The JSON value of a file (or standard input); `invalid` says what to report when it is not. */
export async function readJsonInput(
  path: string,
  invalid: (message: string) => AppError,
): Promise<unknown> {
  const text = await readInput(path)
  try {
    return JSON.parse(text)
  } catch {
    throw invalid(`${path === '-' ? 'Standard input' : path} is not well-formed JSON.`)
  }
}

/** Writes text to a file, or to standard output for `-`. Secret files are readable by the owner only. */
export async function writeOutput(
  path: string,
  text: string,
  io: Io,
  options: { isSecret?: boolean } = {},
): Promise<void> {
  if (path === '-') {
    io.out(text.replace(/\n$/, ''))
    return
  }
  try {
    await writeFile(path, text, { mode: options.isSecret === true ? 0o600 : 0o644 })
  } catch (error) {
    throw new AppError('CLI_USAGE_INVALID', `Cannot write ${path}.`, { cause: error })
  }
}
