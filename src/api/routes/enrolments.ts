import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { type Static, Type } from 'typebox'
import type { Enrolment } from '../../core/index.js'
import {
  type Deps,
  enrolInOffering,
  importEnrolments,
  listEnrolments,
} from '../../services/index.js'
import { problemResponse } from '../problem.js'

const EnrolmentBody = Type.Object({
  id: Type.String({ format: 'uuid' }),
  offeringId: Type.String({ format: 'uuid' }),
  personId: Type.String({ format: 'uuid' }),
  studentNumber: Type.Union([Type.String(), Type.Null()]),
  source: Type.Union([Type.Literal('self'), Type.Literal('import')]),
  enrolledAt: Type.String({ format: 'date-time' }),
})
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
