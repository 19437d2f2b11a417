import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { type Static, Type } from 'typebox'
import type { AssessmentResult } from '../../core/index.js'
import { type Deps, importResults, listResults, recordResult } from '../../services/index.js'
import { problemResponse } from '../problem.js'

const ResultBody = Type.Object({
  id: Type.String({ format: 'uuid' }),
  enrolmentId: Type.String({ format: 'uuid' }),
  grade: Type.String(),
  assessedOn: Type.String({ format: 'date' }),
  supervision: Type.String(),
  evidence: Type.Array(Type.String()),
  credits: Type.Union([Type.String(), Type.Null()]),
  assessorId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  source: Type.Union([Type.Literal('manual'), Type.Literal('import')]),
  recordedAt: Type.String({ format: 'date-time' }),
})
const OfferingParams = Type.Object({ offeringId: Type.String({ format: 'uuid' }) })
const failures = {
  400: problemResponse,
  401: problemResponse,
  403: problemResponse,
  404: problemResponse,
  409: problemResponse,
}

/** Assessment results: recorded one by one or imported from a student-information system. */
export const resultRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  // CSV imports arrive as text; the parser is scoped to this plugin's routes.
  app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => {
    done(null, body)
  })

  app.post(
    '/api/offerings/:offeringId/results',
    {
      schema: {
        tags: ['offerings'],
        summary:
          'Record an enrolled learner’s result (assessors, registrars and admins); replaces an earlier one; every problem at once',
        params: OfferingParams,
        body: Type.Object({
          personId: Type.String({ format: 'uuid' }),
          grade: Type.String({
            maxLength: 20,
            description: '0–5, or pass/fail (hyväksytty/hylätty)',
          }),
          assessedOn: Type.String({ maxLength: 10, description: 'YYYY-MM-DD, not in the future' }),
          supervision: Type.String({ maxLength: 60, description: 'a supervisionLevels key' }),
          evidence: Type.Optional(
            Type.Array(Type.String({ maxLength: 2000 }), {
              maxItems: 20,
              description: 'https links',
            }),
          ),
        }),
        response: { 201: ResultBody, ...failures },
      },
    },
    async (request, reply) => {
      const result = await recordResult(deps, request.actor, {
        offeringId: request.params.offeringId,
        ...request.body,
      })
      return reply.status(201).send(toResultBody(result))
    },
  )

  app.get(
    '/api/offerings/:offeringId/results',
    {
      schema: {
        tags: ['offerings'],
        summary: 'The results recorded in an offering (assessors, registrars and admins)',
        params: OfferingParams,
        response: { 200: Type.Object({ items: Type.Array(ResultBody) }), ...failures },
      },
    },
    async (request) => ({
      items: (await listResults(deps, request.actor, request.params.offeringId)).map(toResultBody),
    }),
  )

  app.post(
    '/api/offerings/:offeringId/results/import',
    {
      schema: {
        tags: ['offerings'],
        summary:
          'Import results from a student-information-system export (text/csv; docs/results-csv-template.md): all or nothing, or with skipInvalid=true the valid rows and a list of the skipped ones',
        params: OfferingParams,
        querystring: Type.Object({ skipInvalid: Type.Optional(Type.Boolean()) }),
        body: Type.String({ maxLength: 5_000_000, description: 'text/csv' }),
        response: {
          200: Type.Object({
            recorded: Type.Integer(),
            skipped: Type.Array(
              Type.Object({ row: Type.Integer(), problems: Type.Array(Type.Ref('RowProblem')) }),
            ),
          }),
          ...failures,
          415: problemResponse,
        },
      },
    },
    async (request) => {
      const summary = await importResults(deps, request.actor, {
        offeringId: request.params.offeringId,
        csv: request.body,
        skipInvalid: request.query.skipInvalid === true,
      })
      return {
        recorded: summary.recorded,
        skipped: summary.skipped.map((each) => ({ row: each.row, problems: [...each.problems] })),
      }
    },
  )
}

function toResultBody(result: AssessmentResult): Static<typeof ResultBody> {
  return {
    id: result.id,
    enrolmentId: result.enrolmentId,
    grade: result.grade,
    assessedOn: result.assessedOn,
    supervision: result.supervision,
    evidence: [...result.evidence],
    credits: result.credits ?? null,
    assessorId: result.assessorId ?? null,
    source: result.source,
    recordedAt: result.recordedAt.toISOString(),
  }
}
