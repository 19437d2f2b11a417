import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { type Static, Type } from 'typebox'
import type { Enrolment } from '../../core/index.js'
import {
  type Deps,
  enrolInOffering,
  importEnrolments,
  listEnrolments,
  listMyEnrolments,
  type MyEnrolment,
} from '../../services/index.js'
import { problemResponse } from '../problem.js'
import { OfferingBody, toOfferingBody } from './offerings.js'

const EnrolmentBody = Type.Object({
  id: Type.String({ format: 'uuid' }),
  offeringId: Type.String({ format: 'uuid' }),
  personId: Type.String({ format: 'uuid' }),
  studentNumber: Type.Union([Type.String(), Type.Null()]),
  source: Type.Union([Type.Literal('self'), Type.Literal('import')]),
  enrolledAt: Type.String({ format: 'date-time' }),
})
const LanguageMapBody = Type.Record(Type.String(), Type.String())
const MyEnrolmentBody = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    offering: OfferingBody,
    title: LanguageMapBody,
    ects: Type.Union([Type.Number(), Type.Null()]),
    organisationName: LanguageMapBody,
    source: Type.Union([Type.Literal('self'), Type.Literal('import')]),
    enrolledAt: Type.String({ format: 'date-time' }),
    result: Type.Union([
      Type.Object({
        grade: Type.String(),
        assessedOn: Type.String({ format: 'date' }),
        isPassed: Type.Boolean(),
      }),
      Type.Null(),
    ]),
    credentialId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  },
  { description: 'One of the signed-in person’s enrolments' },
)
const OfferingParams = Type.Object({ offeringId: Type.String({ format: 'uuid' }) })
const failures = {
  400: problemResponse,
  401: problemResponse,
  403: problemResponse,
  404: problemResponse,
  409: problemResponse,
}

/** Enrolment: people enrol themselves in open offerings; registrars import enrolments from CSV. */
export const enrolmentRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  // CSV imports arrive as text; the parser is scoped to this plugin's routes.
  app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => {
    done(null, body)
  })

  app.get(
    '/api/me/enrolments',
    {
      schema: {
        tags: ['offerings'],
        summary:
          'The signed-in person’s enrolments, newest first: the offering, its micro-credential and organisation, the grade and the credential once there are',
        response: {
          200: Type.Object({ items: Type.Array(MyEnrolmentBody) }),
          401: problemResponse,
          403: problemResponse,
        },
      },
    },
    async (request, reply) => {
      const enrolments = await listMyEnrolments(deps, request.actor)
      void reply.header('cache-control', 'no-store')
      return { items: enrolments.map(toMyEnrolmentBody) }
    },
  )

  app.post(
    '/api/offerings/:offeringId/enrolments',
    {
      schema: {
        tags: ['offerings'],
        summary:
          'Enrol yourself in an open offering inside its enrolment window (signed-in people); 409 when full, already enrolled or outside the window',
        params: OfferingParams,
        response: { 201: EnrolmentBody, ...failures },
      },
    },
    async (request, reply) => {
      const enrolment = await enrolInOffering(deps, request.actor, {
        offeringId: request.params.offeringId,
      })
      return reply.status(201).send(toEnrolmentBody(enrolment))
    },
  )

  app.get(
    '/api/offerings/:offeringId/enrolments',
    {
      schema: {
        tags: ['offerings'],
        summary: 'The enrolments of an offering (registrars, assessors and admins)',
        params: OfferingParams,
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({ ...EnrolmentBody.properties, displayName: Type.String() }),
            ),
          }),
          ...failures,
        },
      },
    },
    async (request) => ({
      items: (await listEnrolments(deps, request.actor, request.params.offeringId)).map((item) => ({
        ...toEnrolmentBody(item),
        displayName: item.displayName,
      })),
    }),
  )

  app.post(
    '/api/offerings/:offeringId/enrolments/import',
    {
      schema: {
        tags: ['offerings'],
        summary:
          'Import enrolments from CSV (text/csv, columns student_number,name,email; registrars and admins): all or nothing, every row’s problems at once',
        params: OfferingParams,
        body: Type.String({ maxLength: 5_000_000, description: 'text/csv' }),
        response: {
          200: Type.Object({
            enrolled: Type.Integer(),
            createdPeople: Type.Integer(),
            alreadyEnrolled: Type.Integer(),
          }),
          ...failures,
          415: problemResponse,
        },
      },
    },
    async (request) =>
      importEnrolments(deps, request.actor, {
        offeringId: request.params.offeringId,
        csv: request.body,
      }),
  )
}

function toEnrolmentBody(enrolment: Enrolment): Static<typeof EnrolmentBody> {
  return {
    id: enrolment.id,
    offeringId: enrolment.offeringId,
    personId: enrolment.personId,
    studentNumber: enrolment.studentNumber ?? null,
    source: enrolment.source,
    enrolledAt: enrolment.enrolledAt.toISOString(),
  }
}

function toMyEnrolmentBody(enrolment: MyEnrolment): Static<typeof MyEnrolmentBody> {
  return {
    id: enrolment.id,
    offering: toOfferingBody(enrolment.offering),
    title: { ...enrolment.title },
    ects: enrolment.ects ?? null,
    organisationName: { ...enrolment.organisationName },
    source: enrolment.source,
    enrolledAt: enrolment.enrolledAt.toISOString(),
    result: enrolment.result ?? null,
    credentialId: enrolment.credentialId ?? null,
  }
}
