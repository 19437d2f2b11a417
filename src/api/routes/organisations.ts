import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Organisation } from '../../core/index.js'
import { type Deps, getOrganisation, listOrganisations } from '../../services/index.js'
import { problemResponse } from '../problem.js'

/** Public facts about the organisations of this installation. */
export const organisationRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (
  app,
  { deps },
) => {
  app.get(
    '/api/organisations',
    {
      schema: {
        tags: ['organisations'],
        summary: 'List the organisations of this installation',
        response: { 200: Type.Object({ items: Type.Array(Type.Ref('Organisation')) }) },
      },
    },
    async () => ({ items: (await listOrganisations(deps)).map(toOrganisationBody) }),
  )

  app.get(
    '/api/organisations/:slug',
    {
      schema: {
        tags: ['organisations'],
        summary: 'One organisation by its short name',
        params: Type.Object({ slug: Type.String({ maxLength: 63 }) }),
        response: { 200: Type.Ref('Organisation'), 404: problemResponse },
      },
    },
    async (request) => toOrganisationBody(await getOrganisation(deps, request.params.slug)),
  )
}

function toOrganisationBody(organisation: Organisation) {
  return {
    id: organisation.id,
    slug: organisation.slug,
    kind: organisation.kind,
    name: organisation.name,
    country: organisation.country,
    region: organisation.region ?? null,
  }
}
