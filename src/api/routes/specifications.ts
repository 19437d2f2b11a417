import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { validateSpecification } from '../../core/index.js'
import {
  createSpecification,
  type Deps,
  getOrganisation,
  getSpecificationVersion,
  listOrganisationSpecifications,
  listSpecificationVersions,
  startSpecificationVersion,
  transitionSpecificationVersion,
  updateSpecificationDraft,
} from '../../services/index.js'
import { problemResponse } from '../problem.js'
import {
  fromContentBody,
  type SpecificationContentBody,
  toProblemBodies,
  toVersionBody,
} from '../specification-schemas.js'

const VersionWithProblems = Type.Object({
  version: Type.Ref('SpecificationVersion'),
  problems: Type.Array(Type.Ref('ValidationProblem')),
})
// A reference to the shared schema, typed as the body it validates.
const ContentReference = Type.Unsafe<SpecificationContentBody>(Type.Ref('SpecificationContent'))
const VersionParams = Type.Object({ versionId: Type.String({ format: 'uuid' }) })
const failures = {
  400: problemResponse,
  401: problemResponse,
  403: problemResponse,
  404: problemResponse,
  409: problemResponse,
}

/** Designing micro-credentials: drafts, versions, validation and the QA lifecycle. */
export const specificationRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (
  app,
  { deps },
) => {
  app.post(
    '/api/specifications/validate',
    {
      schema: {
        tags: ['specifications'],
        summary:
          'Check a specification against the EU standard elements and the Finnish rules, without saving it',
        body: Type.Object({ content: ContentReference }),
        response: {
          200: Type.Object({ problems: Type.Array(Type.Ref('ValidationProblem')) }),
          400: problemResponse,
        },
      },
    },
    async (request) => ({
      problems: toProblemBodies(validateSpecification(fromContentBody(request.body.content))),
    }),
  )

  app.post(
    '/api/organisations/:slug/specifications',
    {
      schema: {
        tags: ['specifications'],
        summary:
          'Start a new micro-credential as a draft (designers); it is saved with its problems listed',
        params: Type.Object({ slug: Type.String({ maxLength: 63 }) }),
        body: Type.Object({ content: ContentReference }),
        response: { 201: VersionWithProblems, ...failures },
      },
    },
    async (request, reply) => {
      const organisation = await getOrganisation(deps, request.params.slug)
      const { version, problems } = await createSpecification(deps, request.actor, {
        organisationId: organisation.id,
        content: fromContentBody(request.body.content),
      })
      return reply
        .status(201)
        .send({ version: toVersionBody(version), problems: toProblemBodies(problems) })
    },
  )

  app.get(
    '/api/organisations/:slug/specifications',
    {
      schema: {
        tags: ['specifications'],
        summary: 'The latest version of each of the organisation’s specifications (its staff)',
        params: Type.Object({ slug: Type.String({ maxLength: 63 }) }),
        response: {
          200: Type.Object({ items: Type.Array(Type.Ref('SpecificationVersion')) }),
          ...failures,
        },
      },
    },
    async (request) => {
      const organisation = await getOrganisation(deps, request.params.slug)
      return {
        items: (await listOrganisationSpecifications(deps, request.actor, organisation.id)).map(
          toVersionBody,
        ),
      }
    },
  )

  app.get(
    '/api/specification-versions/:versionId',
    {
      schema: {
        tags: ['specifications'],
        summary:
          'One version with its problems (published versions are public; others for the organisation’s staff)',
        params: VersionParams,
        response: {
          200: Type.Object({
            version: Type.Ref('SpecificationVersion'),
            problems: Type.Array(Type.Ref('ValidationProblem')),
            reviews: Type.Array(
              Type.Object({
                decision: Type.Union([Type.Literal('approve'), Type.Literal('return')]),
                reasons: Type.String(),
                decidedAt: Type.String({ format: 'date-time' }),
                blockingProblemCount: Type.Integer(),
                advisoryProblemCount: Type.Integer(),
              }),
            ),
          }),
          ...failures,
        },
      },
    },
    async (request) => {
      const { version, problems, reviews } = await getSpecificationVersion(
        deps,
        request.actor,
        request.params.versionId,
      )
      return {
        version: toVersionBody(version),
        problems: toProblemBodies(problems),
        reviews: reviews.map((review) => ({
          decision: review.decision,
          reasons: review.reasons,
          decidedAt: review.decidedAt.toISOString(),
          blockingProblemCount: review.blockingProblemCount,
          advisoryProblemCount: review.advisoryProblemCount,
        })),
      }
    },
  )

  app.put(
    '/api/specification-versions/:versionId',
    {
      schema: {
        tags: ['specifications'],
        summary: 'Replace the content of a draft (designers); other states answer 409',
        params: VersionParams,
        body: Type.Object({ content: ContentReference }),
        response: { 200: VersionWithProblems, ...failures },
      },
    },
    async (request) => {
      const { version, problems } = await updateSpecificationDraft(deps, request.actor, {
        versionId: request.params.versionId,
        content: fromContentBody(request.body.content),
      })
      return { version: toVersionBody(version), problems: toProblemBodies(problems) }
    },
  )

  app.post(
    '/api/specification-versions/:versionId/transitions',
    {
      schema: {
        tags: ['specifications'],
        summary:
          'Move a version on: submit (designer), approve or return with reasons (qa-reviewer), withdraw, publish (qa-reviewer or admin), retire with a reason (admin)',
        params: VersionParams,
        body: Type.Object({
          action: Type.Union([
            Type.Literal('submit'),
            Type.Literal('approve'),
            Type.Literal('return'),
            Type.Literal('withdraw'),
            Type.Literal('publish'),
            Type.Literal('retire'),
          ]),
          reason: Type.Optional(Type.String({ maxLength: 5000 })),
        }),
        response: { 200: Type.Ref('SpecificationVersion'), ...failures },
      },
    },
    async (request) =>
      toVersionBody(
        await transitionSpecificationVersion(deps, request.actor, {
          versionId: request.params.versionId,
          action: request.body.action,
          reason: request.body.reason,
        }),
      ),
  )

  app.post(
    '/api/specification-versions/:versionId/next-version',
    {
      schema: {
        tags: ['specifications'],
        summary:
          'Start the next version of a published micro-credential as a draft, with a change log',
        params: VersionParams,
        body: Type.Object({ changeLog: Type.String({ maxLength: 5000 }) }),
        response: { 201: Type.Ref('SpecificationVersion'), ...failures },
      },
    },
    async (request, reply) => {
      const version = await startSpecificationVersion(deps, request.actor, {
        fromVersionId: request.params.versionId,
        changeLog: request.body.changeLog,
      })
      return reply.status(201).send(toVersionBody(version))
    },
  )

  app.get(
    '/api/specifications/:specificationId/versions',
    {
      schema: {
        tags: ['specifications'],
        summary: 'The version history of a specification (the versions the caller may see)',
        params: Type.Object({ specificationId: Type.String({ format: 'uuid' }) }),
        response: {
          200: Type.Object({ items: Type.Array(Type.Ref('SpecificationVersion')) }),
          ...failures,
        },
      },
    },
    async (request) => ({
      items: (
        await listSpecificationVersions(deps, request.actor, request.params.specificationId)
      ).map(toVersionBody),
    }),
  )
}
