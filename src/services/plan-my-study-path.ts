import {
  type Actor,
  AppError,
  checkStudyPathRequest,
  type EscoConceptReference,
  type MipSolver,
  planStudyPath,
  requirePerson,
  type StudyPath,
  type StudyPathGoal,
  type StudyPathRequest,
  type StudyPathRequestProblem,
  studyPathProblem,
} from '../core/index.js'
import { getReadableNeed } from './competence-need-access.js'
import type { Deps } from './deps.js'
import { getSkillsProfile } from './get-skills-profile.js'
import { highsMipSolver } from './highs-mip-solver.js'

/** A planned path with what a reader needs beside it: the goal's name and the skills' labels. */
export type PlannedStudyPath = {
  readonly goal: { readonly kind: StudyPathGoal['kind']; readonly label: string | undefined }
  readonly path: StudyPath
  /** Labels of the goal's skills (ESCO preferred labels, or the need's). */
  readonly skills: readonly EscoConceptReference[]
  /** Steps and alternatives' steps the learner can enrol in now. */
  readonly enrolableOfferingIds: readonly string[]
}

/**
 * Plans the signed-in learner's path to a goal from the skills of their portfolio (those with a
 * source that verifies): the goal's skills are read (an occupation's essential skills, a readable
 * competence need's skills, a published stack's skill parts and its named specifications' skills,
 * or chosen skills), the planned and open offerings teaching them from today on are read, and the
 * planner answers (planStudyPath). STUDY_PATH_REQUEST_INVALID lists every problem of the request;
 * an unknown occupation, need or stack is not found. Reads only; nothing is stored.
 */
export async function planMyStudyPath(
  deps: Pick<Deps, 'stores' | 'clock'>,
  actor: Actor,
  request: StudyPathRequest,
  solver: MipSolver = highsMipSolver,
): Promise<PlannedStudyPath> {
  requirePerson(actor)
  const problems = checkStudyPathRequest(request)
  const goal = await readGoal(deps, actor, request.goal, problems)
  if (problems.length > 0) {
    throw new AppError(
      'STUDY_PATH_REQUEST_INVALID',
      `The study path request is not acceptable: ${problems
        .map((problem) => `${problem.path}: ${problem.message}`)
        .join(' ')}`,
      { details: { problems } },
    )
  }
  const now = deps.clock.now()
  const today = now.toISOString().slice(0, 10)
  const profile = await getSkillsProfile(deps, actor)
  const heldSkillUris = profile.skills
    .filter((skill) => skill.sources.some((source) => source.isVerified))
    .map((skill) => skill.uri)
  const goalSkillUris = goal.skills.map((skill) => skill.uri)
  const offerings = await deps.stores.studyPaths.listOfferingsTeaching(goalSkillUris, today)
  const path = await planStudyPath(
    {
      goalSkillUris,
      heldSkillUris,
      candidates: offerings.map((offering) => offering.candidate),
      constraints: request.constraints,
      objective: request.objective,
    },
    solver,
  )
  // The rule of self-enrolment (checkSelfEnrolment): an open offering inside its window.
  const enrolableOfferingIds = offerings
    .filter(
      (offering) =>
        offering.state === 'open' &&
        now >= offering.enrolmentOpensAt &&
        now < offering.enrolmentClosesAt,
    )
    .map((offering) => offering.candidate.offeringId)
  return {
    goal: { kind: request.goal.kind, label: goal.label },
    path,
    skills: goal.skills,
    enrolableOfferingIds,
  }
}

async function readGoal(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  goal: StudyPathGoal,
  problems: StudyPathRequestProblem[],
): Promise<{ label: string | undefined; skills: EscoConceptReference[] }> {
  switch (goal.kind) {
    case 'occupation': {
      if (problems.some((problem) => problem.path === 'goal/occupationUri')) {
        return { label: undefined, skills: [] }
      }
      const occupation = await deps.stores.esco.findOccupation(goal.occupationUri)
      if (occupation === undefined) {
        throw new AppError(
          'ESCO_CONCEPT_NOT_FOUND',
          `No imported ESCO occupation has the URI ${goal.occupationUri}.`,
        )
      }
      return {
        label: occupation.preferredLabel,
        skills: occupation.essentialSkills.map(({ uri, preferredLabel }) => ({
          uri,
          preferredLabel,
        })),
      }
    }
    case 'need': {
      const need = await getReadableNeed(deps.stores, actor, goal.needId)
      return {
        label: need.details.title,
        skills: need.details.skills.map(({ uri, preferredLabel }) => ({ uri, preferredLabel })),
      }
    }
    case 'stack': {
      const stack = await deps.stores.stacks.findById(goal.stackId)
      if (stack === undefined || !stack.isPublished) {
        throw new AppError('STACK_NOT_FOUND')
      }
      // Named specifications count with their skills; "any N of these" parts do not, as which N
      // is the learner's choice (decision 0029).
      const specificationIds = stack.rules.parts.flatMap((part) =>
        part.kind === 'specification' ? [part.specificationId] : [],
      )
      const taught = await deps.stores.studyPaths.listSpecificationSkills(specificationIds)
      const uris = [
        ...stack.rules.parts.flatMap((part) => (part.kind === 'skill' ? [part.skillUri] : [])),
        ...taught.flatMap((entry) => entry.skillUris),
      ]
      return {
        label: stack.name.en ?? stack.name.fi ?? stack.name.sv,
        skills: await labelled(deps, [...new Set(uris)]),
      }
    }
    case 'skills': {
      const wellFormed = goal.skillUris.filter(
        (_, index) => !problems.some((problem) => problem.path === `goal/skillUris/${index}`),
      )
      const skills: EscoConceptReference[] = []
      for (const [index, uri] of goal.skillUris.entries()) {
        if (!wellFormed.includes(uri)) {
          continue
        }
        const skill = await deps.stores.esco.findSkill(uri)
        if (skill === undefined) {
          problems.push(studyPathProblem(`goal/skillUris/${index}`, 'skill-unknown', { uri }))
        } else {
          skills.push({ uri, preferredLabel: skill.preferredLabel })
        }
      }
      return { label: undefined, skills }
    }
  }
}

async function labelled(
  deps: Pick<Deps, 'stores'>,
  uris: readonly string[],
): Promise<EscoConceptReference[]> {
  return Promise.all(
    uris.map(async (uri) => ({
      uri,
      preferredLabel: (await deps.stores.esco.findSkill(uri))?.preferredLabel ?? uri,
    })),
  )
}
