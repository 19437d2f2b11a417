import { existsSync } from 'node:fs'
import { join } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { AppError } from '../core/index.js'

/** Paths the web app never answers: the API and the operational endpoints. */
const nonPagePrefixes = ['/api/', '/docs', '/healthz', '/openapi.json', '/credentials/']

/**
 * Serves the built single-page app: hashed assets with long caching, and index.html for every
 * other page path so that client-side routes survive a reload. Without a build, `/` explains how
 * to make one instead of failing.
 */
export async function serveWebApp(
  app: FastifyInstance,
  webRoot: string | undefined,
): Promise<void> {
  const indexFile = webRoot === undefined ? undefined : join(webRoot, 'index.html')
  if (webRoot === undefined || indexFile === undefined || !existsSync(indexFile)) {
    app.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><html lang="en"><title>Osaamo</title><p>The web app is not built yet: run <code>npm run build:web</code>.</p></html>',
        ),
    )
    return
  }
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    index: false,
    setHeaders: (reply, path) => {
      const isHashedAsset = path.includes('/assets/')
      void reply.header(
        'cache-control',
        isHashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
      )
    },
  })
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/'
    if (nonPagePrefixes.some((prefix) => path.startsWith(prefix))) {
      throw new AppError('ROUTE_NOT_FOUND', `Nothing is at ${request.method} ${path}.`)
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html')
  })
}
