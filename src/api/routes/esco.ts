import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import {
  type EscoConceptReference,
  type EscoSkillType,
  escoSearchLimits,
} from '../../core/index.js'
import {
  type Deps,
  getEscoOccupation,
  getEscoSkill,
  searchEscoOccupations,
  searchEscoSkills,
} from '../../services/index.js'
import { problemResponse } from '../problem.js'

const SearchQuery = Type.Object({
  q: Type.String({
    minLength: escoSearchLimits.minimumTextLength,
    maxLength: 200,
    description: 'Text to find in preferred and alternative labels (case-insensitive)',
  }),
  limit: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: escoSearchLimits.maximumLimit,
      default: escoSearchLimits.defaultLimit,
    }),
  ),
})

const UriParams = Type.Object({
  uri: Type.String({
    minLength: 1,
    maxLength: 500,
    description:
      'The concept URI, URI-encoded (e.g. http%3A%2F%2Fdata.europa.eu%2Fesco%2Fskill%2F…)',
  }),
})

const SkillType = Type.Union([Type.Literal('skill'), Type.Literal('knowledge'), Type.Null()], {
  description:
    "ESCO's skillType: knowledge, or skill for skill/competence; null for the few concepts ESCO leaves untyped",
})

const Match = {
  uri: Type.String(),
  preferredLabel: Type.String(),
  matchedLabel: Type.String({ description: 'The preferred or alternative label that matched' }),
  score: Type.Number({
    minimum: 0,
    maximum: 1,
    description: 'Higher is better; whole-label and prefix matches score above similar labels',
  }),
}

const Reference = Type.Object({ uri: Type.String(), preferredLabel: Type.String() })
const SkillReference = Type.Object({
  uri: Type.String(),
  preferredLabel: Type.String(),
  type: SkillType,
})

const Concept = {
  uri: Type.String(),
  preferredLabel: Type.String(),
  alternativeLabels: Type.Array(Type.String()),
  description: Type.Union([Type.String(), Type.Null()]),
  status: Type.Union([Type.String(), Type.Null()]),
}

/** The imported ESCO classification: public, for designers' autocomplete and study paths. */
export const escoRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/esco/skills',
    {
      schema: {
        tags: ['esco'],
        summary: 'Search ESCO skills and knowledge by label, best match first',
        querystring: SearchQuery,
        response: {
          200: Type.Object({
            items: Type.Array(Type.Object({ ...Match, type: SkillType })),
          }),
          400: problemResponse,
        },
      },
    },
    async (request) => {
      const matches = await searchEscoSkills(deps, {
        text: request.query.q,
        limit: request.query.limit,
      })
      return {
        items: matches.map((match) => ({
          uri: match.uri,
          type: match.type ?? null,
          preferredLabel: match.preferredLabel,
          matchedLabel: match.matchedLabel,
          score: match.score,
        })),
      }
    },
  )

  app.get(
    '/api/esco/skills/:uri',
    {
      schema: {
        tags: ['esco'],
        summary: 'One ESCO skill with its broader and related skills',
        params: UriParams,
        response: {
          200: Type.Object({
            ...Concept,
            type: SkillType,
            reuseLevel: Type.Union([Type.String(), Type.Null()]),
            broader: Type.Array(Reference),
            related: Type.Array(
              Type.Object({
                uri: Type.String(),
                preferredLabel: Type.String(),
                relationType: Type.Union([Type.Literal('essential'), Type.Literal('optional')]),
              }),
            ),
          }),
          404: problemResponse,
        },
      },
    },
    async (request) => {
      const skill = await getEscoSkill(deps, request.params.uri)
      return {
        uri: skill.uri,
        type: skill.type ?? null,
        reuseLevel: skill.reuseLevel ?? null,
        preferredLabel: skill.preferredLabel,
        alternativeLabels: [...skill.alternativeLabels],
        description: skill.description ?? null,
        status: skill.status ?? null,
        broader: skill.broader.map(toReference),
        related: skill.related.map((item) => ({
          ...toReference(item),
          relationType: item.relationType,
        })),
      }
    },
  )

  app.get(
    '/api/esco/occupations',
    {
      schema: {
        tags: ['esco'],
        summary: 'Search ESCO occupations by label, best match first',
        querystring: SearchQuery,
        response: {
          200: Type.Object({ items: Type.Array(Type.Object(Match)) }),
          400: problemResponse,
        },
      },
    },
    async (request) => ({
      items: (
        await searchEscoOccupations(deps, { text: request.query.q, limit: request.query.limit })
      ).map((match) => ({
        uri: match.uri,
        preferredLabel: match.preferredLabel,
        matchedLabel: match.matchedLabel,
        score: match.score,
      })),
    }),
  )

  app.get(
    '/api/esco/occupations/:uri',
    {
      schema: {
        tags: ['esco'],
        summary: 'One ESCO occupation with its essential and optional skills',
        params: UriParams,
        response: {
          200: Type.Object({
            ...Concept,
            iscoGroup: Type.Union([Type.String(), Type.Null()]),
            code: Type.Union([Type.String(), Type.Null()]),
            essentialSkills: Type.Array(SkillReference),
            optionalSkills: Type.Array(SkillReference),
          }),
          404: problemResponse,
        },
      },
    },
    async (request) => {
      const occupation = await getEscoOccupation(deps, request.params.uri)
      return {
        uri: occupation.uri,
        iscoGroup: occupation.iscoGroup ?? null,
        code: occupation.code ?? null,
        preferredLabel: occupation.preferredLabel,
        alternativeLabels: [...occupation.alternativeLabels],
        description: occupation.description ?? null,
        status: occupation.status ?? null,
        essentialSkills: occupation.essentialSkills.map(toSkillReference),
        optionalSkills: occupation.optionalSkills.map(toSkillReference),
      }
    },
  )
}

function toReference(concept: EscoConceptReference) {
  return { uri: concept.uri, preferredLabel: concept.preferredLabel }
}

function toSkillReference(skill: EscoConceptReference & { type: EscoSkillType | undefined }) {
  return { ...toReference(skill), type: skill.type ?? null }
}
