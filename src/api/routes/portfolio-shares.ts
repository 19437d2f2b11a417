import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { type Static, Type } from 'typebox'
import { isLanguage, type Language } from '../../core/index.js'
import {
  createShare,
  type Deps,
  getSharePresentation,
  listShares,
  openShare,
  type ShareWithAccesses,
  withdrawShare,
} from '../../services/index.js'
import { problemResponse } from '../problem.js'
import { VerificationReportSchema } from '../verification-schemas.js'
import { CredentialReferenceSchema, ReflectedOutcomeSchema, toOutcomeBody } from './reflections.js'

const expiryNote =
  'The link’s expiry is not the credentials’: each credential stays valid (or not) on its own terms, whatever happens to the link.'

const ShareSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    credentials: Type.Array(CredentialReferenceSchema),
    includesReflections: Type.Boolean(),
    createdAt: Type.String({ format: 'date-time' }),
    expiresAt: Type.String({
      format: 'date-time',
      description: `When the link stops working. ${expiryNote}`,
    }),
    withdrawnAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    state: Type.Union([Type.Literal('active'), Type.Literal('expired'), Type.Literal('withdrawn')]),
    accesses: Type.Array(
      Type.Object({
        openedAt: Type.String({ format: 'date-time' }),
        viewerOrganisations: Type.Array(
          Type.Object({ id: Type.String({ format: 'uuid' }), name: Type.String() }),
          { description: 'The organisations of a signed-in viewer; empty when not signed in' },
        ),
      }),
      { description: 'Every opening of the link, newest first' },
    ),
  },
  { description: 'A selection of credentials shared behind a link' },
)
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) })
const failures = { 400: problemResponse, 401: problemResponse, 403: problemResponse }

/** Sharing a selection of the portfolio as a link, its access log, and the presentation export. */
export const portfolioShareRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (
  app,
  { deps },
) => {
  app.post(
    '/api/me/portfolio/shares',
    {
      schema: {
        tags: ['portfolio'],
        summary:
          'Share a selection of credentials (with or without reflections) as a link until a last day, at most a year ahead',
        description: `The answer holds the link's token once: only its hash is kept. ${expiryNote}`,
        body: Type.Object({
          credentials: Type.Array(CredentialReferenceSchema, { maxItems: 200 }),
          includesReflections: Type.Boolean(),
          expiresOn: Type.String({
            maxLength: 20,
            description:
              'The link’s last day, YYYY-MM-DD; it works until that day ends in Helsinki',
          }),
        }),
        response: {
          201: Type.Object({
            share: ShareSchema,
            token: Type.String({ description: 'Shown once' }),
            url: Type.String({ description: 'The share’s public page' }),
          }),
          ...failures,
        },
      },
    },
    async (request, reply) => {
      const created = await createShare(deps, request.actor, request.body)
      return reply.status(201).send({
        share: toShareBody({ ...created.share, state: 'active', accesses: [] }),
        token: created.token,
        url: created.url,
      })
    },
  )

  app.get(
    '/api/me/portfolio/shares',
    {
      schema: {
        tags: ['portfolio'],
        summary: 'The learner’s shares, newest first, each with its state and access log',
        querystring: Type.Object({
          language: Type.Optional(
            Type.String({ description: 'fi (default), sv or en: for organisations’ names' }),
          ),
        }),
        response: { 200: Type.Object({ items: Type.Array(ShareSchema) }), ...failures },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store')
      const shares = await listShares(deps, request.actor, languageOf(request.query.language))
      return { items: shares.map(toShareBody) }
    },
  )

  app.delete(
    '/api/me/portfolio/shares/:id',
    {
      schema: {
        tags: ['portfolio'],
        summary: 'Withdraw a share: its link stops working at once (the log stays)',
        params: IdParams,
        response: { 204: Type.Null(), 404: problemResponse, 410: problemResponse, ...failures },
      },
    },
    async (request, reply) => {
      await withdrawShare(deps, request.actor, request.params.id)
      return reply.status(204).send(null)
    },
  )

  app.get(
    '/api/me/portfolio/shares/:id/presentation',
    {
      schema: {
        tags: ['portfolio'],
        summary:
          'The share’s credentials as a W3C VC 2.0 VerifiablePresentation (unsigned; each credential exactly as signed)',
        params: IdParams,
        response: {
          200: {
            description: 'The presentation',
            content: { 'application/vp+ld+json': { schema: { type: 'object' } } },
          },
          404: problemResponse,
          ...failures,
        },
      },
    },
    async (request, reply) => {
      const presentation = await getSharePresentation(deps, request.actor, request.params.id)
      return reply
        .header('content-type', 'application/vp+ld+json')
        .header(
          'content-disposition',
          `attachment; filename="presentation-${request.params.id}.json"`,
        )
        .header('cache-control', 'private, no-store')
        .send(JSON.stringify(presentation))
    },
  )

  app.get(
    '/api/shares/:token',
    {
      schema: {
        tags: ['portfolio'],
        summary:
          'Open a share by its link (no sign-in needed): each credential with a verification report made now, and the reflections when included',
        description:
          'Each opening is logged for the learner, with the organisations of a signed-in viewer. An expired link answers 410 SHARE_EXPIRED, a withdrawn one 410 SHARE_WITHDRAWN.',
        params: Type.Object({ token: Type.String({ maxLength: 200 }) }),
        querystring: Type.Object({
          language: Type.Optional(Type.String({ description: 'fi (default), sv or en' })),
        }),
        response: {
          200: Type.Object({
            learnerName: Type.String(),
            expiresAt: Type.String({ format: 'date-time', description: expiryNote }),
            includesReflections: Type.Boolean(),
            credentials: Type.Array(
              Type.Object({
                kind: Type.Union([Type.Literal('issued'), Type.Literal('imported')]),
                achievementName: Type.String(),
                issuerName: Type.String(),
                credential: Type.Union(
                  [Type.Record(Type.String(), Type.Unknown()), Type.String()],
                  {
                    description: 'The credential exactly as signed: its JSON, or the VC-JWT',
                  },
                ),
                report: VerificationReportSchema,
                outcomes: Type.Union([Type.Array(ReflectedOutcomeSchema), Type.Null()], {
                  description: 'Learning outcomes with reflections, when the learner included them',
                }),
              }),
            ),
          }),
          404: problemResponse,
          410: problemResponse,
        },
      },
    },
    async (request, reply) => {
      const opened = await openShare(
        deps,
        request.actor,
        request.params.token,
        languageOf(request.query.language),
      )
      void reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer')
      return {
        learnerName: opened.learnerName,
        expiresAt: opened.expiresAt.toISOString(),
        includesReflections: opened.includesReflections,
        credentials: opened.credentials.map((credential) => ({
          kind: credential.reference.kind,
          achievementName: credential.achievementName,
          issuerName: credential.issuerName,
          credential: credential.credential,
          report: credential.report as Static<typeof VerificationReportSchema>,
          outcomes: credential.outcomes?.map(toOutcomeBody) ?? null,
        })),
      }
    },
  )
}

function languageOf(value: string | undefined): Language {
  return isLanguage(value) ? value : 'fi'
}

function toShareBody(share: ShareWithAccesses): Static<typeof ShareSchema> {
  return {
    id: share.id,
    credentials: share.credentials.map((reference) => ({ ...reference })),
    includesReflections: share.includesReflections,
    createdAt: share.createdAt.toISOString(),
    expiresAt: share.expiresAt.toISOString(),
    withdrawnAt: share.withdrawnAt?.toISOString() ?? null,
    state: share.state,
    accesses: share.accesses.map((access) => ({
      openedAt: access.openedAt.toISOString(),
      viewerOrganisations: access.viewerOrganisationIds.map((id, index) => ({
        id,
        name: access.viewerOrganisationNames[index] ?? id,
      })),
    })),
  }
}
