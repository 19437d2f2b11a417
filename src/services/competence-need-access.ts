import {
  type Actor,
  AppError,
  type CompetenceNeed,
  type CompetenceNeedDetails,
  type CompetenceNeedInput,
  type CompetenceNeedProblem,
  type CompetenceNeedSkill,
  type CompetenceNeedVisibility,
  competenceNeedLimits,
  competenceNeedProblem,
  isEscoOccupationUri,
  isEscoSkillUri,
  parseCompetenceNeedInput,
  type Role,
  rolesIn,
  type Stores,
} from '../core/index.js'

/** Roles that post, change and withdraw a partner organisation's competence needs. */
export const competenceNeedManagerRoles: readonly Role[] = ['partner', 'admin']

/** The organisations the actor holds any role in. */
function memberOrganisationIds(actor: Actor): string[] {
  switch (actor.kind) {
    case 'person':
      return actor.memberships
        .filter((membership) => membership.roles.length > 0)
        .map((membership) => membership.organisationId)
    case 'api-token':
      return actor.roles.length > 0 ? [actor.organisationId] : []
    default:
      return []
  }
}

/**
 * What the actor may read of other organisations' needs: public ones, institutions-only ones too
 * for the staff of an institution, and every need (open or withdrawn) of their own organisations.
 */
export async function needReadership(
  stores: Pick<Stores, 'organisations'>,
  actor: Actor,
): Promise<{
  visibilities: CompetenceNeedVisibility[]
  ownOrganisationIds: string[]
  isSystem: boolean
}> {
  if (actor.kind === 'system') {
    return { visibilities: ['public', 'institutions'], ownOrganisationIds: [], isSystem: true }
  }
  const ownOrganisationIds = memberOrganisationIds(actor)
  let isInstitutionStaff = false
  for (const id of ownOrganisationIds) {
    const organisation = await stores.organisations.findById(id)
    if (organisation?.kind === 'institution') {
      isInstitutionStaff = true
      break
    }
  }
  return {
    visibilities: isInstitutionStaff ? ['public', 'institutions'] : ['public'],
    ownOrganisationIds,
    isSystem: false,
  }
}

/**
 * The need, if the actor may read it; one the actor may not read is reported as not found, so
 * that institutions-only and withdrawn needs are not revealed by their id.
 */
export async function getReadableNeed(
  stores: Stores,
  actor: Actor,
  needId: string,
  options: { isForUpdate?: boolean } = {},
): Promise<CompetenceNeed> {
  const need = await stores.competenceNeeds.findById(needId, options)
  if (need === undefined) {
    throw new AppError('COMPETENCE_NEED_NOT_FOUND')
  }
  const readership = await needReadership(stores, actor)
  const isOwn = readership.isSystem || readership.ownOrganisationIds.includes(need.organisationId)
  const isVisible =
    need.state === 'open' && readership.visibilities.includes(need.details.visibility)
  if (!isOwn && !isVisible) {
    throw new AppError('COMPETENCE_NEED_NOT_FOUND')
  }
  return need
}

/** Throws unless the actor is a partner or admin of the need's organisation (or the operator). */
export function requireNeedManager(actor: Actor, organisationId: string): void {
  if (actor.kind === 'system') {
    return
  }
  if (actor.kind === 'anonymous') {
    throw new AppError('AUTHENTICATION_REQUIRED')
  }
  if (!rolesIn(actor, organisationId).some((role) => competenceNeedManagerRoles.includes(role))) {
    throw new AppError('PERMISSION_DENIED')
  }
}

/** COMPETENCE_NEED_INVALID with every problem, for the API's 400 and the CLI's list. */
export function competenceNeedInvalid(problems: readonly CompetenceNeedProblem[]): AppError {
  return new AppError(
    'COMPETENCE_NEED_INVALID',
    `The competence need is not acceptable: ${problems
      .map((problem) => `${problem.path}: ${problem.message}`)
      .join(' ')}`,
    { details: { problems } },
  )
}

/**
 * The need's skills looked up in the imported ESCO: each well-formed named skill must exist
 * (`skill-unknown` otherwise), and an occupation adds its essential skills after the named ones.
 * Malformed URIs are left to the form check, so that together every problem is reported once.
 */
export async function lookUpNeedSkills(
  stores: Pick<Stores, 'esco'>,
  input: CompetenceNeedInput,
): Promise<{ skills: CompetenceNeedSkill[]; problems: CompetenceNeedProblem[] }> {
  const problems: CompetenceNeedProblem[] = []
  const skills: CompetenceNeedSkill[] = []
  const seen = new Set<string>()
  for (const [index, uri] of (input.skillUris ?? []).entries()) {
    if (!isEscoSkillUri(uri) || seen.has(uri)) {
      continue
    }
    seen.add(uri)
    const skill = await stores.esco.findSkill(uri)
    if (skill === undefined) {
      problems.push(competenceNeedProblem(`skillUris/${index}`, 'skill-unknown', { uri }))
    } else {
      skills.push({ uri, preferredLabel: skill.preferredLabel, source: 'chosen' })
    }
  }
  const occupationUri = input.occupationUri?.trim() || undefined
  if (occupationUri !== undefined && isEscoOccupationUri(occupationUri)) {
    const occupation = await stores.esco.findOccupation(occupationUri)
    if (occupation === undefined) {
      problems.push(
        competenceNeedProblem('occupationUri', 'occupation-unknown', { uri: occupationUri }),
      )
    } else {
      const essentials = occupation.essentialSkills.filter((skill) => !seen.has(skill.uri))
      for (const skill of essentials) {
        skills.push({ uri: skill.uri, preferredLabel: skill.preferredLabel, source: 'occupation' })
      }
      if (seen.size === 0 && essentials.length === 0) {
        problems.push(competenceNeedProblem('occupationUri', 'skills-missing'))
      }
    }
  }
  if (skills.length > competenceNeedLimits.skillsMax) {
    problems.push(
      competenceNeedProblem('skillUris', 'skills-too-many', {
        max: competenceNeedLimits.skillsMax,
      }),
    )
  }
  return { skills, problems }
}

/**
 * Checks a need's input in full, its form and its ESCO concepts, and returns its details, or
 * COMPETENCE_NEED_INVALID with every problem at once.
 */
export async function checkCompetenceNeed(
  stores: Pick<Stores, 'esco'>,
  input: CompetenceNeedInput,
): Promise<CompetenceNeedDetails> {
  const parsed = parseCompetenceNeedInput(input)
  const looked = await lookUpNeedSkills(stores, input)
  const problems = [...(parsed.isValid ? [] : parsed.problems), ...looked.problems]
  if (!parsed.isValid || problems.length > 0) {
    throw competenceNeedInvalid(problems)
  }
  const { skillUris: _named, ...rest } = parsed.input
  return { ...rest, skills: looked.skills }
}
