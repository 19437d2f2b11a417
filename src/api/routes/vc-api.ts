import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { AppError, proofFormats } from '../../core/index.js'
import {
  type Deps,
  issueThroughVcApi,
  updateStatusThroughVcApi,
  verifyCredential,
} from '../../services/index.js'
import { problemResponse } from '../problem.js'
import { VerificationReportSchema } from '../verification-schemas.js'

// The documents are defined by the VC Data Model and Open Badges, not restated here.
const Document = Type.Object({}, { additionalProperties: true })
const IssueBody = Type.Object({
  credential: Document,
  options: Type.Optional(
    Type.Object(
      {
        cryptosuite: Type.Optional(
          Type.Union(
            proofFormats.map((format) => Type.Literal(format)),
            {
              description: 'eddsa-rdfc-2022 (default), eddsa-jcs-2022, or vc+jwt',
            },
          ),
        ),
        credentialStatus: Type.Optional(
          Type.Object({ type: Type.String({ description: 'BitstringStatusListEntry' }) }),
        ),
      },
      { additionalProperties: true },
    ),
  ),
})
const VerifyBody = Type.Object({
  verifiableCredential: Type.Union([Document, Type.String({ description: 'a compact VC-JWT' })]),
  options: Type.Optional(Type.Object({}, { additionalProperties: true })),
})
const StatusBody = Type.Object({
  credentialId: Type.String({ minLength: 1, maxLength: 200 }),
  credentialStatus: Type.Array(
    Type.Object({
      type: Type.String(),
      statusPurpose: Type.Union([Type.Literal('revocation'), Type.Literal('suspension')]),
      status: Type.Union([Type.Boolean(), Type.Integer(), Type.String()]),
    }),
    { minItems: 1, maxItems: 1 },
  ),
  reason: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
})
// The VC API answer adds VCALM's problemDetails (empty when verified) to the report.
const Report = Type.Object({
  ...VerificationReportSchema.properties,
  problemDetails: Type.Array(Type.Unknown()),
})

/**
 * The W3C VC API endpoints, in the shapes the W3C test suites use: issue (API token), verify
 * (public; 200 only when verified, 422 with the report otherwise) and status.
 */
export const vcApiRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/credentials/issue',
    {
      schema: {
        tags: ['credentials'],
        summary: 'Sign a VC 2.0 credential with the API token organisation’s key',
        body: IssueBody,
        response: {
          201: Type.Object({ verifiableCredential: Type.Union([Document, Type.String()]) }),
          400: problemResponse,
          401: problemResponse,
          403: problemResponse,
          422: problemResponse,
        },
      },
    },
    async (request, reply) => {
      const issued = await issueThroughVcApi(deps, request.actor, request.body)
      return reply.code(201).send({ verifiableCredential: issued.verifiableCredential })
    },
  )

  app.post(
    '/credentials/verify',
    {
      schema: {
        tags: ['credentials'],
        summary:
          'Verify a credential: 200 with every check when it passes, 422 with the report when not',
        body: VerifyBody,
        response: { 200: Report, 400: problemResponse, 422: problemResponse },
      },
    },
    async (request) => {
      const report = await verifyCredential(deps, request.body.verifiableCredential)
      const failed = report.checks.filter((check) => check.outcome === 'failed')
      if (!report.verified) {
        throw new AppError(
          'CREDENTIAL_NOT_VERIFIED',
          failed.map((check) => check.message.en ?? check.code).join(' '),
          { details: { report } },
        )
      }
      return { ...report, problemDetails: [] }
    },
  )

  app.post(
    '/credentials/status',
    {
      schema: {
        tags: ['credentials'],
        summary: 'Revoke, suspend or reinstate a credential this installation issued',
        body: StatusBody,
        response: {
          200: Type.Object({ credentialId: Type.String(), state: Type.String() }),
          400: problemResponse,
          401: problemResponse,
          403: problemResponse,
          404: problemResponse,
          409: problemResponse,
        },
      },
    },
    async (request) => updateStatusThroughVcApi(deps, request.actor, request.body),
  )
}
