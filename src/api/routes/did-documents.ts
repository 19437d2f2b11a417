import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { type Deps, getDidDocument } from '../../services/index.js'
import { problemResponse } from '../problem.js'

// Rotations show within five minutes; old keys never leave the document, so caches are safe.
const cacheControl = 'public, max-age=300'

/** The organisations' did:web DID documents, public, for verifiers anywhere. */
export const didDocumentRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (
  app,
  { deps },
) => {
  app.get(
    '/organisations/:slug/did.json',
    {
      schema: {
        tags: ['credentials'],
        summary:
          'The organisation’s DID document (did:web): its signing keys as Multikeys, retired ones included',
        params: Type.Object({ slug: Type.String({ maxLength: 63 }) }),
        response: {
          200: Type.Object(
            {
              '@context': Type.Array(Type.String()),
              id: Type.String({ description: 'did:web:<host>:organisations:<slug>' }),
              verificationMethod: Type.Array(
                Type.Object({
                  id: Type.String(),
                  type: Type.Literal('Multikey'),
                  controller: Type.String(),
                  publicKeyMultibase: Type.String(),
                }),
              ),
              assertionMethod: Type.Array(Type.String()),
              authentication: Type.Array(Type.String()),
            },
            { description: 'A DID document (application/did+json)' },
          ),
          404: problemResponse,
        },
      },
    },
    async (request, reply) => {
      const document = await getDidDocument(deps, request.params.slug)
      return reply
        .header('cache-control', cacheControl)
        .header('access-control-allow-origin', '*')
        .type('application/did+json')
        .send(document)
    },
  )
}
