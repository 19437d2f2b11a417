import type { Command } from 'commander'
import { readKeyFile, signWithKey } from '../../compose-credentials.js'
import { AppError } from '../../core/index.js'
import { readInput, readJsonInput, writeOutput } from '../files.js'
import type { Io } from '../io.js'

type SignOptions = {
  key: string
  proofOptions: string
  in: string
  out: string
  batch?: boolean
}

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
    .action(async (options: SignOptions) => {
      const key = readKeyFile(await readJsonInput(options.key, usage))
      const proofOptions = await readJsonInput(options.proofOptions, usage)
      if (options.batch !== true) {
        const credential = await readJsonInput(options.in, invalidCredential)
        const signed = await signWithKey(credential, key, proofOptions)
        await writeOutput(options.out, `${JSON.stringify(signed, null, 2)}\n`, io)
        return
      }
      const lines = (await readInput(options.in)).split('\n')
      const signed: string[] = []
      const problems: string[] = []
      for (const [index, line] of lines.entries()) {
        if (line.trim() === '') {
          continue
        }
        try {
          signed.push(JSON.stringify(await signWithKey(parseLine(line), key, proofOptions)))
        } catch (error) {
          problems.push(`line ${index + 1}: ${error instanceof Error ? error.message : error}`)
        }
      }
      if (problems.length > 0) {
        for (const problem of problems) {
          io.err(problem)
        }
        throw new AppError(
          'CREDENTIAL_INVALID',
          `${problems.length} of ${signed.length + problems.length} credentials could not be signed; nothing was written.`,
        )
      }
      await writeOutput(options.out, signed.map((line) => `${line}\n`).join(''), io)
    })
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line)
  } catch {
    throw invalidCredential('not well-formed JSON')
  }
}
