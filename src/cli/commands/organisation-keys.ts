import type { Command } from 'commander'
import { system } from '../../core/index.js'
import { listSigningKeys, rotateSigningKey, type SigningKeySummary } from '../../services/index.js'
import type { Io } from '../io.js'
import { withDeps } from '../with-deps.js'

/** `osaamo keys list` and `osaamo keys rotate`: an organisation's stored signing keys. */
export function addOrganisationKeyCommands(keys: Command, io: Io): void {
  keys
    .command('list')
    .description(
      "list an organisation's signing keys, retired ones included (public keys only, never secrets)",
    )
    .requiredOption('--organisation <slug>', 'the short name of the organisation')
    .option('--json', 'print JSON instead of one line per key')
    .action(async (options: { organisation: string; json?: boolean }) => {
      const summaries = await withDeps((deps) =>
        listSigningKeys(deps, system, options.organisation),
      )
      if (options.json === true) {
        io.out(JSON.stringify(summaries.map(toJson), null, 2))
      } else if (summaries.length === 0) {
        io.out(`${options.organisation} has no signing key yet; the first is made when it signs.`)
      } else {
        for (const key of summaries) {
          io.out(describeKey(key))
        }
      }
    })

  keys
    .command('rotate')
    .description(
      "retire an organisation's active signing key and make a new one; the retired key stays in " +
        'the DID document so that credentials signed with it keep verifying',
    )
    .requiredOption('--organisation <slug>', 'the short name of the organisation')
    .action(async (options: { organisation: string }) => {
      const { activeKey, retiredKey } = await withDeps((deps) =>
        rotateSigningKey(deps, system, options.organisation),
      )
      if (retiredKey !== undefined) {
        io.out(`Retired ${retiredKey.verificationMethod}.`)
      }
      io.out(`${options.organisation} now signs with ${activeKey.verificationMethod}.`)
    })
}

function describeKey(key: SigningKeySummary): string {
  const state = key.retiredAt === undefined ? 'active' : `retired ${key.retiredAt.toISOString()}`
  return `${key.verificationMethod}: created ${key.createdAt.toISOString()}; ${state}`
}

function toJson(key: SigningKeySummary) {
  return {
    id: key.id,
    publicKeyMultibase: key.publicKeyMultibase,
    verificationMethod: key.verificationMethod,
    createdAt: key.createdAt.toISOString(),
    retiredAt: key.retiredAt?.toISOString() ?? null,
  }
}
