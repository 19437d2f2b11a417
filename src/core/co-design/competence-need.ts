import { isCalendarDate } from '../offering/offering.js'
import { type CompetenceNeedProblem, competenceNeedProblem } from './competence-need-problems.js'

/** Who may read a need: anyone, or the staff of institutions (and the partner who posted it). */
export const competenceNeedVisibilities = ['public', 'institutions'] as const

export type CompetenceNeedVisibility = (typeof competenceNeedVisibilities)[number]

/** An open need takes answers; a closed one was withdrawn by its partner. */
export type CompetenceNeedState = 'open' | 'closed'

/** One skill a need asks for: an ESCO skill or knowledge concept, named or from an occupation. */
export type CompetenceNeedSkill = {
  readonly uri: string
  readonly preferredLabel: string
  /** `chosen` when the partner named it, `occupation` when it came from the occupation's essentials. */
  readonly source: 'chosen' | 'occupation'
}

/** What a partner decides about a need, checked. */
export type CompetenceNeedDetails = {
  readonly title: string
  readonly description: string
  /** The ESCO occupation whose essential skills were added, if one was given. */
  readonly occupationUri: string | undefined
  /** Each skill once, the named ones first in the order given, then the occupation's. */
  readonly skills: readonly CompetenceNeedSkill[]
  readonly peopleCount: number
  readonly region: string
  /** The time frame, `YYYY-MM-DD` to `YYYY-MM-DD`. */
  readonly startsOn: string
  readonly endsOn: string
  readonly visibility: CompetenceNeedVisibility
}

/** A partner organisation's stated need for competence (docs/glossary.md, CompetenceNeed). */
export type CompetenceNeed = {
  readonly id: string
  readonly organisationId: string
  readonly state: CompetenceNeedState
  readonly details: CompetenceNeedDetails
  readonly createdBy: string | undefined
  readonly createdAt: Date
  readonly updatedAt: Date
  readonly closedAt: Date | undefined
}

/** A need as it arrives from the API or a form: not yet checked. */
export type CompetenceNeedInput = {
  readonly title?: string | undefined
  readonly description?: string | undefined
  readonly skillUris?: readonly string[] | undefined
  readonly occupationUri?: string | null | undefined
  readonly peopleCount?: number | undefined
  readonly region?: string | undefined
  readonly startsOn?: string | undefined
  readonly endsOn?: string | undefined
  readonly visibility?: string | undefined
}

/** The limits a need's fields are checked against. */
export const competenceNeedLimits = {
  titleMax: 200,
  descriptionMax: 5000,
  skillsMax: 100,
  peopleCountMax: 100_000,
  regionMax: 100,
} as const

const skillUriPattern = /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]{36}$/
const occupationUriPattern = /^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f-]{36}$/

/** True for a URI of ESCO's skills pillar: `http://data.europa.eu/esco/skill/<uuid>`. */
export function isEscoSkillUri(uri: string): boolean {
  return skillUriPattern.test(uri)
}

/** True for an ESCO occupation URI: `http://data.europa.eu/esco/occupation/<uuid>`. */
export function isEscoOccupationUri(uri: string): boolean {
  return occupationUriPattern.test(uri)
}

/** The need's fields checked for form; whether the ESCO concepts exist is the service's question. */
export type CheckedCompetenceNeedInput = Omit<CompetenceNeedDetails, 'skills'> & {
  readonly skillUris: readonly string[]
}

/**
 * Checks a need's fields and returns them, or every problem at once: a title, a description of
 * bounded length, ESCO skill and occupation URIs of the right form (at least one of the two), a
 * whole number of people, a region, a time frame that does not end before it starts, and a known
 * visibility. Repeated skill URIs are kept once.
 */
export function parseCompetenceNeedInput(
  input: CompetenceNeedInput,
):
  | { isValid: true; input: CheckedCompetenceNeedInput }
  | { isValid: false; problems: CompetenceNeedProblem[] } {
  const problems: CompetenceNeedProblem[] = []
  const limits = competenceNeedLimits
  const title = (input.title ?? '').trim()
  if (title.length < 1 || title.length > limits.titleMax) {
    problems.push(competenceNeedProblem('title', 'title-invalid', { min: 1, max: limits.titleMax }))
  }
  const description = (input.description ?? '').trim()
  if (description.length > limits.descriptionMax) {
    problems.push(
      competenceNeedProblem('description', 'description-too-long', { max: limits.descriptionMax }),
    )
  }
  const skillUris: string[] = []
  ;(input.skillUris ?? []).forEach((uri, index) => {
    if (!skillUriPattern.test(uri)) {
      problems.push(
        competenceNeedProblem(`skillUris/${index}`, 'skill-uri-invalid', { value: uri }),
      )
    } else if (!skillUris.includes(uri)) {
      skillUris.push(uri)
    }
  })
  if (skillUris.length > limits.skillsMax) {
    problems.push(competenceNeedProblem('skillUris', 'skills-too-many', { max: limits.skillsMax }))
  }
  const occupationUri = input.occupationUri?.trim() || undefined
  if (occupationUri !== undefined && !occupationUriPattern.test(occupationUri)) {
    problems.push(
      competenceNeedProblem('occupationUri', 'occupation-uri-invalid', { value: occupationUri }),
    )
  }
  if ((input.skillUris ?? []).length === 0 && occupationUri === undefined) {
    problems.push(competenceNeedProblem('skillUris', 'skills-missing'))
  }
  const peopleCount = input.peopleCount
  if (
    peopleCount === undefined ||
    !Number.isInteger(peopleCount) ||
    peopleCount < 1 ||
    peopleCount > limits.peopleCountMax
  ) {
    problems.push(
      competenceNeedProblem('peopleCount', 'people-count-invalid', {
        min: 1,
        max: limits.peopleCountMax,
      }),
    )
  }
  const region = (input.region ?? '').trim()
  if (region.length < 1 || region.length > limits.regionMax) {
    problems.push(
      competenceNeedProblem('region', 'region-invalid', { min: 1, max: limits.regionMax }),
    )
  }
  const startsOn = checkDate(input.startsOn, 'startsOn', problems)
  const endsOn = checkDate(input.endsOn, 'endsOn', problems)
  if (startsOn !== undefined && endsOn !== undefined && endsOn < startsOn) {
    problems.push(competenceNeedProblem('endsOn', 'need-ends-before-start'))
  }
  const visibility = input.visibility
  if (!competenceNeedVisibilities.some((known) => known === visibility)) {
    problems.push(
      competenceNeedProblem('visibility', 'visibility-unknown', {
        value: visibility ?? '',
        allowed: competenceNeedVisibilities.join(', '),
      }),
    )
  }
  if (problems.length > 0 || startsOn === undefined || endsOn === undefined) {
    return { isValid: false, problems }
  }
  return {
    isValid: true,
    input: {
      title,
      description,
      occupationUri,
      skillUris,
      peopleCount: peopleCount as number,
      region,
      startsOn,
      endsOn,
      visibility: visibility as CompetenceNeedVisibility,
    },
  }
}

/** A need's details as input again, so that an update can change some fields and keep the rest. */
export function toCompetenceNeedInput(details: CompetenceNeedDetails): CompetenceNeedInput {
  return {
    title: details.title,
    description: details.description,
    skillUris: details.skills
      .filter((skill) => skill.source === 'chosen')
      .map((skill) => skill.uri),
    occupationUri: details.occupationUri,
    peopleCount: details.peopleCount,
    region: details.region,
    startsOn: details.startsOn,
    endsOn: details.endsOn,
    visibility: details.visibility,
  }
}

function checkDate(
  value: string | undefined,
  path: string,
  problems: CompetenceNeedProblem[],
): string | undefined {
  if (value === undefined || value === '') {
    problems.push(competenceNeedProblem(path, 'date-missing'))
    return undefined
  }
  if (!isCalendarDate(value)) {
    problems.push(competenceNeedProblem(path, 'date-invalid'))
    return undefined
  }
  return value
}
