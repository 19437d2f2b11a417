import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { proofFormats, supervisionLevels } from '../../core/index.js'
import { type Deps, exportIssuedCredentialAsElm, issueOpenBadge } from '../../services/index.js'
import { problemResponse } from '../problem.js'

const VersionParams = Type.Object({ versionId: Type.String({ format: 'uuid' }) })
const CredentialParams = Type.Object({ credentialId: Type.String({ maxLength: 100 }) })
const Document = Type.Object({}, { additionalProperties: true })
const IssueBody = Type.Object({
  learner: Type.Object({
    name: Type.String({ maxLength: 200 }),
    emailAddress: Type.String({ maxLength: 254 }),
    personId: Type.Optional(Type.String({ format: 'uuid' })),
  }),
  result: Type.Object({
    grade: Type.String({ maxLength: 20, description: '1–5 on the 0–5 scale, or "pass"' }),
    assessedAt: Type.String({ format: 'date-time' }),
    identityVerification: Type.Union(supervisionLevels.map((level) => Type.Literal(level.key))),
    evidence: Type.Optional(
      Type.Array(
        Type.Object({
          url: Type.String({ maxLength: 2000 }),
          name: Type.Optional(Type.String({ maxLength: 200 })),
        }),
        { maxItems: 20 },
      ),
    ),
  }),
  validUntil: Type.Optional(Type.String({ format: 'date-time' })),
  format: Type.Optional(Type.Union(proofFormats.map((format) => Type.Literal(format)))),
  language: Type.Optional(Type.Union(['fi', 'sv', 'en'].map((code) => Type.Literal(code)))),
})

/** Open Badges for learners: issue one for a result, and export an issued one as ELM. */
export const openBadgeRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/api/specification-versions/:versionId/credentials',
    {
      schema: {
        tags: ['credentials'],
        summary:
          'Issue an Open Badges 3.0 credential for a learner’s passing result (registrars and admins)',
        description:
          'Builds the OpenBadgeCredential with every EU element of the published version, checks it against the OB 3.0 JSON Schema, adds revocation and suspension entries and signs it (eddsa-rdfc-2022 unless `format` says otherwise). Every problem is listed at once; nothing is issued then.',
        params: VersionParams,
        body: IssueBody,
        response: {
          201: Type.Object({
            id: Type.String({ format: 'uuid' }),
            verifiableCredential: Type.Union([Document, Type.String()]),
          }),
          400: problemResponse,
          401: problemResponse,
          403: problemResponse,
          404: problemResponse,
        },
      },
    },
    async (request, reply) => {
      const { body } = request
      const issued = await issueOpenBadge(deps, request.actor, {
        specificationVersionId: request.params.versionId,
        learner: body.learner,
        result: {
          ...body.result,
          assessedAt: new Date(body.result.assessedAt),
        },
        validUntil: body.validUntil === undefined ? undefined : new Date(body.validUntil),
        format: body.format,
        language: body.language,
      })
      return reply.code(201).send(issued)
    },
  )

  app.get(
    '/api/credentials/:credentialId/exports/elm',
    {
      schema: {
        tags: ['credentials'],
        summary:
          'An issued credential as an ELM 3 / Europass EuropeanDigitalCredential (staff of the issuing organisation)',
        params: CredentialParams,
        response: {
          200: Document,
          422: problemResponse,
          401: problemResponse,
          403: problemResponse,
          404: problemResponse,
        },
      },
    },
    async (request) =>
      exportIssuedCredentialAsElm(deps, request.actor, request.params.credentialId),
  )
}
