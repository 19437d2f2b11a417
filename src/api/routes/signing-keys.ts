import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import {
  type Deps,
  listSigningKeys,
  rotateSigningKey,
  type SigningKeySummary,
} from '../../services/index.js'
import { problemResponse } from '../problem.js'

const SlugParams = Type.Object({ slug: Type.String({ maxLength: 63 }) })
const SigningKey = Type.Object({
  id: Type.String({ format: 'uuid' }),
  publicKeyMultibase: Type.String(),
  verificationMethod: Type.String({ description: '<organisation DID>#<publicKeyMultibase>' }),
  createdAt: Type.String({ format: 'date-time' }),
  retiredAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
    description: 'null for the active key',
  }),
})
const failures = {
  400: problemResponse,
  401: problemResponse,
  403: problemResponse,
  404: problemResponse,
}

/** An organisation's signing keys (public halves only): list for staff, rotate for admins. */
export const signingKeyRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (
  app,
  { deps },
) => {
  app.get(
    '/api/organisations/:slug/signing-keys',
    {
      schema: {
        tags: ['administration'],
        summary: 'The organisation’s signing keys, oldest first, retired ones included (staff)',
        params: SlugParams,
        response: { 200: Type.Object({ items: Type.Array(SigningKey) }), ...failures },
      },
    },
    async (request) => ({
      items: (await listSigningKeys(deps, request.actor, request.params.slug)).map(toKeyBody),
    }),
  )

  app.post(
    '/api/organisations/:slug/signing-keys/rotate',
    {
      schema: {
        tags: ['administration'],
        summary:
          'Retire the active signing key and make a new one; the retired key stays in the DID document (admins)',
        params: SlugParams,
        response: {
          201: Type.Object({
            activeKey: SigningKey,
            retiredKey: Type.Union([SigningKey, Type.Null()]),
          }),
          ...failures,
        },
      },
    },
    async (request, reply) => {
      const { activeKey, retiredKey } = await rotateSigningKey(
        deps,
        request.actor,
        request.params.slug,
      )
      return reply.status(201).send({
        activeKey: toKeyBody(activeKey),
        retiredKey: retiredKey === undefined ? null : toKeyBody(retiredKey),
      })
    },
  )
}

function toKeyBody(key: SigningKeySummary) {
  return {
    id: key.id,
    publicKeyMultibase: key.publicKeyMultibase,
    verificationMethod: key.verificationMethod,
    createdAt: key.createdAt.toISOString(),
    retiredAt: key.retiredAt?.toISOString() ?? null,
  }
}
