import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { type Deps, getHealth } from '../../services/index.js'

export const HealthSchema = Type.Object(
  {
    status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
    database: Type.Object({
      kind: Type.Union([Type.Literal('embedded'), Type.Literal('server')]),
      isReachable: Type.Boolean(),
    }),
  },
  { $id: 'Health' },
)

/** GET /healthz: 200 when this process can serve, 503 when its database does not answer. */
export const healthRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['operations'],
        summary: 'Whether this process and its database are able to serve',
        response: { 200: Type.Ref('Health'), 503: Type.Ref('Health') },
      },
    },
    async (_request, reply) => {
      const health = await getHealth(deps)
      void reply.header('cache-control', 'no-store')
      return reply.status(health.status === 'ok' ? 200 : 503).send(health)
    },
  )
}
