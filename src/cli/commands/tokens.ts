import { type Command, InvalidArgumentError } from 'commander'
import { system } from '../../core/index.js'
import {
  type ApiTokenSummary,
  createApiToken,
  getOrganisation,
  listApiTokens,
  revokeApiToken,
} from '../../services/index.js'
import type { Io } from '../io.js'
import { parseRoleList, withDeps } from '../with-deps.js'

export function addTokensCommand(program: Command, io: Io): void {
  const tokens = program
    .command('tokens')
    .description("create, list and revoke an organisation's API tokens for other systems")

  tokens
    .command('create')
    .description('create an API token and print its secret, once')
    .requiredOption('--org <slug>', 'the short name of the organisation')
    .requiredOption('--name <name>', 'what the token is for, e.g. the system using it')
    .requiredOption(
      '--roles <role,...>',
      'the roles, comma-separated: admin, designer, qa-reviewer, assessor, registrar, partner',
      parseRoleList,
    )
    .action(async (options: { org: string; name: string; roles: string[] }) => {
      const { token, secret } = await withDeps(async (deps) => {
        const organisation = await getOrganisation(deps, options.org)
        return createApiToken(deps, system, {
          organisationId: organisation.id,
          name: options.name,
          roles: options.roles,
        })
      })
      io.out(
        `Created the API token "${token.name}" (${token.id}) in ${options.org} with the roles ${token.roles.join(', ')}.`,
      )
      io.out('Copy its secret now; it will not be shown again:')
      io.out(secret)
    })

  tokens
    .command('list')
    .description("list an organisation's API tokens, revoked ones included (never their secrets)")
    .requiredOption('--org <slug>', 'the short name of the organisation')
    .option('--json', 'print JSON instead of one line per token')
    .action(async (options: { org: string; json?: boolean }) => {
      const summaries = await withDeps(async (deps) => {
        const organisation = await getOrganisation(deps, options.org)
        return listApiTokens(deps, system, organisation.id)
      })
      if (options.json === true) {
        io.out(JSON.stringify(summaries.map(toJson), null, 2))
      } else if (summaries.length === 0) {
        io.out(`${options.org} has no API tokens.`)
      } else {
        for (const token of summaries) {
          io.out(describeToken(token))
        }
      }
    })

  tokens
    .command('revoke')
    .description('revoke an API token at once: the next request with it is refused')
    .requiredOption('--org <slug>', 'the short name of the organisation')
    .requiredOption(
      '--id <tokenId>',
      'the id of the token, as `osaamo tokens list` shows it',
      parseId,
    )
    .action(async (options: { org: string; id: string }) => {
      const token = await withDeps(async (deps) => {
        const organisation = await getOrganisation(deps, options.org)
        return revokeApiToken(deps, system, {
          organisationId: organisation.id,
          tokenId: options.id,
        })
      })
      io.out(`The API token "${token.name}" (${token.id}) is revoked.`)
    })
}

function describeToken(token: ApiTokenSummary): string {
  const lastUsed = token.lastUsedAt === undefined ? 'never' : token.lastUsedAt.toISOString()
  const state =
    token.revokedAt === undefined ? 'active' : `revoked ${token.revokedAt.toISOString()}`
  return `${token.id} "${token.name}": roles ${token.roles.join(', ')}; created ${token.createdAt.toISOString()}; last used ${lastUsed}; ${state}`
}

function toJson(token: ApiTokenSummary) {
  return {
    id: token.id,
    name: token.name,
    roles: token.roles,
    createdAt: token.createdAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  }
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

function parseId(text: string): string {
  if (!uuidPattern.test(text)) {
    throw new InvalidArgumentError('Give the id as `osaamo tokens list` shows it (a UUID).')
  }
  return text.toLowerCase()
}
