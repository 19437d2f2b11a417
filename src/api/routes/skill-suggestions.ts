import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import {
  acceptSuggestedSkill,
  type Deps,
  forgetRejectedSkill,
  getOrganisation,
  listRejectedSkills,
  type RejectedSkill,
  rejectSuggestedSkill,
  suggestNeedSkills,
} from '../../services/index.js'
import { problemResponse } from '../problem.js'
import { CompetenceNeedBody, toCompetenceNeedBody } from './competence-needs.js'

const SlugParams = Type.Object({ slug: Type.String({ maxLength: 63 }) })
const SkillUri = Type.String({
  maxLength: 200,
  description: 'an ESCO skill URI, http://data.europa.eu/esco/skill/<uuid>',
})
const failures = {
  400: problemResponse,
  401: problemResponse,
  403: problemResponse,
  404: problemResponse,
  409: problemResponse,
}

const SuggestionsBody = Type.Object({
  language: Type.Literal('en', { description: 'the language of the imported ESCO: English' }),
  isEscoImported: Type.Boolean({ description: 'false: no ESCO imported, nothing to suggest' }),
  suggestions: Type.Array(
    Type.Object({
      uri: Type.String(),
      preferredLabel: Type.String(),
      score: Type.Number({ description: 'BM25 score, three decimals; best first' }),
      matchedWords: Type.Array(
        Type.Object({
          word: Type.String({ description: 'the word as the text has it, lower-cased' }),
          stem: Type.String({ description: 'its English (Porter) stem, which was matched' }),
          inLabel: Type.Boolean({ description: 'a label of the skill has it' }),
          inDescription: Type.Boolean({ description: 'the skill’s description has it' }),
        }),
        { description: 'the words of the text the skill matched, in the text’s order' },
      ),
    }),
  ),
  rejectedCount: Type.Integer({
    description: 'skills the organisation rejected before that the text would have brought',
  }),
})

const RejectionsBody = Type.Object({
  items: Type.Array(
    Type.Object({
      skillUri: Type.String(),
      preferredLabel: Type.String(),
      rejectedAt: Type.String({ format: 'date-time' }),
    }),
  ),
})

function toRejectionsBody(items: readonly RejectedSkill[]) {
  return {
    items: items.map((item) => ({
      skillUri: item.skillUri,
      preferredLabel: item.preferredLabel,
      rejectedAt: item.rejectedAt.toISOString(),
    })),
  }
}

/**
 * ESCO skills suggested for a competence need written as free text, and the partner's decision on
 * each: accepted ones become the need's skills, rejected ones are not suggested again (0026).
 */
export const skillSuggestionRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (
  app,
  { deps },
) => {
  app.post(
    '/api/organisations/:slug/competence-needs/suggest-skills',
    {
      schema: {
        tags: ['co-design'],
        summary:
          'ESCO skills for a need written as free text (BM25 over English ESCO labels and descriptions), each with the words it matched; skills the organisation rejected are left out (its partners and admins)',
        params: SlugParams,
        body: Type.Object({
          text: Type.String({ maxLength: 20_000, description: 'the need in English words' }),
          language: Type.String({ maxLength: 10, description: 'en: the imported ESCO’s language' }),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10 })),
          excludeSkillUris: Type.Optional(
            Type.Array(SkillUri, { maxItems: 200, description: 'skills already accepted' }),
          ),
        }),
        response: { 200: SuggestionsBody, ...failures },
      },
    },
    async (request) => {
      const organisation = await getOrganisation(deps, request.params.slug)
      const result = await suggestNeedSkills(deps, request.actor, {
        organisationId: organisation.id,
        text: request.body.text,
        language: request.body.language,
        limit: request.body.limit,
        excludeSkillUris: request.body.excludeSkillUris,
      })
      return {
        ...result,
        suggestions: result.suggestions.map((suggestion) => ({
          ...suggestion,
          matchedWords: suggestion.matchedWords.map((word) => ({ ...word })),
        })),
      }
    },
  )

  app.get(
    '/api/organisations/:slug/skill-suggestion-rejections',
    {
      schema: {
        tags: ['co-design'],
        summary:
          'The ESCO skills the organisation rejected as suggestions, newest first (its partners and admins)',
        params: SlugParams,
        response: { 200: RejectionsBody, ...failures },
      },
    },
    async (request) => {
      const organisation = await getOrganisation(deps, request.params.slug)
      return toRejectionsBody(await listRejectedSkills(deps, request.actor, organisation.id))
    },
  )

  app.post(
    '/api/organisations/:slug/skill-suggestion-rejections',
    {
      schema: {
        tags: ['co-design'],
        summary:
          'Reject a suggested ESCO skill: it is not suggested to the organisation again (its partners and admins)',
        params: SlugParams,
        body: Type.Object({ skillUri: SkillUri }),
        response: { 200: RejectionsBody, ...failures },
      },
    },
    async (request) => {
      const organisation = await getOrganisation(deps, request.params.slug)
      return toRejectionsBody(
        await rejectSuggestedSkill(deps, request.actor, {
          organisationId: organisation.id,
          skillUri: request.body.skillUri,
        }),
      )
    },
  )

  app.delete(
    '/api/organisations/:slug/skill-suggestion-rejections',
    {
      schema: {
        tags: ['co-design'],
        summary:
          'Forget a rejected suggestion, so that the skill may be suggested again (its partners and admins)',
        params: SlugParams,
        querystring: Type.Object({ skill: SkillUri }),
        response: { 200: RejectionsBody, ...failures },
      },
    },
    async (request) => {
      const organisation = await getOrganisation(deps, request.params.slug)
      return toRejectionsBody(
        await forgetRejectedSkill(deps, request.actor, {
          organisationId: organisation.id,
          skillUri: request.query.skill,
        }),
      )
    },
  )

  app.post(
    '/api/competence-needs/:needId/skills',
    {
      schema: {
        tags: ['co-design'],
        summary:
          'Accept a suggested ESCO skill into an open need, as a skill the partner chose (the organisation’s partners and admins)',
        params: Type.Object({ needId: Type.String({ format: 'uuid' }) }),
        body: Type.Object({ skillUri: SkillUri }),
        response: { 200: CompetenceNeedBody, ...failures },
      },
    },
    async (request) =>
      toCompetenceNeedBody(
        await acceptSuggestedSkill(deps, request.actor, {
          needId: request.params.needId,
          skillUri: request.body.skillUri,
        }),
      ),
  )
}
