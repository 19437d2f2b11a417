import type { Command } from 'commander'
import {
  defaultSigningThreads,
  openSigning,
  readKeyFile,
  signWithKey,
} from '../../compose-credentials.js'
import { AppError, isAppError } from '../../core/index.js'
import { readInput, readJsonInput, writeOutput } from '../files.js'
import type { Io } from '../io.js'

type SignOptions = {
  key: string
  proofOptions: string
  in: string
  out: string
  batch?: boolean
  threads?: string
}

/** Below this many lines a batch is signed in this thread: starting workers would cost more. */
const smallestPooledBatch = 100
/** Signings handed to each worker at a time: enough to keep it busy, few enough to stay small. */
const signingsInFlightPerThread = 32

const usage = (message: string) => new AppError('CLI_USAGE_INVALID', message)
const invalidCredential = (message: string) => new AppError('CREDENTIAL_INVALID', message)

export function addSignCommand(program: Command, io: Io): void {
  program
    .command('sign')
    .description(
      'add a Data Integrity proof (eddsa-rdfc-2022 or eddsa-jcs-2022) to a credential with a ' +
        'key from `osaamo keys generate`; the proof options file holds type, cryptosuite, ' +
        'created, verificationMethod and proofPurpose as in the W3C test vectors',
    )
    .requiredOption('--key <file>', 'the Multikey JSON file with secretKeyMultibase')
    .requiredOption('--proof-options <file>', 'the proof options JSON file')
    .option('--in <file>', 'the credential, or - for standard input', '-')
    .option('--out <file>', 'where to write the signed credential, or - for standard output', '-')
    .option(
      '--batch',
      'read and write NDJSON (one credential a line); nothing is written when any line fails',
    )
    .option(
      '--threads <count>',
      'with --batch: worker threads that sign in parallel (default: one per core for 100 lines or more, else 1)',
    )
    .action(async (options: SignOptions) => {
      const key = readKeyFile(await readJsonInput(options.key, usage))
      const proofOptions = await readJsonInput(options.proofOptions, usage)
      if (options.batch !== true) {
        const credential = await readJsonInput(options.in, invalidCredential)
        const signed = await signWithKey(credential, key, proofOptions)
        await writeOutput(options.out, `${JSON.stringify(signed, null, 2)}\n`, io)
        return
      }
      const lines = (await readInput(options.in))
        .split('\n')
        .map((line, index) => ({ line, number: index + 1 }))
        .filter(({ line }) => line.trim() !== '')
      const threads =
        options.threads === undefined
          ? lines.length < smallestPooledBatch
            ? 1
            : defaultSigningThreads()
          : parseThreads(options.threads)
      const signing = openSigning(threads)
      const signed: string[] = []
      const problems: { number: number; message: string }[] = []
      try {
        const inFlight = threads === 1 ? 1 : threads * signingsInFlightPerThread
        await forEachConcurrently(lines, inFlight, async (entry, at) => {
          try {
            const credential = await signWithKey(parseLine(entry.line), key, proofOptions, signing)
            signed[at] = JSON.stringify(credential)
          } catch (error) {
            if (!isAppError(error)) {
              // Not the line's fault (a worker died): the whole command fails, as it says.
              throw error
            }
            problems.push({
              number: entry.number,
              message: error instanceof Error ? error.message : String(error),
            })
          }
        })
      } finally {
        await signing.close()
      }
      problems.sort((a, b) => a.number - b.number)
      if (problems.length > 0) {
        for (const problem of problems) {
          io.err(`line ${problem.number}: ${problem.message}`)
        }
        throw new AppError(
          'CREDENTIAL_INVALID',
          `${problems.length} of ${lines.length} credentials could not be signed; nothing was written.`,
        )
      }
      await writeOutput(options.out, signed.map((line) => `${line}\n`).join(''), io)
    })
}

function parseThreads(text: string): number {
  const threads = Number(text)
  if (!Number.isInteger(threads) || threads < 1 || threads > 256) {
    throw usage('--threads must be a whole number from 1 to 256.')
  }
  return threads
}

/** Runs `work` on every item, at most `limit` at a time, in the items' order of starting. */
async function forEachConcurrently<T>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0
  const runner = async (): Promise<void> => {
    while (next < items.length) {
      const index = next
      next += 1
      await work(items[index] as T, index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, runner))
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line)
  } catch {
    throw invalidCredential('not well-formed JSON')
  }
}
