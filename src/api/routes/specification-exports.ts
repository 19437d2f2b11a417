import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import {
  type Deps,
  exportSpecification,
  getOrganisation,
  importSpecifications,
} from '../../services/index.js'
import { problemResponse } from '../problem.js'
import { toProblemBodies, toVersionBody } from '../specification-schemas.js'

const VersionParams = Type.Object({ versionId: Type.String({ format: 'uuid' }) })
// The documents are defined by their standards (OB 3.0 JSON Schema, ELM), not restated here.
const Document = Type.Object({}, { additionalProperties: true })
const failures = {
  400: problemResponse,
  401: problemResponse,
  403: problemResponse,
  404: problemResponse,
}

/** Specifications in and out: Open Badges 3.0 and ELM exports; JSON and CSV imports. */
export const specificationExportRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (
  app,
  { deps },
) => {
  app.get(
    '/api/specification-versions/:versionId/exports/open-badges-achievement',
    {
      schema: {
        tags: ['specifications'],
        summary:
          'The version as an Open Badges 3.0 Achievement (published versions are public; others for the organisation’s staff)',
        params: VersionParams,
        response: { 200: Document, ...failures },
      },
    },
    async (request) =>
      exportSpecification(deps, request.actor, {
        versionId: request.params.versionId,
        format: 'ob3',
      }),
  )

  app.get(
    '/api/specification-versions/:versionId/exports/elm',
    {
      schema: {
        tags: ['specifications'],
        summary:
          'The version as an ELM 3 learning-achievement specification in JSON-LD (published versions are public; others for the organisation’s staff)',
        params: VersionParams,
        response: { 200: Document, ...failures },
      },
    },
    async (request, reply) => {
      const document = await exportSpecification(deps, request.actor, {
        versionId: request.params.versionId,
        format: 'elm',
      })
      return reply.header('content-type', 'application/ld+json; charset=utf-8').send(document)
    },
  )

  app.post(
    '/api/organisations/:slug/specification-imports',
    {
      schema: {
        tags: ['specifications'],
        summary:
          'Import specifications as drafts (designers), from JSON items in the export shape or the CSV template; all or nothing, every row’s problems listed',
        params: Type.Object({ slug: Type.String({ maxLength: 63 }) }),
        body: Type.Union([
          Type.Object({
            format: Type.Literal('json'),
            // Each item's shape is checked by the import, so every row's problems come at once.
            items: Type.Array(Type.Unknown(), { minItems: 1, maxItems: 500 }),
          }),
          Type.Object({
            format: Type.Literal('csv'),
            csv: Type.String({ minLength: 1, maxLength: 5_000_000 }),
          }),
        ]),
        response: {
          201: Type.Object({
            items: Type.Array(
              Type.Object({
                version: Type.Ref('SpecificationVersion'),
                problems: Type.Array(Type.Ref('ValidationProblem')),
              }),
            ),
          }),
          ...failures,
        },
      },
    },
    async (request, reply) => {
      const organisation = await getOrganisation(deps, request.params.slug)
      const created = await importSpecifications(deps, request.actor, {
        organisationId: organisation.id,
        ...request.body,
      })
      return reply.status(201).send({
        items: created.map(({ version, problems }) => ({
          version: toVersionBody(version),
          problems: toProblemBodies(problems),
        })),
      })
    },
  )
}
