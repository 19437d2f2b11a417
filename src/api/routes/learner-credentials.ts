import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { languages } from '../../core/index.js'
import {
  type Deps,
  downloadIssuedCredential,
  listMyCredentials,
  type MyCredential,
} from '../../services/index.js'
import { problemResponse } from '../problem.js'

/** One credential in the signed-in person's own list. */
export const MyCredentialSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    achievementName: Type.String(),
    issuerName: Type.String(),
    issuedAt: Type.String({ format: 'date-time' }),
    state: Type.Union([Type.Literal('active'), Type.Literal('suspended'), Type.Literal('revoked')]),
    format: Type.Union([
      Type.Literal('eddsa-rdfc-2022'),
      Type.Literal('eddsa-jcs-2022'),
      Type.Literal('vc+jwt'),
    ]),
    links: Type.Object({
      json: Type.String({ description: 'The signed credential as a file (this API)' }),
      pdf: Type.Union([Type.String(), Type.Null()], {
        description: 'The printable certificate of an Open Badge; null for other credentials',
      }),
    }),
  },
  { description: 'A credential in its learner’s own list' },
)

/** The API's form of a learner's credential summary. */
export function toMyCredentialBody(credential: MyCredential) {
  return {
    id: credential.id,
    achievementName: credential.achievementName,
    issuerName: credential.issuerName,
    issuedAt: credential.issuedAt.toISOString(),
    state: credential.state,
    format: credential.format,
    links: { json: credential.downloadPath, pdf: credential.certificatePath ?? null },
  }
}

const LanguageQuery = Type.Object({
  language: Type.Optional(
    Type.Union(
      languages.map((code) => Type.Literal(code)),
      { description: 'fi (default), sv or en: for names that have several languages' },
    ),
  ),
})

/** A learner's own credentials: the list that starts the portfolio, and each as a file. */
export const learnerCredentialRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (
  app,
  { deps },
) => {
  app.get(
    '/api/me/credentials',
    {
      schema: {
        tags: ['credentials'],
        summary:
          'The credentials of the signed-in person, newest first (issued to them or claimed)',
        querystring: LanguageQuery,
        response: {
          200: Type.Object({ items: Type.Array(MyCredentialSchema) }),
          401: problemResponse,
          403: problemResponse,
        },
      },
    },
    async (request, reply) => {
      const credentials = await listMyCredentials(deps, request.actor, request.query.language)
      void reply.header('cache-control', 'no-store')
      return { items: credentials.map(toMyCredentialBody) }
    },
  )

  app.get(
    '/api/credentials/:credentialId/download',
    {
      schema: {
        tags: ['credentials'],
        summary:
          'The signed credential as a file (the learner it is linked to, or staff of the issuing organisation)',
        description:
          'A Data Integrity credential as `application/vc+ld+json` (`<achievement>-<id>.json`), a VC-JWT as `application/vc+jwt` (`<achievement>-<id>.jwt`), exactly as signed. Anyone else gets 404, as for an unknown id.',
        params: Type.Object({ credentialId: Type.String({ maxLength: 100 }) }),
        response: {
          200: {
            description: 'The signed credential',
            content: {
              'application/vc+ld+json': { schema: { type: 'object' } },
              'application/vc+jwt': { schema: { type: 'string' } },
            },
          },
          401: problemResponse,
          403: problemResponse,
          404: problemResponse,
        },
      },
    },
    async (request, reply) => {
      const download = await downloadIssuedCredential(
        deps,
        request.actor,
        request.params.credentialId,
      )
      return reply
        .header('content-type', download.mediaType)
        .header('content-disposition', `attachment; filename="${download.fileName}"`)
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(download.content))
    },
  )
}
