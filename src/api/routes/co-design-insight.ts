import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { thinCoverageMax } from '../../core/index.js'
import { type Deps, readCoDesignInsight } from '../../services/index.js'
import { problemResponse } from '../problem.js'

const InsightBody = Type.Object({
  openNeedCount: Type.Integer({ description: 'open needs the caller may read' }),
  gaps: Type.Array(
    Type.Object({
      uri: Type.String(),
      label: Type.String(),
      needCount: Type.Integer({ description: 'open needs asking for the skill' }),
      peopleCount: Type.Integer({ description: 'people those needs are for' }),
      offerCount: Type.Integer({ description: 'published micro-credentials teaching it' }),
      coverage: Type.Union([Type.Literal('none'), Type.Literal('thin')]),
    }),
    {
      description: `most needed skills taught by no or at most ${thinCoverageMax} published micro-credentials; most needs first`,
    },
  ),
  regions: Type.Array(
    Type.Object({
      region: Type.String(),
      needCount: Type.Integer(),
      peopleCount: Type.Integer(),
    }),
  ),
  fields: Type.Array(
    Type.Object({
      fieldUri: Type.Union([Type.String(), Type.Null()], {
        description: 'an ISCED-F broad field above the needs’ skills in ESCO; null: none',
      }),
      label: Type.Union([Type.String(), Type.Null()]),
      needCount: Type.Integer(),
    }),
  ),
  institutions: Type.Array(
    Type.Object({
      organisationId: Type.String({ format: 'uuid' }),
      slug: Type.String(),
      name: Type.Ref('LanguageMap'),
      publishedNeedCount: Type.Integer({
        description: 'open needs its published micro-credentials share a skill with',
      }),
      draftNeedCount: Type.Union([Type.Integer(), Type.Null()], {
        description: 'those its drafts share a skill with; only for the caller’s own institutions',
      }),
    }),
  ),
})

/** Demand against supply for co-design with working life, as data (decision 0026). */
export const coDesignInsightRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (
  app,
  { deps },
) => {
  app.get(
    '/api/co-design/insight',
    {
      schema: {
        tags: ['co-design'],
        summary:
          'Demand against supply over the open competence needs the caller may read: skills with no or thin coverage, needs per region and field, needs each institution answers',
        response: { 200: InsightBody, 400: problemResponse },
      },
    },
    async (request) => {
      const insight = await readCoDesignInsight(deps, request.actor)
      return {
        openNeedCount: insight.openNeedCount,
        gaps: insight.gaps.map((gap) => ({ ...gap })),
        regions: insight.regions.map((region) => ({ ...region })),
        fields: insight.fields.map((field) => ({
          fieldUri: field.fieldUri ?? null,
          label: field.label ?? null,
          needCount: field.needCount,
        })),
        institutions: insight.institutions.map((institution) => ({
          ...institution,
          draftNeedCount: institution.draftNeedCount ?? null,
        })),
      }
    },
  )
}
