import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { osaamoContext, osaamoContextUrl } from '../../core/index.js'

/** The context never changes under its URL (a change is a new version), so caches may keep it. */
const immutable = 'public, max-age=31536000, immutable'

/**
 * GET /contexts/osaamo/credentials/v1: Osaamo's JSON-LD context, the document behind
 * https://w3id.org/osaamo/credentials/v1, for verifiers that do not pin it (docs/decisions/0013).
 */
export const contextRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/contexts/osaamo/credentials/v1',
    {
      schema: {
        tags: ['operations'],
        summary: `Osaamo’s JSON-LD context for credentials (${osaamoContextUrl}), public and immutable`,
        response: {
          200: Type.Object({ '@context': Type.Object({}, { additionalProperties: true }) }),
        },
      },
    },
    async (_request, reply) =>
      reply
        .header('content-type', 'application/ld+json; charset=utf-8')
        .header('cache-control', immutable)
        .header('access-control-allow-origin', '*')
        .send(osaamoContext),
  )
}
