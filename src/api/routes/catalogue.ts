import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { catalogueLimits } from '../../core/index.js'
import {
  type CatalogueItem,
  type Deps,
  getCatalogueSpecification,
  searchCatalogue,
} from '../../services/index.js'
import { problemResponse } from '../problem.js'
import { toVersionBody } from '../specification-schemas.js'

// Every parameter is a string here and checked by core's parseCatalogueParameters, so that a bad
// request is answered with all of its problems at once.
const parameter = (description: string) =>
  Type.Optional(Type.String({ maxLength: 500, description }))

const SearchQuery = Type.Object({
  q: parameter(
    `Words to find in Finnish, Swedish or English, inflected forms included; every word must match (at most ${catalogueLimits.maxWords} words)`,
  ),
  ectsMin: parameter('Smallest size in ECTS credits (op)'),
  ectsMax: parameter('Largest size in ECTS credits (op)'),
  eqf: parameter('EQF level 1–8, or not-applicable'),
  isced: parameter('ISCED-F field code or its start (06 matches 0613)'),
  form: parameter('Form of participation: online, blended, presential, work-based, …'),
  language: parameter('Language of instruction (ISO 639-1, e.g. fi)'),
  organisation: parameter('Slug of an awarding organisation'),
  priceMax: parameter('Highest price in euros (0 for free ones)'),
  skill: parameter('ESCO skill URI that a learning outcome builds'),
  limit: parameter(
    `Results per page, 1–${catalogueLimits.maxLimit} (default ${catalogueLimits.defaultLimit})`,
  ),
  offset: parameter(`Results to skip, 0–${catalogueLimits.maxOffset}`),
})

const CatalogueItemSchema = Type.Object({
  specificationId: Type.String({ format: 'uuid' }),
  versionId: Type.String({ format: 'uuid' }),
  title: Type.Ref('LanguageMap'),
  summary: Type.Ref('LanguageMap'),
  ects: Type.Union([Type.Number(), Type.Null()]),
  eqfLevel: Type.Union([Type.String(), Type.Null()]),
  iscedField: Type.Union([Type.String(), Type.Null()]),
  formsOfParticipation: Type.Array(Type.String()),
  languages: Type.Array(Type.String()),
  price: Type.Union([
    Type.Object({ amountCents: Type.Integer(), currency: Type.Literal('EUR') }),
    Type.Null(),
  ]),
  awardingBodies: Type.Array(
    Type.Object({ id: Type.String(), slug: Type.String(), name: Type.Ref('LanguageMap') }),
  ),
  publishedAt: Type.String({ format: 'date-time' }),
  score: Type.Number({ description: 'Higher is a better match; 0 without search words' }),
})

/** The public catalogue of published micro-credentials. */
export const catalogueRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/catalogue',
    {
      schema: {
        tags: ['catalogue'],
        summary:
          'Search the published micro-credentials: words in Finnish, Swedish or English and filters; best matches first, then newest',
        querystring: SearchQuery,
        response: {
          200: Type.Object({ items: Type.Array(CatalogueItemSchema), total: Type.Integer() }),
          400: problemResponse,
        },
      },
    },
    async (request) => {
      const page = await searchCatalogue(deps, request.query)
      return { total: page.total, items: page.items.map(toItemBody) }
    },
  )

  app.get(
    '/api/catalogue/:specificationId',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'The published version of a micro-credential (its latest, if several)',
        params: Type.Object({ specificationId: Type.String({ format: 'uuid' }) }),
        response: {
          200: Type.Ref('SpecificationVersion'),
          400: problemResponse,
          404: problemResponse,
        },
      },
    },
    async (request) =>
      toVersionBody(await getCatalogueSpecification(deps, request.params.specificationId)),
  )
}

function toItemBody(item: CatalogueItem) {
  return {
    specificationId: item.specificationId,
    versionId: item.versionId,
    title: item.title,
    summary: item.summary,
    ects: item.ects ?? null,
    eqfLevel: item.eqfLevel ?? null,
    iscedField: item.iscedField ?? null,
    formsOfParticipation: [...item.formsOfParticipation],
    languages: [...item.languages],
    price: item.price ?? null,
    awardingBodies: item.awardingBodies.map((body) => ({ ...body })),
    publishedAt: item.publishedAt.toISOString(),
    score: item.score,
  }
}
