import {
  type Actor,
  type ApiToken,
  AppError,
  roles as allRoles,
  isRole,
  requireRole,
  tokenPrefixes,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { recordAudit } from './record-audit.js'

/** An API token as its organisation's admins see it: never its secret or hash. */
export type ApiTokenSummary = Omit<ApiToken, 'tokenHash'>

function toSummary({ tokenHash: _hash, ...summary }: ApiToken): ApiTokenSummary {
  return summary
}

/**
 * Creates an API token for a machine client (a student information system, a script), scoped to
 * the organisation and the given roles. The secret is returned here once and stored only hashed.
 */
export async function createApiToken(
  deps: Pick<Deps, 'clock' | 'ids' | 'secrets' | 'transaction'>,
  actor: Actor,
  input: { organisationId: string; name: string; roles: readonly string[] },
): Promise<{ token: ApiTokenSummary; secret: string }> {
  requireRole(actor, input.organisationId, ['admin'])
  const problems: { path: string; message: string }[] = []
  if (input.name.trim() === '' || input.name.length > 100) {
    problems.push({
      path: 'name',
      message: 'Give the token a name of 1–100 characters, e.g. the system using it.',
    })
  }
  if (input.roles.length === 0) {
    problems.push({ path: 'roles', message: `Give at least one role: ${allRoles.join(', ')}.` })
  }
  for (const role of input.roles.filter((candidate) => !isRole(candidate))) {
    problems.push({
      path: 'roles',
      message: `Unknown role ${role}; roles are ${allRoles.join(', ')}.`,
    })
  }
  if (problems.length > 0) {
    throw new AppError('REQUEST_INVALID', 'The API token is not valid.', { details: { problems } })
  }
  const secret = deps.secrets.newToken(tokenPrefixes.apiToken)
  const token: ApiToken = {
    id: deps.ids.newId(),
    organisationId: input.organisationId,
    name: input.name.trim(),
    roles: allRoles.filter((role) => input.roles.includes(role)),
    tokenHash: deps.secrets.sha256Hex(secret),
    createdBy: actor.kind === 'person' ? actor.personId : undefined,
    createdAt: deps.clock.now(),
    lastUsedAt: undefined,
    revokedAt: undefined,
  }
  await deps.transaction(async (stores) => {
    await stores.apiTokens.create(token)
    await recordAudit(deps, stores, actor, {
      action: 'api-token.created',
      organisationId: token.organisationId,
      subject: { tokenId: token.id, roles: token.roles.join(',') },
    })
  })
  return { token: toSummary(token), secret }
}

/** The organisation's API tokens, revoked ones included, with when each was last used. */
export async function listApiTokens(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  organisationId: string,
): Promise<ApiTokenSummary[]> {
  requireRole(actor, organisationId, ['admin'])
  return (await deps.stores.apiTokens.listForOrganisation(organisationId)).map(toSummary)
}

/** Revokes a token at once: the next request with it gets 401. Revoking twice changes nothing. */
export async function revokeApiToken(
  deps: Pick<Deps, 'clock' | 'transaction'>,
  actor: Actor,
  input: { organisationId: string; tokenId: string },
): Promise<ApiTokenSummary> {
  requireRole(actor, input.organisationId, ['admin'])
  return deps.transaction(async (stores) => {
    const token = await stores.apiTokens.findById(input.tokenId)
    if (token === undefined || token.organisationId !== input.organisationId) {
      throw new AppError('API_TOKEN_NOT_FOUND')
    }
    if (token.revokedAt !== undefined) {
      return toSummary(token)
    }
    const now = deps.clock.now()
    await stores.apiTokens.revoke(token.id, now)
    await recordAudit(deps, stores, actor, {
      action: 'api-token.revoked',
      organisationId: token.organisationId,
      subject: { tokenId: token.id },
    })
    return toSummary({ ...token, revokedAt: now })
  })
}
