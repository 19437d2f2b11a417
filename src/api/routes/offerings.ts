import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { type Static, Type } from 'typebox'
import type { Offering, OfferingInput } from '../../core/index.js'
import {
  createOffering,
  type Deps,
  getOffering,
  getOrganisation,
  listOpenOfferings,
  listOrganisationOfferings,
  transitionOffering,
  updateOffering,
} from '../../services/index.js'
import { problemResponse } from '../problem.js'

export const OfferingBody = Type.Object({
  id: Type.String({ format: 'uuid' }),
  organisationId: Type.String({ format: 'uuid' }),
  specificationId: Type.String({ format: 'uuid' }),
  versionId: Type.String({ format: 'uuid' }),
  state: Type.Union([
    Type.Literal('planned'),
    Type.Literal('open'),
    Type.Literal('running'),
    Type.Literal('closed'),
  ]),
  startsOn: Type.String({ format: 'date' }),
  endsOn: Type.String({ format: 'date' }),
  enrolmentOpensAt: Type.String({ format: 'date-time' }),
  enrolmentClosesAt: Type.String({ format: 'date-time' }),
  seatLimit: Type.Union([Type.Integer(), Type.Null()]),
  price: Type.Union([
    Type.Object({ amountCents: Type.Integer(), currency: Type.Literal('EUR') }),
    Type.Null(),
  ]),
  formOfParticipation: Type.String(),
  languageOfInstruction: Type.String(),
  teachers: Type.Array(Type.String()),
  courseCode: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
})

// Loose on purpose: the use case checks the details and reports every problem at once. Nullable
// fields are type arrays, not unions: with a union the schema's type coercion reads 0 as null.
const DetailsBody = Type.Object({
  startsOn: Type.Optional(Type.String({ maxLength: 10, description: 'YYYY-MM-DD' })),
  endsOn: Type.Optional(Type.String({ maxLength: 10, description: 'YYYY-MM-DD' })),
  enrolmentOpensAt: Type.Optional(
    Type.String({ maxLength: 40, description: 'ISO 8601 date-time with a time zone' }),
  ),
  enrolmentClosesAt: Type.Optional(
    Type.String({ maxLength: 40, description: 'ISO 8601 date-time with a time zone' }),
  ),
  seatLimit: Type.Optional(
    Type.Unsafe<number | null>({ type: ['integer', 'null'], description: 'no limit when null' }),
  ),
  priceCents: Type.Optional(
    Type.Unsafe<number | null>({
      type: ['integer', 'null'],
      description: 'in euro cents; no price when null',
    }),
  ),
  formOfParticipation: Type.Optional(
    Type.String({ maxLength: 40, description: 'online, presential, blended, …' }),
  ),
  languageOfInstruction: Type.Optional(
    Type.String({ maxLength: 10, description: 'ISO 639-1, e.g. fi' }),
  ),
  teachers: Type.Optional(Type.Array(Type.String({ maxLength: 200 }), { maxItems: 50 })),
  courseCode: Type.Optional(
    Type.Unsafe<string | null>({ type: ['string', 'null'], maxLength: 40 }),
  ),
})
const CreateBody = Type.Object({
  versionId: Type.Optional(
    Type.String({
      format: 'uuid',
      description: 'the published version to offer; the latest published one when left out',
    }),
  ),
  ...DetailsBody.properties,
})
const OfferingParams = Type.Object({ offeringId: Type.String({ format: 'uuid' }) })
const failures = {
  400: problemResponse,
  401: problemResponse,
  403: problemResponse,
  404: problemResponse,
  409: problemResponse,
}

/** Running micro-credentials: offerings of published versions and their lifecycle. */
export const offeringRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/api/specifications/:specificationId/offerings',
    {
      schema: {
        tags: ['offerings'],
        summary:
          'Plan an offering of a published version (registrars and admins of the specification’s organisation); every problem is listed at once',
        params: Type.Object({ specificationId: Type.String({ format: 'uuid' }) }),
        body: CreateBody,
        response: { 201: OfferingBody, ...failures },
      },
    },
    async (request, reply) => {
      const { versionId, ...details } = request.body
      const offering = await createOffering(deps, request.actor, {
        specificationId: request.params.specificationId,
        versionId,
        details: fromDetailsBody(details),
      })
      return reply.status(201).send(toOfferingBody(offering))
    },
  )

  app.get(
    '/api/specifications/:specificationId/offerings',
    {
      schema: {
        tags: ['offerings'],
        summary: 'The open offerings of a specification, earliest start first (public)',
        params: Type.Object({ specificationId: Type.String({ format: 'uuid' }) }),
        response: { 200: Type.Object({ items: Type.Array(OfferingBody) }), ...failures },
      },
    },
    async (request) => ({
      items: (await listOpenOfferings(deps, request.params.specificationId)).map(toOfferingBody),
    }),
  )

  app.get(
    '/api/organisations/:slug/offerings',
    {
      schema: {
        tags: ['offerings'],
        summary: 'Every offering of the organisation, latest start first (its staff)',
        params: Type.Object({ slug: Type.String({ maxLength: 63 }) }),
        response: { 200: Type.Object({ items: Type.Array(OfferingBody) }), ...failures },
      },
    },
    async (request) => {
      const organisation = await getOrganisation(deps, request.params.slug)
      return {
        items: (await listOrganisationOfferings(deps, request.actor, organisation.id)).map(
          toOfferingBody,
        ),
      }
    },
  )

  app.get(
    '/api/offerings/:offeringId',
    {
      schema: {
        tags: ['offerings'],
        summary: 'One offering (public once opened; planned ones for the organisation’s staff)',
        params: OfferingParams,
        response: { 200: OfferingBody, ...failures },
      },
    },
    async (request) =>
      toOfferingBody(await getOffering(deps, request.actor, request.params.offeringId)),
  )

  app.patch(
    '/api/offerings/:offeringId',
    {
      schema: {
        tags: ['offerings'],
        summary:
          'Change the details of a planned offering (registrars and admins); fields left out stay',
        params: OfferingParams,
        body: DetailsBody,
        response: { 200: OfferingBody, ...failures },
      },
    },
    async (request) =>
      toOfferingBody(
        await updateOffering(deps, request.actor, {
          offeringId: request.params.offeringId,
          details: fromDetailsBody(request.body),
        }),
      ),
  )

  app.post(
    '/api/offerings/:offeringId/transitions',
    {
      schema: {
        tags: ['offerings'],
        summary:
          'Move an offering on: open (planned → open), start (open → running), close (from any earlier state); registrars and admins',
        params: OfferingParams,
        body: Type.Object({
          action: Type.Union([Type.Literal('open'), Type.Literal('start'), Type.Literal('close')]),
        }),
        response: { 200: OfferingBody, ...failures },
      },
    },
    async (request) =>
      toOfferingBody(
        await transitionOffering(deps, request.actor, {
          offeringId: request.params.offeringId,
          action: request.body.action,
        }),
      ),
  )
}

function fromDetailsBody(body: Static<typeof DetailsBody>): OfferingInput {
  return body
}

/** An offering as the API shows it: dates as text, money as an amount with its currency. */
export function toOfferingBody(offering: Offering): Static<typeof OfferingBody> {
  const { details } = offering
  return {
    id: offering.id,
    organisationId: offering.organisationId,
    specificationId: offering.specificationId,
    versionId: offering.versionId,
    state: offering.state,
    startsOn: details.startsOn,
    endsOn: details.endsOn,
    enrolmentOpensAt: details.enrolmentOpensAt.toISOString(),
    enrolmentClosesAt: details.enrolmentClosesAt.toISOString(),
    seatLimit: details.seatLimit ?? null,
    price:
      details.priceCents === undefined
        ? null
        : { amountCents: details.priceCents, currency: 'EUR' },
    formOfParticipation: details.formOfParticipation,
    languageOfInstruction: details.languageOfInstruction,
    teachers: [...details.teachers],
    courseCode: details.courseCode ?? null,
    createdAt: offering.createdAt.toISOString(),
    updatedAt: offering.updatedAt.toISOString(),
  }
}
