import { pickLanguage } from '../language.js'
import {
  primaryLanguage,
  type SpecificationExportContext,
  specificationVersionUrl,
} from './export-context.js'
import {
  type EuAchievementTerms,
  type Profile,
  toAwardingBodyProfile,
  toEuAchievementTerms,
} from './to-eu-achievement-terms.js'
import type { SpecificationVersion } from './version.js'
import { findConcept, gradingSchemes, iscedBroadFields } from './vocabularies.js'

/** An Open Badges 3.0 Alignment to a skill of a framework. */
export type Alignment = {
  readonly type: readonly ['Alignment']
  readonly targetName: string
  readonly targetUrl: string
  readonly targetCode?: string
  readonly targetFramework?: string
  readonly targetType?: string
}

/** An Open Badges 3.0 ResultDescription: the results an earner's Result may take. */
export type ResultDescription = {
  readonly id: string
  readonly type: readonly ['ResultDescription']
  readonly name: string
  readonly resultType: string
  readonly allowedValue?: readonly string[]
  readonly requiredValue?: string
}

/**
 * An Open Badges 3.0 Achievement: the definition a badge's credentialSubject points at, with the
 * EU micro-credential elements OB has no term for in the terms of Osaamo's context.
 * @see ../shared/reference/credentials.md §1.1
 */
export type Achievement = EuAchievementTerms & {
  readonly id: string
  readonly type: readonly ['Achievement']
  readonly achievementType: 'MicroCredential'
  readonly name: string
  readonly description: string
  readonly criteria: { readonly narrative: string }
  readonly alignment?: readonly Alignment[]
  readonly creator?: Profile
  readonly creditsAvailable?: number
  readonly fieldOfStudy?: string
  readonly inLanguage?: string
  readonly resultDescription?: readonly ResultDescription[]
  readonly version: string
}

const escoUuid = /([0-9a-f-]{36})$/

/**
 * A specification version as an Open Badges 3.0 Achievement: the one mapping that both the
 * specification export and the issued OpenBadgeCredential use. OB's own terms carry one language
 * (OB has no language maps); the EU elements OB has no term for (EQF level, workload, assessment,
 * participation, supervision, quality assurance, stackability, …) follow in the terms of Osaamo's
 * context, with every language (see {@link toEuAchievementTerms}).
 * @see ../shared/reference/credentials.md §1.1
 */
export function toAchievement(
  version: SpecificationVersion,
  context: SpecificationExportContext,
): Achievement {
  const { content } = version
  const preferred = context.language ?? 'fi'
  const id = specificationVersionUrl(context.publicUrl, version.id)
  const language = primaryLanguage(content.title, preferred) ?? preferred
  const text = (map: Parameters<typeof pickLanguage>[0]) => pickLanguage(map, language)
  const name = text(content.title) ?? ''
  const outcomes = content.learningOutcomes
    .map((outcome) => text(outcome.text))
    .filter((outcome): outcome is string => outcome !== undefined)
  const alignment = content.learningOutcomes.flatMap((outcome) =>
    outcome.skills.map(
      (skill): Alignment => ({
        type: ['Alignment'],
        targetName: context.skillLabels?.get(skill.uri) ?? text(outcome.text) ?? skill.uri,
        targetUrl: skill.uri,
        ...codeOf(skill.uri),
        targetFramework: 'ESCO',
        targetType: 'ceasn:Competency',
      }),
    ),
  )
  const creator = context.awardingBodies[0]
  const grading =
    content.gradingScheme === undefined
      ? undefined
      : findConcept(gradingSchemes, content.gradingScheme)
  const field =
    content.iscedField === undefined
      ? undefined
      : findConcept(iscedBroadFields, content.iscedField.slice(0, 2))

  return {
    id,
    type: ['Achievement'],
    achievementType: 'MicroCredential',
    name,
    description: text(content.description) ?? text(content.summary) ?? name,
    criteria: {
      narrative:
        outcomes.length === 0
          ? (text(content.summary) ?? name)
          : `The learner can show these learning outcomes:\n\n${outcomes.map((outcome) => `- ${outcome}`).join('\n')}`,
    },
    ...(alignment.length === 0 ? {} : { alignment }),
    ...(creator === undefined
      ? {}
      : { creator: toAwardingBodyProfile(context.publicUrl, creator, language) }),
    ...optional('creditsAvailable', content.ects),
    ...optional(
      'fieldOfStudy',
      field === undefined ? undefined : `${text(field.label)} (ISCED-F ${content.iscedField})`,
    ),
    inLanguage: language,
    ...(grading === undefined || content.gradingScheme === undefined
      ? {}
      : {
          resultDescription: [resultDescriptionOf(id, content.gradingScheme, text(grading.label))],
        }),
    version: String(version.versionNumber),
    ...toEuAchievementTerms(version, context, { id, language }),
  }
}

function resultDescriptionOf(
  achievementId: string,
  scheme: string,
  name: string | undefined,
): ResultDescription {
  const base = { id: `${achievementId}#grading`, type: ['ResultDescription'] as const }
  return scheme === '0-5'
    ? {
        ...base,
        name: name ?? scheme,
        resultType: 'LetterGrade',
        allowedValue: ['0', '1', '2', '3', '4', '5'],
        requiredValue: '1',
      }
    : {
        ...base,
        name: name ?? scheme,
        resultType: 'LetterGrade',
        allowedValue: ['Fail', 'Pass'],
        requiredValue: 'Pass',
      }
}

function codeOf(uri: string): { targetCode?: string } {
  const match = escoUuid.exec(uri)
  return match?.[1] === undefined ? {} : { targetCode: match[1] }
}

/** `{ key: value }`, or nothing when the value is absent (OB forbids nulls). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V }
}
