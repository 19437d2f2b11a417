import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import {
  isLanguage,
  type Language,
  type StackCredential,
  type StackPart,
  type StackRules,
} from '../../core/index.js'
import {
  claimStackCredential,
  createStack,
  type Deps,
  defaultStackCredentialFormat,
  getOrganisation,
  getStack,
  getStackProgress,
  listMyStackProgress,
  listOrganisationStacks,
  listPublishedStacks,
  publishStack,
  type StackProgressView,
  type StackSummary,
  updateStack,
} from '../../services/index.js'
import { problemResponse } from '../problem.js'

const LanguageMapBody = Type.Record(Type.String(), Type.String(), {
  description: 'Text by language: fi, sv, en',
})
const PartBody = Type.Object(
  {
    kind: Type.String({
      description:
        'specification (one named specification), any-of (any `count` of `specificationIds`) or skill (`count` credentials aligned to the ESCO skill, at EQF `minimumEqfLevel` or above)',
    }),
    specificationId: Type.Optional(Type.String()),
    specificationIds: Type.Optional(Type.Array(Type.String(), { maxItems: 100 })),
    count: Type.Optional(Type.Number()),
    skillUri: Type.Optional(Type.String()),
    minimumEqfLevel: Type.Optional(Type.Number()),
  },
  { description: 'One part of a stack' },
)
const RulesBody = Type.Object({
  parts: Type.Array(PartBody, { maxItems: 100 }),
  minimumEcts: Type.Optional(Type.Number({ description: 'The least credits that count' })),
  minimumEqfLevel: Type.Optional(
    Type.Number({ description: 'Every credential that counts is at this EQF level or above' }),
  ),
  levelRules: Type.Optional(
    Type.Array(
      Type.Object(
        { minimumEqfLevel: Type.Number(), minimumEcts: Type.Number() },
        {
          description:
            'At least minimumEcts of the counted credits at EQF minimumEqfLevel or above',
        },
      ),
      { maxItems: 8 },
    ),
  ),
  maximumAgeMonths: Type.Optional(
    Type.Number({ description: 'A credential older than this many months no longer counts' }),
  ),
  acceptedIssuers: Type.Optional(
    Type.Array(Type.String(), {
      maxItems: 100,
      description:
        'Other issuers whose verified credentials count (DIDs or https addresses); the stack’s organisation always counts',
    }),
  ),
})
const DefinitionBody = Type.Object({
  name: LanguageMapBody,
  description: Type.Optional(LanguageMapBody),
  rules: RulesBody,
})
const StackBody = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    organisation: Type.Object({
      id: Type.String({ format: 'uuid' }),
      slug: Type.String(),
      name: LanguageMapBody,
    }),
    name: LanguageMapBody,
    description: LanguageMapBody,
    rules: RulesBody,
    isPublished: Type.Boolean(),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
    publishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
  { description: 'An institution’s stack: how credentials add up to a larger whole' },
)
const NotCountedBody = Type.Object({
  credentialId: Type.String(),
  reasons: Type.Array(
    Type.String({
      description:
        'not-verified, issuer-not-accepted, too-old, award-date-unknown or below-minimum-level',
    }),
  ),
})
const ClaimedBody = Type.Object({
  credentialId: Type.String({ format: 'uuid', description: 'The issued stack credential' }),
  format: Type.Union([Type.Literal('clr'), Type.Literal('open-badge')]),
  claimedAt: Type.String({ format: 'date-time' }),
})
const ProgressBody = Type.Object(
  {
    stack: StackBody,
    method: Type.String({ description: 'The version of the evaluation rules' }),
    evaluatedAt: Type.String({ format: 'date-time' }),
    isComplete: Type.Boolean(),
    unmet: Type.Array(
      Type.String({ description: 'parts-missing, ects-below-minimum or level-rule-unmet' }),
    ),
    parts: Type.Array(
      Type.Object({
        index: Type.Integer(),
        part: PartBody,
        required: Type.Integer(),
        filledBy: Type.Array(Type.String(), { description: 'Credential ids' }),
        isDone: Type.Boolean(),
        missing: Type.Integer(),
        notCounted: Type.Array(NotCountedBody, {
          description: 'Held credentials that would fit the part but do not count',
        }),
        usedElsewhere: Type.Array(
          Type.Object({ credentialId: Type.String(), partIndex: Type.Integer() }),
          { description: 'Held credentials that fit the part but fill another one' },
        ),
        options: Type.Array(Type.String({ format: 'uuid' }), {
          description: 'Specifications that could fill the missing places',
        }),
      }),
    ),
    counted: Type.Array(Type.String(), {
      description: 'The credentials that count and would be bundled',
    }),
    ects: Type.Object({
      minimum: Type.Union([Type.Number(), Type.Null()]),
      achieved: Type.Number(),
      isMet: Type.Boolean(),
    }),
    levelRules: Type.Array(
      Type.Object({
        minimumEqfLevel: Type.Number(),
        minimumEcts: Type.Number(),
        achieved: Type.Number(),
        isMet: Type.Boolean(),
      }),
    ),
    oldestAllowed: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    notCounted: Type.Array(NotCountedBody),
    credentials: Type.Array(
      Type.Object({
        id: Type.String(),
        kind: Type.Union([Type.Literal('issued'), Type.Literal('imported')]),
        name: Type.String(),
        issuerName: Type.String(),
        awardedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
        ects: Type.Union([Type.Number(), Type.Null()]),
        eqfLevel: Type.Union([Type.Integer(), Type.Null()]),
      }),
      { description: 'The learner’s credentials the progress refers to by id' },
    ),
    specifications: Type.Array(
      Type.Object({
        id: Type.String({ format: 'uuid' }),
        title: LanguageMapBody,
        ects: Type.Union([Type.Number(), Type.Null()]),
        eqfLevel: Type.Union([Type.Integer(), Type.Null()]),
      }),
      { description: 'The specifications the parts name or offer' },
    ),
    skills: Type.Array(Type.Object({ uri: Type.String(), label: Type.String() })),
    claimed: Type.Union([ClaimedBody, Type.Null()]),
    defaultFormat: Type.Union([Type.Literal('clr'), Type.Literal('open-badge')], {
      description: 'The format offered first (docs/decisions/0028)',
    }),
  },
  {
    description: 'The signed-in learner’s progress towards a stack: done, missing and the options',
  },
)
const StackParams = Type.Object({ stackId: Type.String() })
const SlugParams = Type.Object({ slug: Type.String() })
const LanguageQuery = Type.Object({
  language: Type.Optional(Type.String({ description: 'fi (default), sv or en: for names' })),
})
const failures = { 400: problemResponse, 401: problemResponse, 403: problemResponse }

/** Stacks: institutions define them, learners see their progress and claim the stack credential. */
export const stackRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/api/organisations/:slug/stacks',
    {
      schema: {
        tags: ['stacks'],
        summary:
          'Define a stack of the organisation (its designers and admins), unpublished; every problem is listed at once',
        params: SlugParams,
        body: DefinitionBody,
        response: { 201: StackBody, 404: problemResponse, ...failures },
      },
    },
    async (request, reply) => {
      const organisation = await getOrganisation(deps, request.params.slug)
      const stack = await createStack(deps, request.actor, organisation.id, request.body)
      const summary = await getStack(deps, request.actor, stack.id)
      return reply.status(201).send(toStackBody(summary))
    },
  )

  app.get(
    '/api/organisations/:slug/stacks',
    {
      schema: {
        tags: ['stacks'],
        summary: 'The organisation’s stacks, published or not (its designers and admins)',
        params: SlugParams,
        response: {
          200: Type.Object({ items: Type.Array(StackBody) }),
          404: problemResponse,
          ...failures,
        },
      },
    },
    async (request) => {
      const organisation = await getOrganisation(deps, request.params.slug)
      const stacks = await listOrganisationStacks(deps, request.actor, organisation.id)
      return { items: stacks.map(toStackBody) }
    },
  )

  app.get(
    '/api/stacks',
    {
      schema: {
        tags: ['stacks'],
        summary: 'Every published stack, most recently published first (public)',
        response: { 200: Type.Object({ items: Type.Array(StackBody) }) },
      },
    },
    async () => ({ items: (await listPublishedStacks(deps)).map(toStackBody) }),
  )

  app.get(
    '/api/stacks/:stackId',
    {
      schema: {
        tags: ['stacks'],
        summary:
          'One stack: a published one for anyone (its address is the stack credential’s achievement id), a draft for its organisation’s designers and admins',
        params: StackParams,
        response: { 200: StackBody, 404: problemResponse },
      },
    },
    async (request) => toStackBody(await getStack(deps, request.actor, request.params.stackId)),
  )

  app.put(
    '/api/stacks/:stackId',
    {
      schema: {
        tags: ['stacks'],
        summary:
          'Replace an unpublished stack’s definition (its designers and admins); every problem is listed at once',
        params: StackParams,
        body: DefinitionBody,
        response: { 200: StackBody, 404: problemResponse, 409: problemResponse, ...failures },
      },
    },
    async (request) => {
      await updateStack(deps, request.actor, request.params.stackId, request.body)
      return toStackBody(await getStack(deps, request.actor, request.params.stackId))
    },
  )

  app.post(
    '/api/stacks/:stackId/publish',
    {
      schema: {
        tags: ['stacks'],
        summary: 'Publish a stack: learners see it and can complete it; its rules no longer change',
        params: StackParams,
        response: { 200: StackBody, 404: problemResponse, 409: problemResponse, ...failures },
      },
    },
    async (request) => {
      await publishStack(deps, request.actor, request.params.stackId)
      return toStackBody(await getStack(deps, request.actor, request.params.stackId))
    },
  )

  app.get(
    '/api/me/stacks',
    {
      schema: {
        tags: ['stacks'],
        summary: 'The signed-in learner’s progress towards every published stack',
        querystring: LanguageQuery,
        response: { 200: Type.Object({ items: Type.Array(ProgressBody) }), ...failures },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store')
      const views = await listMyStackProgress(
        deps,
        request.actor,
        languageOf(request.query.language),
      )
      return { items: views.map(toProgressBody) }
    },
  )

  app.get(
    '/api/me/stacks/:stackId/progress',
    {
      schema: {
        tags: ['stacks'],
        summary:
          'The signed-in learner’s progress towards a published stack: each part done or missing with the credential that fills it and the options, credits and level rules, and what does not count and why',
        params: StackParams,
        querystring: LanguageQuery,
        response: { 200: ProgressBody, 404: problemResponse, ...failures },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store')
      const view = await getStackProgress(
        deps,
        request.actor,
        request.params.stackId,
        languageOf(request.query.language),
      )
      return toProgressBody(view)
    },
  )

  app.post(
    '/api/me/stacks/:stackId/credential',
    {
      schema: {
        tags: ['stacks'],
        summary:
          'Claim the credential of a completed stack: a CLR 2.0 ClrCredential bundling the parts (clr, the default) or an OB 3.0 OpenBadgeCredential referring to them (open-badge), signed by the stack’s organisation; 409 when the stack is not complete or was claimed',
        params: StackParams,
        body: Type.Object({
          format: Type.Optional(
            Type.String({ description: 'clr (default) or open-badge (docs/decisions/0028)' }),
          ),
          language: Type.Optional(Type.String({ description: 'fi (default), sv or en' })),
        }),
        response: {
          201: Type.Object({
            ...ClaimedBody.properties,
            verifiableCredential: Type.Record(Type.String(), Type.Unknown(), {
              description: 'The signed stack credential',
            }),
          }),
          404: problemResponse,
          409: problemResponse,
          ...failures,
        },
      },
    },
    async (request, reply) => {
      const claimed = await claimStackCredential(deps, request.actor, request.params.stackId, {
        format: request.body.format,
        language: request.body.language,
      })
      return reply.status(201).send({
        ...toClaimedBody(claimed),
        verifiableCredential: claimed.verifiableCredential,
      })
    },
  )
}

function toStackBody(stack: StackSummary) {
  return {
    id: stack.id,
    organisation: stack.organisation,
    name: stack.name,
    description: stack.description,
    rules: toRulesBody(stack.rules),
    isPublished: stack.isPublished,
    createdAt: stack.createdAt.toISOString(),
    updatedAt: stack.updatedAt.toISOString(),
    publishedAt: stack.publishedAt?.toISOString() ?? null,
  }
}

function toRulesBody(rules: StackRules) {
  return {
    parts: rules.parts.map(toPartBody),
    ...(rules.minimumEcts === undefined ? {} : { minimumEcts: rules.minimumEcts }),
    ...(rules.minimumEqfLevel === undefined ? {} : { minimumEqfLevel: rules.minimumEqfLevel }),
    levelRules: rules.levelRules.map((rule) => ({ ...rule })),
    ...(rules.maximumAgeMonths === undefined ? {} : { maximumAgeMonths: rules.maximumAgeMonths }),
    acceptedIssuers: [...rules.acceptedIssuers],
  }
}

function toPartBody(part: StackPart) {
  switch (part.kind) {
    case 'specification':
      return { kind: part.kind, specificationId: part.specificationId }
    case 'any-of':
      return { kind: part.kind, count: part.count, specificationIds: [...part.specificationIds] }
    default:
      return {
        kind: part.kind,
        skillUri: part.skillUri,
        count: part.count,
        ...(part.minimumEqfLevel === undefined ? {} : { minimumEqfLevel: part.minimumEqfLevel }),
      }
  }
}

function toClaimedBody(claimed: StackCredential) {
  return {
    credentialId: claimed.issuedCredentialId,
    format: claimed.format,
    claimedAt: claimed.claimedAt.toISOString(),
  }
}

function toProgressBody(view: StackProgressView) {
  const { progress } = view
  return {
    stack: toStackBody(view.stack),
    method: progress.method,
    evaluatedAt: progress.evaluatedAt.toISOString(),
    isComplete: progress.isComplete,
    unmet: [...progress.unmet],
    parts: progress.parts.map((part) => ({
      index: part.index,
      part: toPartBody(part.part),
      required: part.required,
      filledBy: [...part.filledBy],
      isDone: part.isDone,
      missing: part.missing,
      notCounted: part.notCounted.map((entry) => ({ ...entry, reasons: [...entry.reasons] })),
      usedElsewhere: part.usedElsewhere.map((entry) => ({ ...entry })),
      options: [...part.options],
    })),
    counted: [...progress.counted],
    ects: { ...progress.ects, minimum: progress.ects.minimum ?? null },
    levelRules: progress.levelRules.map((rule) => ({ ...rule })),
    oldestAllowed: progress.oldestAllowed?.toISOString() ?? null,
    notCounted: progress.notCounted.map((entry) => ({ ...entry, reasons: [...entry.reasons] })),
    credentials: view.credentials.map((credential) => ({
      id: credential.id,
      kind: credential.kind,
      name: credential.name,
      issuerName: credential.issuerName,
      awardedAt: credential.awardedAt?.toISOString() ?? null,
      ects: credential.ects ?? null,
      eqfLevel: credential.eqfLevel ?? null,
    })),
    specifications: view.specifications.map((specification) => ({
      ...specification,
      ects: specification.ects ?? null,
      eqfLevel: specification.eqfLevel ?? null,
    })),
    skills: view.skills.map((skill) => ({ ...skill })),
    claimed: view.claimed === undefined ? null : toClaimedBody(view.claimed),
    defaultFormat: defaultStackCredentialFormat,
  }
}

function languageOf(value: string | undefined): Language {
  return isLanguage(value) ? value : 'fi'
}
