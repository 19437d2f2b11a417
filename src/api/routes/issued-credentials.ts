import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import {
  type CredentialStatusAction,
  credentialStatusActions,
  toIssuedCredentialView,
} from '../../core/index.js'
import { changeCredentialStatus, type Deps, getIssuedCredential } from '../../services/index.js'
import { problemResponse } from '../problem.js'

const IdParams = Type.Object({ credentialId: Type.String({ maxLength: 100 }) })
const StatusEntry = Type.Union([
  Type.Object({
    statusListCredential: Type.String(),
    statusListIndex: Type.Integer({ minimum: 0 }),
  }),
  Type.Null(),
])
const IssuedCredentialBody = Type.Object({
  id: Type.String({ format: 'uuid' }),
  organisationId: Type.String({ format: 'uuid' }),
  format: Type.Union(['eddsa-rdfc-2022', 'eddsa-jcs-2022', 'vc+jwt'].map((f) => Type.Literal(f))),
  state: Type.Union(['active', 'suspended', 'revoked'].map((s) => Type.Literal(s))),
  issuedAt: Type.String({ format: 'date-time' }),
  statusChangedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  statusReason: Type.Union([Type.String(), Type.Null()]),
  revocation: StatusEntry,
  suspension: StatusEntry,
  learnerPersonId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  specificationVersionId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  verifiableCredential: Type.Union([
    Type.Object({}, { additionalProperties: true }),
    Type.String({ description: 'a compact VC-JWT' }),
  ]),
})
const failures = {
  400: problemResponse,
  401: problemResponse,
  403: problemResponse,
  404: problemResponse,
}
const summaries: Record<CredentialStatusAction, string> = {
  revoke: 'Revoke the credential, for good (registrars and admins of the issuing organisation)',
  suspend: 'Suspend an active credential (registrars and admins of the issuing organisation)',
  reinstate: 'Lift a suspension (registrars and admins of the issuing organisation)',
}

/** Issued credentials: read one, and revoke, suspend or reinstate it with a reason. */
export const issuedCredentialRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (
  app,
  { deps },
) => {
  app.get(
    '/api/credentials/:credentialId',
    {
      schema: {
        tags: ['credentials'],
        summary: 'An issued credential with its status (staff of the issuing organisation)',
        params: IdParams,
        response: { 200: IssuedCredentialBody, ...failures },
      },
    },
    async (request) =>
      toIssuedCredentialView(
        deps.publicUrl,
        await getIssuedCredential(deps, request.actor, request.params.credentialId),
      ),
  )

  for (const action of credentialStatusActions) {
    app.post(
      `/api/credentials/:credentialId/${action}`,
      {
        schema: {
          tags: ['credentials'],
          summary: summaries[action],
          description:
            'Flips the credential’s bit in its status list and signs the list again; the reason goes to the audit log. A change that does not fit the state answers 409 and changes nothing.',
          params: IdParams,
          body: Type.Object({ reason: Type.String({ minLength: 1, maxLength: 500 }) }),
          response: { 200: IssuedCredentialBody, 409: problemResponse, ...failures },
        },
      },
      async (request) =>
        toIssuedCredentialView(
          deps.publicUrl,
          await changeCredentialStatus(
            deps,
            request.actor,
            request.params.credentialId,
            action,
            request.body.reason,
          ),
        ),
    )
  }
}
