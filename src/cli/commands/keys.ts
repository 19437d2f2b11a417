import type { Command } from 'commander'
import { generateKeyFile } from '../../compose-credentials.js'
import { writeOutput } from '../files.js'
import type { Io } from '../io.js'
import { addOrganisationKeyCommands } from './organisation-keys.js'

type GenerateOptions = { out: string; controller?: string }

export function addKeysCommand(program: Command, io: Io): void {
  const keys = program.command('keys').description('Ed25519 signing keys')

  keys
    .command('generate')
    .description(
      'make a new Ed25519 key and write it as a Multikey JSON object with publicKeyMultibase and ' +
        'secretKeyMultibase; keep the file secret',
    )
    .option('--out <file>', 'where to write the key, or - for standard output', '-')
    .option('--controller <url>', 'the DID or URL that controls the key (adds id and controller)')
    .action(async (options: GenerateOptions) => {
      const key = generateKeyFile(options.controller)
      await writeOutput(options.out, `${JSON.stringify(key, null, 2)}\n`, io, { isSecret: true })
    })

  addOrganisationKeyCommands(keys, io)
}
