import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { type Static, Type } from 'typebox'
import {
  type CounsellorInvitation,
  type CredentialReference,
  isLanguage,
  type Language,
  type Reflection,
  type ReflectionComment,
} from '../../core/index.js'
import {
  commentOnReflection,
  createReflection,
  type Deps,
  deleteReflection,
  getCounselling,
  inviteCounsellor,
  listCounsellingInvitations,
  listCounsellorInvitations,
  listCredentialReflections,
  type ReflectedOutcome,
  revokeCounsellorInvitation,
  updateReflection,
} from '../../services/index.js'
import { problemResponse } from '../problem.js'

/** Which credential of the portfolio: one Osaamo issued, or one imported. */
export const CredentialReferenceSchema = Type.Object({
  kind: Type.Union([Type.Literal('issued'), Type.Literal('imported')]),
  id: Type.String({ format: 'uuid' }),
})

const CommentSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  authorName: Type.String(),
  text: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
})
const ReflectionSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    credential: CredentialReferenceSchema,
    learningOutcomeKey: Type.String(),
    text: Type.String(),
    date: Type.String({ format: 'date', description: 'The day the reflection is about' }),
    evidenceUrl: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
    comments: Type.Array(CommentSchema, { description: 'Counsellors’ comments, oldest first' }),
  },
  { description: 'A learner’s private note on one learning outcome of a credential' },
)
/** A learning outcome with the reflections on it. */
export const ReflectedOutcomeSchema = Type.Object({
  key: Type.String({ description: 'Stable for the credential; reflections are kept under it' }),
  text: Type.String(),
  source: Type.Union(
    [
      Type.Literal('learning-outcome'),
      Type.Literal('alignment'),
      Type.Literal('criteria'),
      Type.Literal('achievement'),
    ],
    {
      description:
        'Where the outcome was read from: the achievement’s learningOutcome, an alignment, a list item of the criteria, or the achievement as a whole',
    },
  ),
  reflections: Type.Array(ReflectionSchema),
})
const ReflectionBody = Type.Object({
  text: Type.String({ maxLength: 20000 }),
  date: Type.String({ maxLength: 20, description: 'YYYY-MM-DD, not in the future' }),
  evidenceUrl: Type.Optional(
    Type.Union([Type.String({ maxLength: 2000 }), Type.Null()], {
      description: 'A link to evidence (http or https)',
    }),
  ),
})
const InvitationSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  learnerName: Type.String(),
  counsellorEmailAddress: Type.String(),
  credentials: Type.Array(CredentialReferenceSchema),
  state: Type.Union([Type.Literal('invited'), Type.Literal('accepted'), Type.Literal('revoked')]),
  createdAt: Type.String({ format: 'date-time' }),
  acceptedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
})
const CredentialParams = Type.Object({
  kind: Type.Union([Type.Literal('issued'), Type.Literal('imported')]),
  id: Type.String({ format: 'uuid' }),
})
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) })
const LanguageQuery = Type.Object({
  language: Type.Optional(Type.String({ description: 'fi (default), sv or en' })),
})
const failures = { 400: problemResponse, 401: problemResponse, 403: problemResponse }

/** Reflections on learning outcomes, and the guidance counsellors a learner invites to them. */
export const reflectionRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (
  app,
  { deps },
) => {
  app.get(
    '/api/me/portfolio/credentials/:kind/:id/reflections',
    {
      schema: {
        tags: ['portfolio'],
        summary:
          'The learning outcomes of one of the learner’s credentials, each with their reflections and counsellors’ comments',
        params: CredentialParams,
        querystring: LanguageQuery,
        response: {
          200: Type.Object({ outcomes: Type.Array(ReflectedOutcomeSchema) }),
          404: problemResponse,
          ...failures,
        },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store')
      const outcomes = await listCredentialReflections(
        deps,
        request.actor,
        request.params,
        languageOf(request.query.language),
      )
      return { outcomes: outcomes.map(toOutcomeBody) }
    },
  )

  app.post(
    '/api/me/portfolio/credentials/:kind/:id/reflections',
    {
      schema: {
        tags: ['portfolio'],
        summary: 'Reflect on one learning outcome of one of the learner’s credentials',
        params: CredentialParams,
        body: Type.Object({
          learningOutcomeKey: Type.String({ maxLength: 2000 }),
          ...ReflectionBody.properties,
        }),
        response: { 201: ReflectionSchema, 404: problemResponse, ...failures },
      },
    },
    async (request, reply) => {
      const reflection = await createReflection(deps, request.actor, request.params, {
        learningOutcomeKey: request.body.learningOutcomeKey,
        ...reflectionInputOf(request.body),
      })
      return reply.status(201).send(toReflectionBody(reflection, []))
    },
  )

  app.put(
    '/api/me/portfolio/reflections/:id',
    {
      schema: {
        tags: ['portfolio'],
        summary: 'Change the text, date or evidence of one of the learner’s reflections',
        params: IdParams,
        body: ReflectionBody,
        response: { 200: ReflectionSchema, 404: problemResponse, ...failures },
      },
    },
    async (request) => {
      const reflection = await updateReflection(
        deps,
        request.actor,
        request.params.id,
        reflectionInputOf(request.body),
      )
      return toReflectionBody(reflection, [])
    },
  )

  app.delete(
    '/api/me/portfolio/reflections/:id',
    {
      schema: {
        tags: ['portfolio'],
        summary: 'Remove one of the learner’s reflections, with the comments on it',
        params: IdParams,
        response: { 204: Type.Null(), 404: problemResponse, ...failures },
      },
    },
    async (request, reply) => {
      await deleteReflection(deps, request.actor, request.params.id)
      return reply.status(204).send(null)
    },
  )

  app.post(
    '/api/me/portfolio/counsellors',
    {
      schema: {
        tags: ['portfolio'],
        summary:
          'Invite a guidance counsellor by e-mail address to read and comment on the reflections on some credentials',
        body: Type.Object({
          emailAddress: Type.String({ maxLength: 320 }),
          credentials: Type.Array(CredentialReferenceSchema, { maxItems: 200 }),
          language: Type.Optional(Type.String({ description: 'Of the invitation mail' })),
        }),
        response: { 201: InvitationSchema, ...failures },
      },
    },
    async (request, reply) => {
      const invitation = await inviteCounsellor(deps, request.actor, {
        emailAddress: request.body.emailAddress,
        credentials: request.body.credentials,
        ...(request.body.language === undefined ? {} : { language: request.body.language }),
      })
      return reply.status(201).send(toInvitationBody(invitation))
    },
  )

  app.get(
    '/api/me/portfolio/counsellors',
    {
      schema: {
        tags: ['portfolio'],
        summary: 'The learner’s counsellor invitations, newest first',
        response: { 200: Type.Object({ items: Type.Array(InvitationSchema) }), ...failures },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store')
      const items = await listCounsellorInvitations(deps, request.actor)
      return { items: items.map(toInvitationBody) }
    },
  )

  app.delete(
    '/api/me/portfolio/counsellors/:id',
    {
      schema: {
        tags: ['portfolio'],
        summary: 'Revoke a counsellor invitation: the counsellor no longer sees anything',
        params: IdParams,
        response: { 204: Type.Null(), 404: problemResponse, ...failures },
      },
    },
    async (request, reply) => {
      await revokeCounsellorInvitation(deps, request.actor, request.params.id)
      return reply.status(204).send(null)
    },
  )

  app.get(
    '/api/me/counselling',
    {
      schema: {
        tags: ['portfolio'],
        summary:
          'The invitations the signed-in person has as a guidance counsellor (to any of their verified addresses), newest first',
        response: { 200: Type.Object({ items: Type.Array(InvitationSchema) }), ...failures },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store')
      const items = await listCounsellingInvitations(deps, request.actor)
      return { items: items.map(toInvitationBody) }
    },
  )

  app.get(
    '/api/me/counselling/:id',
    {
      schema: {
        tags: ['portfolio'],
        summary:
          'As a counsellor: the invited credentials with the learner’s reflections and the comments',
        params: IdParams,
        querystring: LanguageQuery,
        response: {
          200: Type.Object({
            invitation: InvitationSchema,
            credentials: Type.Array(
              Type.Object({
                credential: CredentialReferenceSchema,
                achievementName: Type.String(),
                issuerName: Type.String(),
                outcomes: Type.Array(ReflectedOutcomeSchema),
              }),
            ),
          }),
          404: problemResponse,
          ...failures,
        },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store')
      const counselling = await getCounselling(
        deps,
        request.actor,
        request.params.id,
        languageOf(request.query.language),
      )
      return {
        invitation: toInvitationBody(counselling.invitation),
        credentials: counselling.credentials.map((credential) => ({
          credential: { ...credential.reference },
          achievementName: credential.achievementName,
          issuerName: credential.issuerName,
          outcomes: credential.outcomes.map(toOutcomeBody),
        })),
      }
    },
  )

  app.post(
    '/api/me/counselling/:id/reflections/:reflectionId/comments',
    {
      schema: {
        tags: ['portfolio'],
        summary: 'As a counsellor: comment on a reflection of an invited credential',
        params: Type.Object({
          id: Type.String({ format: 'uuid' }),
          reflectionId: Type.String({ format: 'uuid' }),
        }),
        body: Type.Object({ text: Type.String({ maxLength: 20000 }) }),
        response: { 201: CommentSchema, 404: problemResponse, ...failures },
      },
    },
    async (request, reply) => {
      const comment = await commentOnReflection(deps, request.actor, {
        invitationId: request.params.id,
        reflectionId: request.params.reflectionId,
        text: request.body.text,
      })
      return reply.status(201).send(toCommentBody(comment))
    },
  )
}

function languageOf(value: string | undefined): Language {
  return isLanguage(value) ? value : 'fi'
}

function reflectionInputOf(body: Static<typeof ReflectionBody>) {
  return {
    text: body.text,
    reflectedOn: body.date,
    evidenceUrl: body.evidenceUrl ?? undefined,
  }
}

function toCommentBody(comment: ReflectionComment): Static<typeof CommentSchema> {
  return {
    id: comment.id,
    authorName: comment.authorName,
    text: comment.text,
    createdAt: comment.createdAt.toISOString(),
  }
}

function toReflectionBody(
  reflection: Reflection,
  comments: readonly ReflectionComment[],
): Static<typeof ReflectionSchema> {
  return {
    id: reflection.id,
    credential: { ...reflection.credential },
    learningOutcomeKey: reflection.learningOutcomeKey,
    text: reflection.text,
    date: reflection.reflectedOn,
    evidenceUrl: reflection.evidenceUrl ?? null,
    createdAt: reflection.createdAt.toISOString(),
    updatedAt: reflection.updatedAt.toISOString(),
    comments: comments.map(toCommentBody),
  }
}

/** The API's form of a learning outcome with its reflections. */
export function toOutcomeBody(outcome: ReflectedOutcome): Static<typeof ReflectedOutcomeSchema> {
  return {
    key: outcome.key,
    text: outcome.text,
    source: outcome.source,
    reflections: outcome.reflections.map((reflection) =>
      toReflectionBody(reflection, reflection.comments),
    ),
  }
}

function toInvitationBody(invitation: CounsellorInvitation): Static<typeof InvitationSchema> {
  return {
    id: invitation.id,
    learnerName: invitation.learnerName,
    counsellorEmailAddress: invitation.counsellorEmailAddress,
    credentials: invitation.credentials.map((reference: CredentialReference) => ({ ...reference })),
    state: invitation.state,
    createdAt: invitation.createdAt.toISOString(),
    acceptedAt: invitation.acceptedAt?.toISOString() ?? null,
    revokedAt: invitation.revokedAt?.toISOString() ?? null,
  }
}
