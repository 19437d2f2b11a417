import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { type Deps, listOfferingCredentials } from '../../services/index.js'
import { problemResponse } from '../problem.js'

const OfferingCredentialBody = Type.Object({
  id: Type.String({ format: 'uuid' }),
  enrolmentId: Type.String({ format: 'uuid' }),
  displayName: Type.String({ description: 'the learner’s name' }),
  studentNumber: Type.Union([Type.String(), Type.Null()]),
  format: Type.Union(['eddsa-rdfc-2022', 'eddsa-jcs-2022', 'vc+jwt'].map((f) => Type.Literal(f))),
  state: Type.Union(['active', 'suspended', 'revoked'].map((s) => Type.Literal(s))),
  issuedAt: Type.String({ format: 'date-time' }),
  statusChangedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  statusReason: Type.Union([Type.String(), Type.Null()]),
  claimedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
    description: 'when the learner used the claim link; null while unclaimed',
  }),
})
const OfferingParams = Type.Object({ offeringId: Type.String({ format: 'uuid' }) })

/** The credentials issued for an offering: what its registrars revoke, suspend or reinstate. */
export const offeringCredentialRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (
  app,
  { deps },
) => {
  app.get(
    '/api/offerings/:offeringId/credentials',
    {
      schema: {
        tags: ['issuing'],
        summary:
          'The credentials issued for the offering’s enrolments, in the order of enrolment (registrars and admins)',
        description:
          'Each with the learner’s name and student number, its status and reason, and whether the claim link was used. Change a status with `POST /api/credentials/{id}/revoke|suspend|reinstate`.',
        params: OfferingParams,
        response: {
          200: Type.Object({ items: Type.Array(OfferingCredentialBody) }),
          400: problemResponse,
          401: problemResponse,
          403: problemResponse,
          404: problemResponse,
        },
      },
    },
    async (request) => ({
      items: (await listOfferingCredentials(deps, request.actor, request.params.offeringId)).map(
        (item) => ({
          id: item.credential.id,
          enrolmentId: item.enrolmentId,
          displayName: item.displayName,
          studentNumber: item.studentNumber ?? null,
          format: item.credential.format,
          state: item.credential.state,
          issuedAt: item.credential.issuedAt.toISOString(),
          statusChangedAt: item.credential.statusChangedAt?.toISOString() ?? null,
          statusReason: item.credential.statusReason ?? null,
          claimedAt: item.claimedAt?.toISOString() ?? null,
        }),
      ),
    }),
  )
}
