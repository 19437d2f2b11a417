import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { type Deps, signInWithPassword, signOut, signOutEverywhere } from '../../services/index.js'
import { clearSessionCookie, setSessionCookie } from '../authentication.js'
import { problemResponse } from '../problem.js'

/** Signing in with a password, and signing out (here or everywhere). */
export const authRoutes: FastifyPluginAsyncTypebox<{ deps: Deps; isSecure: boolean }> = async (
  app,
  { deps, isSecure },
) => {
  app.post(
    '/api/auth/sign-in',
    {
      config: { isCsrfExempt: true },
      schema: {
        tags: ['identity'],
        summary: 'Sign in with an e-mail address and a password; sets the session cookie',
        body: Type.Object({
          emailAddress: Type.String({ minLength: 1, maxLength: 254 }),
          password: Type.String({ minLength: 1, maxLength: 200 }),
        }),
        response: {
          200: Type.Object({ person: Type.Ref('PersonSummary'), csrfToken: Type.String() }),
          401: problemResponse,
          429: problemResponse,
        },
      },
    },
    async (request, reply) => {
      const { session, token, displayName } = await signInWithPassword(deps, {
        ...request.body,
        clientAddress: request.ip,
      })
      setSessionCookie(reply, token, isSecure)
      return {
        person: { id: session.personId, displayName },
        csrfToken: session.csrfToken,
      }
    },
  )

  app.post(
    '/api/auth/sign-out',
    {
      schema: {
        tags: ['identity'],
        summary: 'End this session',
        response: { 204: Type.Null(), 401: problemResponse, 403: problemResponse },
      },
    },
    async (request, reply) => {
      await signOut(deps, request.actor)
      clearSessionCookie(reply, isSecure)
      return reply.status(204).send(null)
    },
  )

  app.post(
    '/api/auth/sign-out-everywhere',
    {
      schema: {
        tags: ['identity'],
        summary: 'End every session of the signed-in person, on every device',
        response: {
          200: Type.Object({ endedSessions: Type.Integer() }),
          401: problemResponse,
          403: problemResponse,
        },
      },
    },
    async (request, reply) => {
      const endedSessions = await signOutEverywhere(deps, request.actor)
      clearSessionCookie(reply, isSecure)
      return { endedSessions }
    },
  )
}
