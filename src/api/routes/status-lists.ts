import { createHash } from 'node:crypto'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { type Deps, getStatusListCredential } from '../../services/index.js'
import { problemResponse } from '../problem.js'

// Five minutes: a revocation reaches verifiers that fetch through caches within that time.
const cacheControl = 'public, max-age=300'

/** The status list credentials, public and cacheable, for verifiers anywhere. */
export const statusListRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (
  app,
  { deps },
) => {
  app.get(
    '/status-lists/:listId',
    {
      schema: {
        tags: ['credentials'],
        summary:
          'A signed BitstringStatusListCredential (revocation or suspension); send If-None-Match with its ETag to get 304 while it is unchanged',
        params: Type.Object({ listId: Type.String({ maxLength: 100 }) }),
        response: {
          200: Type.Object(
            {},
            {
              additionalProperties: true,
              description: 'A BitstringStatusListCredential with an eddsa-rdfc-2022 proof',
            },
          ),
          304: Type.Null({ description: 'Not modified since the ETag given in If-None-Match' }),
          404: problemResponse,
        },
      },
    },
    async (request, reply) => {
      const credential = await getStatusListCredential(deps, request.params.listId)
      const etag = entityTag(credential)
      void reply
        .header('cache-control', cacheControl)
        .header('etag', etag)
        .header('access-control-allow-origin', '*')
        .header('access-control-expose-headers', 'etag')
      if (matches(request.headers['if-none-match'], etag)) {
        return reply.status(304).send(null)
      }
      return reply.type('application/vc+ld+json').send(credential)
    },
  )
}

/** A strong ETag: the list credential changes (and is signed again) whenever a bit does. */
function entityTag(credential: unknown): string {
  const digest = createHash('sha256').update(JSON.stringify(credential)).digest('base64url')
  return `"${digest.slice(0, 32)}"`
}

/** If-None-Match uses weak comparison: `W/` prefixes are ignored, `*` matches anything. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) {
    return false
  }
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag)
}
