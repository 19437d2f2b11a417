import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { type Static, Type } from 'typebox'
import {
  type CompetenceNeed,
  type CompetenceNeedInput,
  competenceNeedProblemCodes,
  type Match,
  type NeedMatching,
} from '../../core/index.js'
import {
  closeCompetenceNeed,
  createCompetenceNeed,
  type Deps,
  getCompetenceNeed,
  getOrganisation,
  listCompetenceNeeds,
  listNeedsAnsweredByVersion,
  listOrganisationCompetenceNeeds,
  matchCompetenceNeed,
  updateCompetenceNeed,
} from '../../services/index.js'
import { problemResponse } from '../problem.js'

/** One problem with a competence need: details.problems of COMPETENCE_NEED_INVALID. */
export const CompetenceNeedProblemSchema = Type.Object(
  {
    path: Type.String({ description: 'The field (JSON pointer without the slash)' }),
    code: Type.String({
      enum: [...competenceNeedProblemCodes],
      description:
        'The stable code of the problem; docs/errors.md, "Competence need problem codes"',
    }),
    params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
    message: Type.String({ description: 'The problem in English, its params filled in' }),
  },
  {
    $id: 'CompetenceNeedProblem',
    description: 'One problem with a competence need: details.problems of COMPETENCE_NEED_INVALID',
  },
)

const LanguageMap = Type.Ref('LanguageMap')

export const CompetenceNeedBody = Type.Object({
  id: Type.String({ format: 'uuid' }),
  organisationId: Type.String({ format: 'uuid' }),
  state: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
  title: Type.String(),
  description: Type.String(),
  occupationUri: Type.Union([Type.String(), Type.Null()]),
  skills: Type.Array(
    Type.Object({
      uri: Type.String(),
      preferredLabel: Type.String(),
      source: Type.Union([Type.Literal('chosen'), Type.Literal('occupation')], {
        description: 'chosen by the partner, or an essential skill of the occupation',
      }),
    }),
  ),
  peopleCount: Type.Integer(),
  region: Type.String(),
  startsOn: Type.String({ format: 'date' }),
  endsOn: Type.String({ format: 'date' }),
  visibility: Type.Union([Type.Literal('public'), Type.Literal('institutions')]),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  closedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
})

// Loose on purpose: the use case checks the need and reports every problem at once. A nullable
// field is a type array, not a union, as in the offerings' routes.
const DetailsBody = Type.Object({
  title: Type.Optional(Type.String({ maxLength: 1000 })),
  description: Type.Optional(Type.String({ maxLength: 20_000 })),
  skillUris: Type.Optional(
    Type.Array(Type.String({ maxLength: 200 }), {
      maxItems: 500,
      description: 'ESCO skill URIs, http://data.europa.eu/esco/skill/<uuid>',
    }),
  ),
  occupationUri: Type.Optional(
    Type.Unsafe<string | null>({
      type: ['string', 'null'],
      maxLength: 200,
      description: 'an ESCO occupation whose essential skills the need adds',
    }),
  ),
  peopleCount: Type.Optional(Type.Integer({ description: 'how many people' })),
  region: Type.Optional(Type.String({ maxLength: 1000 })),
  startsOn: Type.Optional(Type.String({ maxLength: 10, description: 'YYYY-MM-DD' })),
  endsOn: Type.Optional(Type.String({ maxLength: 10, description: 'YYYY-MM-DD' })),
  visibility: Type.Optional(
    Type.String({ maxLength: 40, description: 'public, or institutions (only)' }),
  ),
})

const OutcomeBody = Type.Object({
  index: Type.Integer({ description: 'the learning outcome’s place in the version, from 0' }),
  id: Type.String(),
  text: LanguageMap,
})

const MatchBody = Type.Object({
  specificationId: Type.String({ format: 'uuid' }),
  versionId: Type.String({ format: 'uuid' }),
  organisationId: Type.String({ format: 'uuid' }),
  title: LanguageMap,
  sharedSkills: Type.Array(
    Type.Object({
      uri: Type.String(),
      outcomes: Type.Array(OutcomeBody, { description: 'the learning outcomes the skill is in' }),
    }),
  ),
  relatedSkills: Type.Array(
    Type.Object({
      uri: Type.String({ description: 'the need’s skill, not taught exactly' }),
      weight: Type.Number({ description: 'its partial credit (0.5; decision 0026)' }),
      via: Type.Array(
        Type.Object({
          uri: Type.String({ description: 'the related skill the micro-credential teaches' }),
          label: Type.String(),
          relation: Type.Union(
            [
              Type.Literal('broader'),
              Type.Literal('related-essential'),
              Type.Literal('related-optional'),
            ],
            {
              description:
                'broader: the need skill’s broader ESCO skill; related-*: an ESCO skill–skill relation',
            },
          ),
          outcomes: Type.Array(OutcomeBody),
        }),
      ),
    }),
    { description: 'need skills with partial credit through a related skill, shown apart' },
  ),
  missingSkillUris: Type.Array(Type.String()),
  coveragePercent: Type.Integer({
    description: 'shared skills, plus related ones at their weight, over the need’s, rounded',
  }),
})

const MatchingBody = Type.Object({
  need: CompetenceNeedBody,
  skillCount: Type.Integer(),
  coveragePercent: Type.Integer({
    description: 'the need’s skills some published micro-credential covers, rounded',
  }),
  coveredSkillUris: Type.Array(Type.String()),
  partlyCoveredSkillUris: Type.Array(Type.String(), {
    description: 'no offer teaches these, but one teaches a related skill (partial credit)',
  }),
  uncoveredSkillUris: Type.Array(Type.String(), { description: 'the gap: no offer covers these' }),
  total: Type.Integer({ description: 'how many micro-credentials share a skill with the need' }),
  matches: Type.Array(MatchBody, {
    description: 'one page of them, best first: most shared skills, then specification id',
  }),
})

const NeedParams = Type.Object({ needId: Type.String({ format: 'uuid' }) })
const SlugParams = Type.Object({ slug: Type.String({ maxLength: 63 }) })
const failures = {
  400: problemResponse,
  401: problemResponse,
  403: problemResponse,
  404: problemResponse,
  409: problemResponse,
}

/** Co-design with working life: partners' competence needs and how the catalogue answers them. */
export const competenceNeedRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (
  app,
  { deps },
) => {
  app.post(
    '/api/organisations/:slug/competence-needs',
    {
      schema: {
        tags: ['co-design'],
        summary:
          'Post a competence need of a partner organisation (its partners and admins); every problem is listed at once',
        params: SlugParams,
        body: DetailsBody,
        response: { 201: CompetenceNeedBody, ...failures },
      },
    },
    async (request, reply) => {
      const organisation = await getOrganisation(deps, request.params.slug)
      const need = await createCompetenceNeed(deps, request.actor, {
        organisationId: organisation.id,
        details: fromDetailsBody(request.body),
      })
      return reply.status(201).send(toCompetenceNeedBody(need))
    },
  )

  app.get(
    '/api/organisations/:slug/competence-needs',
    {
      schema: {
        tags: ['co-design'],
        summary:
          'An organisation’s competence needs: all of them, withdrawn too, for its members; the open ones the caller may read for others',
        params: SlugParams,
        response: { 200: Type.Object({ items: Type.Array(CompetenceNeedBody) }), ...failures },
      },
    },
    async (request) => {
      const organisation = await getOrganisation(deps, request.params.slug)
      const needs = await listOrganisationCompetenceNeeds(deps, request.actor, organisation.id)
      return { items: needs.map(toCompetenceNeedBody) }
    },
  )

  app.get(
    '/api/competence-needs',
    {
      schema: {
        tags: ['co-design'],
        summary:
          'Open competence needs, newest first: public ones for anyone, institutions-only ones for institutions’ staff',
        querystring: Type.Object({
          skill: Type.Optional(
            Type.String({ maxLength: 200, description: 'only needs asking for this ESCO skill' }),
          ),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
          offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000, default: 0 })),
        }),
        response: {
          200: Type.Object({ items: Type.Array(CompetenceNeedBody), total: Type.Integer() }),
          ...failures,
        },
      },
    },
    async (request) => {
      const page = await listCompetenceNeeds(deps, request.actor, {
        limit: request.query.limit ?? 20,
        offset: request.query.offset ?? 0,
        skillUri: request.query.skill,
      })
      return { items: page.items.map(toCompetenceNeedBody), total: page.total }
    },
  )

  app.get(
    '/api/competence-needs/:needId',
    {
      schema: {
        tags: ['co-design'],
        summary:
          'One competence need (public ones for anyone; institutions-only ones for institutions’ staff and the partner)',
        params: NeedParams,
        response: { 200: CompetenceNeedBody, ...failures },
      },
    },
    async (request) =>
      toCompetenceNeedBody(await getCompetenceNeed(deps, request.actor, request.params.needId)),
  )

  app.patch(
    '/api/competence-needs/:needId',
    {
      schema: {
        tags: ['co-design'],
        summary:
          'Change an open competence need (the organisation’s partners and admins); fields left out stay',
        params: NeedParams,
        body: DetailsBody,
        response: { 200: CompetenceNeedBody, ...failures },
      },
    },
    async (request) =>
      toCompetenceNeedBody(
        await updateCompetenceNeed(deps, request.actor, {
          needId: request.params.needId,
          details: fromDetailsBody(request.body),
        }),
      ),
  )

  app.post(
    '/api/competence-needs/:needId/close',
    {
      schema: {
        tags: ['co-design'],
        summary:
          'Withdraw an open competence need (the organisation’s partners and admins); it leaves matching and others’ lists',
        params: NeedParams,
        response: { 200: CompetenceNeedBody, ...failures },
      },
    },
    async (request) =>
      toCompetenceNeedBody(await closeCompetenceNeed(deps, request.actor, request.params.needId)),
  )

  app.get(
    '/api/competence-needs/:needId/matches',
    {
      schema: {
        tags: ['co-design'],
        summary:
          'Which published micro-credentials cover which of the need’s skills, from which learning outcomes, and what no offer covers',
        params: NeedParams,
        querystring: Type.Object({
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
          offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000, default: 0 })),
        }),
        response: { 200: MatchingBody, ...failures },
      },
    },
    async (request) => {
      const { need, matching } = await matchCompetenceNeed(
        deps,
        request.actor,
        request.params.needId,
        { limit: request.query.limit ?? 20, offset: request.query.offset ?? 0 },
      )
      return toMatchingBody(need, matching)
    },
  )

  app.get(
    '/api/specification-versions/:versionId/competence-needs',
    {
      schema: {
        tags: ['co-design'],
        summary:
          'The open competence needs a version (typically a draft) answers, with the shared skills and their learning outcomes (those who may read the version)',
        params: Type.Object({ versionId: Type.String({ format: 'uuid' }) }),
        response: {
          200: Type.Object({
            items: Type.Array(Type.Object({ need: CompetenceNeedBody, match: MatchBody })),
          }),
          ...failures,
        },
      },
    },
    async (request) => {
      const answered = await listNeedsAnsweredByVersion(
        deps,
        request.actor,
        request.params.versionId,
      )
      return {
        items: answered.map(({ need, match }) => ({
          need: toCompetenceNeedBody(need),
          match: toMatchBody(match),
        })),
      }
    },
  )
}

function fromDetailsBody(body: Static<typeof DetailsBody>): CompetenceNeedInput {
  return body
}

/** A competence need as the API shows it. */
export function toCompetenceNeedBody(need: CompetenceNeed): Static<typeof CompetenceNeedBody> {
  const { details } = need
  return {
    id: need.id,
    organisationId: need.organisationId,
    state: need.state,
    title: details.title,
    description: details.description,
    occupationUri: details.occupationUri ?? null,
    skills: details.skills.map((skill) => ({ ...skill })),
    peopleCount: details.peopleCount,
    region: details.region,
    startsOn: details.startsOn,
    endsOn: details.endsOn,
    visibility: details.visibility,
    createdAt: need.createdAt.toISOString(),
    updatedAt: need.updatedAt.toISOString(),
    closedAt: need.closedAt?.toISOString() ?? null,
  }
}

function toMatchBody(match: Match): Static<typeof MatchBody> {
  return {
    specificationId: match.specificationId,
    versionId: match.versionId,
    organisationId: match.organisationId,
    title: match.title,
    sharedSkills: match.sharedSkills.map((skill) => ({
      uri: skill.uri,
      outcomes: skill.outcomes.map((outcome) => ({ ...outcome })),
    })),
    relatedSkills: match.relatedSkills.map((related) => ({
      uri: related.uri,
      weight: related.weight,
      via: related.via.map((via) => ({
        uri: via.uri,
        label: via.label,
        relation: via.relation,
        outcomes: via.outcomes.map((outcome) => ({ ...outcome })),
      })),
    })),
    missingSkillUris: [...match.missingSkillUris],
    coveragePercent: match.coveragePercent,
  }
}

function toMatchingBody(need: CompetenceNeed, matching: NeedMatching): Static<typeof MatchingBody> {
  return {
    need: toCompetenceNeedBody(need),
    skillCount: matching.skillCount,
    coveragePercent: matching.coveragePercent,
    coveredSkillUris: [...matching.coveredSkillUris],
    partlyCoveredSkillUris: [...matching.partlyCoveredSkillUris],
    uncoveredSkillUris: [...matching.uncoveredSkillUris],
    total: matching.total,
    matches: matching.matches.map(toMatchBody),
  }
}
