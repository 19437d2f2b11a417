import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { type Static, Type } from 'typebox'
import type { Precedent, RecognitionDecision, RecognitionTarget } from '../../core/index.js'
import {
  createRecognitionTarget,
  type Deps,
  decideRecognitionRequest,
  getMyRecognitionCase,
  getOrganisation,
  getRecognitionCase,
  getRecognitionTarget,
  importCurriculum,
  listMyRecognitionCases,
  listRecognitionQueue,
  listRecognitionTargets,
  type RecognitionCase,
  submitRecognitionRequest,
  withdrawRecognitionRequest,
} from '../../services/index.js'
import { problemResponse } from '../problem.js'
import { VerificationReportSchema } from '../verification-schemas.js'

const LanguageMap = Type.Record(Type.String(), Type.String(), {
  description: 'A text in Finnish (fi), Swedish (sv) and/or English (en)',
})
const Kind = Type.Union([Type.Literal('course'), Type.Literal('module'), Type.Literal('degree')])
const Outcome = Type.Union([Type.Literal('full'), Type.Literal('partial'), Type.Literal('none')])
const TargetBody = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    organisationId: Type.String({ format: 'uuid' }),
    code: Type.String(),
    name: LanguageMap,
    ects: Type.Number(),
    eqfLevel: Type.Union([Type.Integer({ minimum: 1, maximum: 8 }), Type.Null()]),
    learningOutcomes: Type.Array(Type.String()),
    skillUris: Type.Array(Type.String()),
    kind: Kind,
  },
  { description: 'A course, module or degree a credential can be recognised towards' },
)
const TargetDetailsBody = Type.Object({
  code: Type.String({ maxLength: 200 }),
  name: Type.Union([Type.String({ maxLength: 1000 }), LanguageMap]),
  ects: Type.Union([Type.Number(), Type.String({ maxLength: 20 })]),
  eqfLevel: Type.Optional(Type.Union([Type.Integer(), Type.Null()])),
  learningOutcomes: Type.Array(Type.String({ maxLength: 5000 }), { maxItems: 200 }),
  skillUris: Type.Optional(Type.Array(Type.String({ maxLength: 300 }), { maxItems: 500 })),
  kind: Type.Optional(
    Type.String({ maxLength: 20, description: 'course (default), module or degree' }),
  ),
})
const ReasonBody = Type.Object({
  code: Type.String({
    description: 'learning-outcomes, esco-skills, ects, eqf-level, quality-assurance or age',
  }),
  weight: Type.Number(),
  score: Type.Union([Type.Number(), Type.Null()], { description: 'null: does not apply' }),
  contribution: Type.Number({ description: 'weight × score' }),
  details: Type.Record(Type.String(), Type.Unknown(), {
    description:
      'What the score is made of: for learning-outcomes the outcome pairs with their similarity and matched words, for esco-skills the shared and missing skills, …',
  }),
})
const ProposalBody = Type.Object(
  {
    method: Type.String(),
    outcome: Outcome,
    ectsGranted: Type.Number(),
    totalScore: Type.Number(),
    reasons: Type.Array(ReasonBody),
    targetOutcomes: Type.Array(Type.String()),
    credentialOutcomes: Type.Array(Type.String()),
  },
  { description: 'Osaamo’s proposal with its reasons; a registrar decides' },
)
const DecisionBody = Type.Object({
  outcome: Outcome,
  ectsGranted: Type.Number(),
  justification: Type.String(),
  decidedAt: Type.String({ format: 'date-time' }),
  followsProposal: Type.Boolean(),
  recordCredentialId: Type.String({
    format: 'uuid',
    description: 'The signed record of the decision, in the learner’s portfolio',
  }),
  isShared: Type.Boolean(),
})
const PrecedentBody = Type.Object({
  organisationId: Type.String({ format: 'uuid' }),
  organisationName: LanguageMap,
  isHere: Type.Boolean({ description: 'A decision of the request’s own institution' }),
  targetId: Type.String({ format: 'uuid' }),
  targetCode: Type.String(),
  targetName: LanguageMap,
  recognisedCount: Type.Integer(),
  fullCount: Type.Integer(),
  partialCount: Type.Integer(),
  refusedCount: Type.Integer(),
  lastDecidedAt: Type.String({ format: 'date-time' }),
})
const State = Type.Union([
  Type.Literal('submitted'),
  Type.Literal('decided'),
  Type.Literal('withdrawn'),
])
const CaseBody = Type.Object({
  id: Type.String({ format: 'uuid' }),
  state: State,
  submittedAt: Type.String({ format: 'date-time' }),
  closedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  credential: Type.Object({
    kind: Type.Union([Type.Literal('issued'), Type.Literal('imported')]),
    id: Type.String({ format: 'uuid' }),
  }),
  achievementName: Type.String(),
  learnerName: Type.String(),
  target: TargetBody,
  proposal: ProposalBody,
  report: VerificationReportSchema,
  decision: Type.Union([DecisionBody, Type.Null()]),
  precedents: Type.Array(PrecedentBody, {
    description:
      'Earlier decisions on the same specification: here, and at institutions that share theirs',
  }),
})
const SlugParams = Type.Object({ slug: Type.String({ maxLength: 63 }) })
const IdParams = Type.Object({ id: Type.String({ maxLength: 100 }) })
const failures = {
  400: problemResponse,
  401: problemResponse,
  403: problemResponse,
  404: problemResponse,
  409: problemResponse,
}

/** Recognition (hyväksiluku): targets, requests with explained proposals, decisions, precedents. */
export const recognitionRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (
  app,
  { deps },
) => {
  // Curriculum imports arrive as text; the parser is scoped to this plugin's routes.
  app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => {
    done(null, body)
  })

  app.post(
    '/api/organisations/:slug/recognition-targets',
    {
      schema: {
        tags: ['recognition'],
        summary:
          'Describe a course, module or degree that credentials can be recognised towards (registrars and admins); every problem at once',
        params: SlugParams,
        body: TargetDetailsBody,
        response: { 201: TargetBody, ...failures },
      },
    },
    async (request, reply) => {
      const organisation = await getOrganisation(deps, request.params.slug)
      const target = await createRecognitionTarget(deps, request.actor, {
        organisationId: organisation.id,
        details: request.body,
      })
      return reply.status(201).send(toTargetBody(target))
    },
  )

  app.post(
    '/api/organisations/:slug/recognition-targets/import',
    {
      schema: {
        tags: ['recognition'],
        summary:
          'Import a curriculum (text/csv: code,name,name_sv,name_en,ects,level,learning_outcomes,esco_skills,kind; outcomes and skills separated by |) as recognition targets, all or nothing; a known code is replaced',
        params: SlugParams,
        body: Type.String({ maxLength: 5_000_000, description: 'text/csv' }),
        response: {
          200: Type.Object({
            created: Type.Integer(),
            replaced: Type.Integer(),
            items: Type.Array(TargetBody),
          }),
          ...failures,
        },
      },
    },
    async (request) => {
      const organisation = await getOrganisation(deps, request.params.slug)
      const imported = await importCurriculum(deps, request.actor, {
        organisationId: organisation.id,
        csv: request.body,
      })
      return {
        created: imported.created,
        replaced: imported.replaced,
        items: imported.targets.map(toTargetBody),
      }
    },
  )

  app.get(
    '/api/recognition-targets',
    {
      schema: {
        tags: ['recognition'],
        summary: 'Courses, modules and degrees credentials can be recognised towards, by code',
        querystring: Type.Object({
          organisation: Type.Optional(
            Type.String({ maxLength: 63, description: 'an organisation’s short name' }),
          ),
        }),
        response: { 200: Type.Object({ items: Type.Array(TargetBody) }), ...failures },
      },
    },
    async (request) => {
      const organisationId =
        request.query.organisation === undefined
          ? undefined
          : (await getOrganisation(deps, request.query.organisation)).id
      const targets = await listRecognitionTargets(deps, { organisationId })
      return { items: targets.map(toTargetBody) }
    },
  )

  app.get(
    '/api/recognition-targets/:id',
    {
      schema: {
        tags: ['recognition'],
        summary: 'One recognition target',
        params: IdParams,
        response: { 200: TargetBody, ...failures },
      },
    },
    async (request) => toTargetBody(await getRecognitionTarget(deps, request.params.id)),
  )

  app.post(
    '/api/me/recognition-requests',
    {
      schema: {
        tags: ['recognition'],
        summary:
          'Submit a credential of your portfolio for recognition towards a target: verified again (422 with the report when it fails; nothing stored) and answered with Osaamo’s proposal and its reasons',
        body: Type.Object({
          credential: Type.Object({
            kind: Type.Union([Type.Literal('issued'), Type.Literal('imported')]),
            id: Type.String({ maxLength: 100 }),
          }),
          targetId: Type.String({ maxLength: 100 }),
        }),
        response: { 201: CaseBody, 422: problemResponse, ...failures },
      },
    },
    async (request, reply) => {
      const submitted = await submitRecognitionRequest(deps, request.actor, request.body)
      const found = await getMyRecognitionCase(deps, request.actor, submitted.id)
      return reply.status(201).send(toCaseBody(found))
    },
  )

  app.get(
    '/api/me/recognition-requests',
    {
      schema: {
        tags: ['recognition'],
        summary:
          'Your recognition requests, newest first, with proposals, decisions and precedents',
        response: { 200: Type.Object({ items: Type.Array(CaseBody) }), ...failures },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store')
      const cases = await listMyRecognitionCases(deps, request.actor)
      return { items: cases.map(toCaseBody) }
    },
  )

  app.get(
    '/api/me/recognition-requests/:id',
    {
      schema: {
        tags: ['recognition'],
        summary: 'One of your recognition requests',
        params: IdParams,
        response: { 200: CaseBody, ...failures },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store')
      return toCaseBody(await getMyRecognitionCase(deps, request.actor, request.params.id))
    },
  )

  app.post(
    '/api/me/recognition-requests/:id/withdraw',
    {
      schema: {
        tags: ['recognition'],
        summary: 'Withdraw a recognition request that is not decided yet',
        params: IdParams,
        response: { 204: Type.Null(), ...failures },
      },
    },
    async (request, reply) => {
      await withdrawRecognitionRequest(deps, request.actor, request.params.id)
      return reply.status(204).send(null)
    },
  )

  app.get(
    '/api/organisations/:slug/recognition-requests',
    {
      schema: {
        tags: ['recognition'],
        summary:
          'The organisation’s recognition queue, oldest first (registrars and admins), each request with its proposal, reasons and precedents',
        params: SlugParams,
        querystring: Type.Object({
          state: Type.Optional(State),
        }),
        response: { 200: Type.Object({ items: Type.Array(CaseBody) }), ...failures },
      },
    },
    async (request, reply) => {
      const organisation = await getOrganisation(deps, request.params.slug)
      void reply.header('cache-control', 'no-store')
      const cases = await listRecognitionQueue(deps, request.actor, {
        organisationId: organisation.id,
        state: request.query.state,
      })
      return { items: cases.map(toCaseBody) }
    },
  )

  app.get(
    '/api/recognition-requests/:id',
    {
      schema: {
        tags: ['recognition'],
        summary: 'One recognition request of the caller’s organisation, to decide',
        params: IdParams,
        response: { 200: CaseBody, ...failures },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store')
      return toCaseBody(await getRecognitionCase(deps, request.actor, request.params.id))
    },
  )

  app.post(
    '/api/recognition-requests/:id/decision',
    {
      schema: {
        tags: ['recognition'],
        summary:
          'Decide a recognition request (registrars and admins), following the proposal or not: a decision that differs needs a justification. The learner is mailed and gets a signed record of the decision',
        params: IdParams,
        body: Type.Object({
          outcome: Type.String({ maxLength: 20, description: 'full, partial or none' }),
          ectsGranted: Type.Optional(
            Type.Number({ description: 'For partial: above 0 and below the target’s ECTS' }),
          ),
          justification: Type.Optional(Type.String({ maxLength: 10_000 })),
          isShared: Type.Optional(
            Type.Boolean({
              default: false,
              description: 'Other institutions see it among the precedents of the specification',
            }),
          ),
        }),
        response: { 201: DecisionBody, ...failures },
      },
    },
    async (request, reply) => {
      const decision = await decideRecognitionRequest(deps, request.actor, {
        requestId: request.params.id,
        decision: {
          outcome: request.body.outcome,
          ectsGranted: request.body.ectsGranted,
          justification: request.body.justification,
        },
        isShared: request.body.isShared === true,
      })
      return reply.status(201).send(toDecisionBody(decision))
    },
  )
}

function toTargetBody(target: RecognitionTarget): Static<typeof TargetBody> {
  return {
    id: target.id,
    organisationId: target.organisationId,
    code: target.code,
    name: { ...target.name },
    ects: target.ects,
    eqfLevel: target.eqfLevel ?? null,
    learningOutcomes: [...target.learningOutcomes],
    skillUris: [...target.skillUris],
    kind: target.kind,
  }
}

function toDecisionBody(decision: RecognitionDecision): Static<typeof DecisionBody> {
  return {
    outcome: decision.outcome,
    ectsGranted: decision.ectsGranted,
    justification: decision.justification,
    decidedAt: decision.decidedAt.toISOString(),
    followsProposal: decision.followsProposal,
    recordCredentialId: decision.recordCredentialId,
    isShared: decision.isShared,
  }
}

function toPrecedentBody(precedent: Precedent): Static<typeof PrecedentBody> {
  return {
    ...precedent,
    organisationName: { ...precedent.organisationName },
    targetName: { ...precedent.targetName },
    lastDecidedAt: precedent.lastDecidedAt.toISOString(),
  }
}

function toCaseBody(found: RecognitionCase): Static<typeof CaseBody> {
  const { request } = found
  return {
    id: request.id,
    state: request.state,
    submittedAt: request.submittedAt.toISOString(),
    closedAt: request.closedAt?.toISOString() ?? null,
    credential: { ...request.credential },
    achievementName: request.achievementName,
    learnerName: found.learnerName,
    target: toTargetBody(found.target),
    proposal: request.proposal as unknown as Static<typeof ProposalBody>,
    report: request.report as Static<typeof VerificationReportSchema>,
    decision: found.decision === undefined ? null : toDecisionBody(found.decision),
    precedents: found.precedents.map(toPrecedentBody),
  }
}
