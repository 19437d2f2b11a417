import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import {
  type Deps,
  deleteAccount,
  endSession,
  exportPersonalData,
  getMyAccount,
} from '../../services/index.js'
import { clearSessionCookie } from '../authentication.js'
import { problemResponse } from '../problem.js'

export const MyAccountSchema = Type.Object(
  {
    person: Type.Ref('PersonSummary'),
    emailAddresses: Type.Array(
      Type.Object({
        address: Type.String(),
        isVerified: Type.Boolean(),
        addedAt: Type.String({ format: 'date-time' }),
      }),
    ),
    memberships: Type.Array(
      Type.Object({
        organisation: Type.Object({
          id: Type.String(),
          slug: Type.String(),
          name: Type.Ref('LanguageMap'),
        }),
        roles: Type.Array(Type.Ref('Role')),
      }),
    ),
    sessions: Type.Array(
      Type.Object({
        id: Type.String(),
        createdAt: Type.String({ format: 'date-time' }),
        lastSeenAt: Type.String({ format: 'date-time' }),
        isCurrent: Type.Boolean(),
      }),
    ),
    csrfToken: Type.Union([Type.String(), Type.Null()], {
      description: 'Send in x-csrf-token with every change made with the session cookie',
    }),
  },
  { $id: 'MyAccount' },
)

/** The signed-in person's own account. */
export const meRoutes: FastifyPluginAsyncTypebox<{ deps: Deps; isSecure: boolean }> = async (
  app,
  { deps, isSecure },
) => {
  app.get(
    '/api/me',
    {
      schema: {
        tags: ['identity'],
        summary: 'The signed-in person: e-mail addresses, memberships, sessions and the CSRF token',
        response: { 200: Type.Ref('MyAccount'), 401: problemResponse, 403: problemResponse },
      },
    },
    async (request, reply) => {
      const account = await getMyAccount(deps, request.actor)
      void reply.header('cache-control', 'no-store')
      return {
        person: { id: account.person.id, displayName: account.person.displayName },
        emailAddresses: account.emailAddresses.map((address) => ({
          address: address.address,
          isVerified: address.verifiedAt !== undefined,
          addedAt: address.createdAt.toISOString(),
        })),
        memberships: account.memberships.map((membership) => ({
          organisation: {
            id: membership.organisation.id,
            slug: membership.organisation.slug,
            name: membership.organisation.name,
          },
          roles: [...membership.roles],
        })),
        sessions: account.sessions.map((session) => ({
          id: session.id,
          createdAt: session.createdAt.toISOString(),
          lastSeenAt: session.lastSeenAt.toISOString(),
          isCurrent: session.id === account.currentSessionId,
        })),
        csrfToken: request.session?.csrfToken ?? null,
      }
    },
  )

  app.get(
    '/api/me/export',
    {
      schema: {
        tags: ['identity'],
        summary: 'Download everything Osaamo holds about the signed-in person, as JSON',
        response: {
          200: Type.Object({}, { additionalProperties: true }),
          401: problemResponse,
          403: problemResponse,
        },
      },
    },
    async (request, reply) => {
      const data = await exportPersonalData(deps, request.actor)
      void reply
        .header('cache-control', 'no-store')
        .header('content-disposition', 'attachment; filename="osaamo-personal-data.json"')
      return data
    },
  )

  app.delete(
    '/api/me',
    {
      schema: {
        tags: ['identity'],
        summary: 'Delete the signed-in person’s account; issued credentials stay verifiable',
        response: { 204: Type.Null(), 401: problemResponse, 403: problemResponse },
      },
    },
    async (request, reply) => {
      await deleteAccount(deps, request.actor)
      clearSessionCookie(reply, isSecure)
      return reply.status(204).send(null)
    },
  )

  app.delete(
    '/api/me/sessions/:sessionId',
    {
      schema: {
        tags: ['identity'],
        summary: 'End one of the signed-in person’s sessions',
        params: Type.Object({ sessionId: Type.String({ format: 'uuid' }) }),
        response: {
          204: Type.Null(),
          401: problemResponse,
          403: problemResponse,
          404: problemResponse,
        },
      },
    },
    async (request, reply) => {
      await endSession(deps, request.actor, request.params.sessionId)
      return reply.status(204).send(null)
    },
  )
}
