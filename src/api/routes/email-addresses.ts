import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import {
  addEmailAddress,
  type Deps,
  removeEmailAddress,
  verifyEmailAddress,
} from '../../services/index.js'
import { problemResponse } from '../problem.js'

const LanguageSchema = Type.Union([Type.Literal('fi'), Type.Literal('sv'), Type.Literal('en')])

/** The signed-in person's e-mail addresses, and verifying one from its link. */
export const emailAddressRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (
  app,
  { deps },
) => {
  app.post(
    '/api/me/email-addresses',
    {
      schema: {
        tags: ['identity'],
        summary:
          'Add an e-mail address; a verification link is mailed to it. The answer is the same whether or not the address is in use elsewhere.',
        body: Type.Object({
          emailAddress: Type.String({ maxLength: 254 }),
          language: Type.Optional(LanguageSchema),
        }),
        response: {
          202: Type.Null(),
          400: problemResponse,
          401: problemResponse,
          403: problemResponse,
        },
      },
    },
    async (request, reply) => {
      await addEmailAddress(deps, request.actor, {
        emailAddress: request.body.emailAddress,
        language: request.body.language ?? 'fi',
      })
      return reply.status(202).send(null)
    },
  )

  app.delete(
    '/api/me/email-addresses/:emailAddress',
    {
      schema: {
        tags: ['identity'],
        summary: 'Remove one of your e-mail addresses (not the last verified one)',
        params: Type.Object({ emailAddress: Type.String({ maxLength: 254 }) }),
        response: {
          204: Type.Null(),
          401: problemResponse,
          403: problemResponse,
          404: problemResponse,
          409: problemResponse,
        },
      },
    },
    async (request, reply) => {
      await removeEmailAddress(deps, request.actor, request.params.emailAddress)
      return reply.status(204).send(null)
    },
  )

  app.post(
    '/api/email-verifications',
    {
      config: { isCsrfExempt: true },
      schema: {
        tags: ['identity'],
        summary: 'Verify an e-mail address with the token from its link (works once, for 24 hours)',
        body: Type.Object({ token: Type.String({ minLength: 1, maxLength: 200 }) }),
        response: { 200: Type.Object({ emailAddress: Type.String() }), 400: problemResponse },
      },
    },
    async (request) => verifyEmailAddress(deps, request.body.token),
  )
}
