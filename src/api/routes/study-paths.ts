import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { type Static, Type } from 'typebox'
import { type PlannedSteps, type StudyPathGoal, studyPathProblemCodes } from '../../core/index.js'
import { type Deps, type PlannedStudyPath, planMyStudyPath } from '../../services/index.js'
import { problemResponse } from '../problem.js'

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' })

const Goal = Type.Union(
  [
    Type.Object({
      kind: Type.Literal('occupation'),
      occupationUri: Type.String({
        maxLength: 200,
        description: 'Its essential skills are the goal',
      }),
    }),
    Type.Object({ kind: Type.Literal('need'), needId: Type.String({ format: 'uuid' }) }),
    Type.Object({ kind: Type.Literal('stack'), stackId: Type.String({ format: 'uuid' }) }),
    Type.Object({
      kind: Type.Literal('skills'),
      skillUris: Type.Array(Type.String({ maxLength: 200 }), { maxItems: 500 }),
    }),
  ],
  {
    description: 'An ESCO occupation, a competence need, a published stack, or chosen ESCO skills',
  },
)

const Constraints = Type.Object({
  startsOnOrAfter: Type.Optional(Day),
  endsOnOrBefore: Type.Optional(Day),
  budgetCents: Type.Optional(Type.Integer({ description: 'Euro cents for all steps together' })),
  maxEcts: Type.Optional(Type.Number({ description: 'ECTS for all steps together' })),
  languages: Type.Optional(Type.Array(Type.String(), { maxItems: 20 })),
  formsOfParticipation: Type.Optional(Type.Array(Type.String(), { maxItems: 10 })),
})

const PlanBody = Type.Object({
  goal: Goal,
  constraints: Type.Optional(Constraints),
  objective: Type.Union(
    [Type.Literal('least-ects'), Type.Literal('least-cost'), Type.Literal('soonest-finish')],
    { description: 'What the path is best at' },
  ),
})

const Step = Type.Object({
  offeringId: Type.String({ format: 'uuid' }),
  specificationId: Type.String({ format: 'uuid' }),
  organisationId: Type.String({ format: 'uuid' }),
  title: Type.Ref('LanguageMap'),
  startsOn: Type.String(),
  endsOn: Type.String(),
  ects: Type.Number(),
  priceCents: Type.Integer(),
  languageOfInstruction: Type.String(),
  formOfParticipation: Type.String(),
  isEnrolmentOpen: Type.Boolean({ description: 'Whether the learner can enrol now' }),
  coversSkillUris: Type.Array(Type.String(), { description: 'Goal skills this step teaches' }),
  meetsPrerequisites: Type.Array(
    Type.Object({ skillUri: Type.String(), forOfferingId: Type.String({ format: 'uuid' }) }),
    { description: 'Prerequisites of later steps that this step meets' },
  ),
})

const Totals = Type.Object({
  stepCount: Type.Integer(),
  ects: Type.Number(),
  priceCents: Type.Integer(),
  startsOn: Type.Union([Type.String(), Type.Null()]),
  finishesOn: Type.Union([Type.String(), Type.Null()]),
})

const Planned = Type.Object({
  steps: Type.Array(Step),
  totals: Totals,
  objectiveValue: Type.Number({
    description: 'ECTS, cents, or the finish as days from 1970-01-01, per the objective',
  }),
})

const StudyPathBody = Type.Object(
  {
    goal: Type.Object({
      kind: Type.String(),
      label: Type.Union([Type.String(), Type.Null()]),
    }),
    method: Type.Object({
      name: Type.Union([Type.Literal('mip-highs'), Type.Literal('greedy')]),
      version: Type.String(),
    }),
    status: Type.Union(
      [
        Type.Literal('optimal'),
        Type.Literal('nothing-to-plan'),
        Type.Literal('greedy-after-time-limit'),
        Type.Literal('greedy-after-infeasible'),
        Type.Literal('greedy-after-solver-failure'),
      ],
      {
        description:
          'optimal: proven by HiGHS; nothing-to-plan: no offering covers a goal skill the learner lacks; greedy-after-…: the fallback answered, and why',
      },
    ),
    objective: Type.String(),
    skills: Type.Array(Type.Object({ uri: Type.String(), label: Type.String() }), {
      description: 'The goal’s skills in its order, with their labels',
    }),
    heldSkillUris: Type.Array(Type.String(), {
      description: 'Goal skills the learner’s portfolio already holds',
    }),
    uncoveredSkills: Type.Array(
      Type.Object({
        uri: Type.String(),
        reason: Type.Union([
          Type.Literal('not-taught'),
          Type.Literal('outside-constraints'),
          Type.Literal('over-limits'),
        ]),
      }),
    ),
    ...Planned.properties,
    alternatives: Type.Array(Planned, { maxItems: 3 }),
  },
  { $id: 'StudyPath', description: 'An explained study path (a StudyPath)' },
)

/** One problem with a study path request: details.problems of STUDY_PATH_REQUEST_INVALID. */
export const StudyPathProblemSchema = Type.Object(
  {
    path: Type.String(),
    code: Type.String({ enum: [...studyPathProblemCodes] }),
    params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
    message: Type.String(),
  },
  { $id: 'StudyPathProblem', description: 'One problem of STUDY_PATH_REQUEST_INVALID' },
)

/** The learner's study path planning. */
export const studyPathRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/api/me/study-paths/plan',
    {
      schema: {
        tags: ['study-paths'],
        summary:
          'Plan the signed-in learner’s study path to a goal from the skills of their portfolio: the offerings in order with the reason for each, the totals, the goal skills no offering covers, and up to three alternatives. Nothing is stored.',
        body: PlanBody,
        response: {
          200: StudyPathBody,
          400: problemResponse,
          401: problemResponse,
          404: problemResponse,
        },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store')
      const planned = await planMyStudyPath(deps, request.actor, {
        goal: request.body.goal as StudyPathGoal,
        constraints: request.body.constraints ?? {},
        objective: request.body.objective,
      })
      return toBody(planned)
    },
  )
}

function toBody(planned: PlannedStudyPath): Static<typeof StudyPathBody> {
  const { path } = planned
  const enrolable = new Set(planned.enrolableOfferingIds)
  const toPlanned = (steps: PlannedSteps): Static<typeof Planned> => ({
    steps: steps.steps.map(({ candidate, coversSkillUris, meetsPrerequisites }) => ({
      offeringId: candidate.offeringId,
      specificationId: candidate.specificationId,
      organisationId: candidate.organisationId,
      title: candidate.title,
      startsOn: candidate.startsOn,
      endsOn: candidate.endsOn,
      ects: candidate.ects,
      priceCents: candidate.priceCents,
      languageOfInstruction: candidate.languageOfInstruction,
      formOfParticipation: candidate.formOfParticipation,
      isEnrolmentOpen: enrolable.has(candidate.offeringId),
      coversSkillUris: [...coversSkillUris],
      meetsPrerequisites: [...meetsPrerequisites],
    })),
    totals: {
      ...steps.totals,
      startsOn: steps.totals.startsOn ?? null,
      finishesOn: steps.totals.finishesOn ?? null,
    },
    objectiveValue: steps.objectiveValue,
  })
  return {
    goal: { kind: planned.goal.kind, label: planned.goal.label ?? null },
    method: path.method,
    status: path.status,
    objective: path.objective,
    skills: planned.skills.map((skill) => ({ uri: skill.uri, label: skill.preferredLabel })),
    heldSkillUris: [...path.heldGoalSkillUris],
    uncoveredSkills: [...path.uncoveredSkills],
    ...toPlanned(path),
    alternatives: path.alternatives.map(toPlanned),
  }
}
