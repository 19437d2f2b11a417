import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { AuditEntry } from '../../core/index.js'
import {
  type ApiTokenSummary,
  addMember,
  createApiToken,
  type Deps,
  getOrganisation,
  grantRoles,
  listApiTokens,
  listAuditEntries,
  listMembers,
  revokeApiToken,
} from '../../services/index.js'
import { problemResponse } from '../problem.js'

const SlugParams = Type.Object({ slug: Type.String({ maxLength: 63 }) })
const deniedResponses = {
  400: problemResponse,
  401: problemResponse,
  403: problemResponse,
  404: problemResponse,
}

/** An organisation's people, roles, API tokens and audit log: for its admins. */
export const organisationAdminRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (
  app,
  { deps },
) => {
  app.get(
    '/api/organisations/:slug/members',
    {
      schema: {
        tags: ['administration'],
        summary: 'The people of the organisation and their roles',
        params: SlugParams,
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                person: Type.Ref('PersonSummary'),
                emailAddresses: Type.Array(Type.String()),
                roles: Type.Array(Type.Ref('Role')),
              }),
            ),
          }),
          ...deniedResponses,
        },
      },
    },
    async (request) => {
      const organisation = await getOrganisation(deps, request.params.slug)
      const members = await listMembers(deps, request.actor, organisation.id)
      return {
        items: members.map((member) => ({
          person: { id: member.person.id, displayName: member.person.displayName },
          emailAddresses: member.emailAddresses.map((address) => address.address),
          roles: [...member.roles],
        })),
      }
    },
  )

  app.post(
    '/api/organisations/:slug/members',
    {
      schema: {
        tags: ['administration'],
        summary:
          'Add a person to the organisation by a verified e-mail address of their account, with at least one role; they are told by mail',
        params: SlugParams,
        body: Type.Object({
          emailAddress: Type.String({ maxLength: 320 }),
          roles: Type.Array(Type.String(), { maxItems: 6 }),
          language: Type.Optional(
            Type.String({ description: 'fi, sv or en: the mail’s language' }),
          ),
        }),
        response: {
          201: Type.Object({
            person: Type.Ref('PersonSummary'),
            roles: Type.Array(Type.Ref('Role')),
          }),
          409: problemResponse,
          ...deniedResponses,
        },
      },
    },
    async (request, reply) => {
      const organisation = await getOrganisation(deps, request.params.slug)
      const added = await addMember(deps, request.actor, {
        organisationId: organisation.id,
        ...request.body,
      })
      reply.code(201)
      return {
        person: { id: added.personId, displayName: added.displayName },
        roles: [...added.roles],
      }
    },
  )

  app.put(
    '/api/organisations/:slug/members/:personId',
    {
      schema: {
        tags: ['administration'],
        summary: 'Set a person’s roles in the organisation (an empty list ends the membership)',
        params: Type.Object({
          slug: Type.String({ maxLength: 63 }),
          personId: Type.String({ format: 'uuid' }),
        }),
        body: Type.Object({ roles: Type.Array(Type.String(), { maxItems: 6 }) }),
        response: { 200: Type.Object({ roles: Type.Array(Type.Ref('Role')) }), ...deniedResponses },
      },
    },
    async (request) => {
      const organisation = await getOrganisation(deps, request.params.slug)
      const roles = await grantRoles(deps, request.actor, {
        organisationId: organisation.id,
        personId: request.params.personId,
        roles: request.body.roles,
      })
      return { roles: [...roles] }
    },
  )

  app.get(
    '/api/organisations/:slug/api-tokens',
    {
      schema: {
        tags: ['administration'],
        summary: 'The organisation’s API tokens (never their secrets)',
        params: SlugParams,
        response: {
          200: Type.Object({ items: Type.Array(Type.Ref('ApiToken')) }),
          ...deniedResponses,
        },
      },
    },
    async (request) => {
      const organisation = await getOrganisation(deps, request.params.slug)
      return {
        items: (await listApiTokens(deps, request.actor, organisation.id)).map(toApiTokenBody),
      }
    },
  )

  app.post(
    '/api/organisations/:slug/api-tokens',
    {
      schema: {
        tags: ['administration'],
        summary:
          'Create an API token for a machine client; the secret is shown only in this answer',
        params: SlugParams,
        body: Type.Object({
          name: Type.String({ maxLength: 100 }),
          roles: Type.Array(Type.String(), { maxItems: 6 }),
        }),
        response: {
          201: Type.Object({ token: Type.Ref('ApiToken'), secret: Type.String() }),
          ...deniedResponses,
        },
      },
    },
    async (request, reply) => {
      const organisation = await getOrganisation(deps, request.params.slug)
      const { token, secret } = await createApiToken(deps, request.actor, {
        organisationId: organisation.id,
        name: request.body.name,
        roles: request.body.roles,
      })
      void reply.header('cache-control', 'no-store')
      return reply.status(201).send({ token: toApiTokenBody(token), secret })
    },
  )

  app.delete(
    '/api/organisations/:slug/api-tokens/:tokenId',
    {
      schema: {
        tags: ['administration'],
        summary: 'Revoke an API token at once',
        params: Type.Object({
          slug: Type.String({ maxLength: 63 }),
          tokenId: Type.String({ format: 'uuid' }),
        }),
        response: { 200: Type.Ref('ApiToken'), ...deniedResponses },
      },
    },
    async (request) => {
      const organisation = await getOrganisation(deps, request.params.slug)
      const token = await revokeApiToken(deps, request.actor, {
        organisationId: organisation.id,
        tokenId: request.params.tokenId,
      })
      return toApiTokenBody(token)
    },
  )

  app.get(
    '/api/organisations/:slug/audit',
    {
      schema: {
        tags: ['administration'],
        summary: 'The organisation’s audit log, newest first; page with `before`',
        params: SlugParams,
        querystring: Type.Object({
          limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
          before: Type.Optional(Type.Integer({ minimum: 1 })),
        }),
        response: {
          200: Type.Object({ items: Type.Array(Type.Ref('AuditEntry')) }),
          ...deniedResponses,
        },
      },
    },
    async (request) => {
      const organisation = await getOrganisation(deps, request.params.slug)
      const entries = await listAuditEntries(deps, request.actor, {
        organisationId: organisation.id,
        limit: request.query.limit,
        before: request.query.before,
      })
      return { items: entries.map(toAuditEntryBody) }
    },
  )
}

function toApiTokenBody(token: ApiTokenSummary) {
  return {
    id: token.id,
    name: token.name,
    roles: [...token.roles],
    createdAt: token.createdAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  }
}

function toAuditEntryBody(entry: AuditEntry) {
  return {
    position: entry.position,
    occurredAt: entry.occurredAt.toISOString(),
    actor: { kind: entry.actor.kind, id: entry.actor.id ?? null },
    action: entry.action,
    subject: { ...entry.subject },
    previousHash: entry.previousHash,
    hash: entry.hash,
  }
}
