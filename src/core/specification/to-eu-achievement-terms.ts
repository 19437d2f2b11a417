import { englishCountryName } from '../calendar.js'
import { osaamoVocabularyUrl } from '../credential/osaamo-context.js'
import { type Language, type LanguageMap, pickLanguage } from '../language.js'
import { nonEmptyText, type SpecificationExportContext } from './export-context.js'
import { workloadHours } from './specification.js'
import type { SpecificationVersion } from './version.js'
import {
  assessmentTypes,
  type Concept,
  eqfLevels,
  findConcept,
  formsOfParticipation,
  learningSettings,
  notApplicable,
  supervisionLevels,
} from './vocabularies.js'

/** A concept of a controlled vocabulary as the Osaamo context writes it: its IRI and labels. */
export type ConceptNode = { readonly id: string; readonly prefLabel: LanguageMap }

/** An Open Badges 3.0 Address: where an awarding body is (Annex I M3). */
export type Address = {
  readonly type: readonly ['Address']
  readonly addressCountry?: string
  readonly addressCountryCode?: string
  readonly addressRegion?: string
}

/** An Open Badges 3.0 Profile of an awarding body (creator, issuer or joint awarding body). */
export type Profile = {
  readonly id: string
  readonly type: readonly ['Profile']
  readonly name?: string
  readonly url?: string
  readonly email?: string
  readonly address?: Address
}

/**
 * The EU micro-credential elements that Open Badges 3.0 has no term for, in the terms of Osaamo's
 * context (`osaamoContext`). Every key is optional: an element the version lacks is left out,
 * never written as an empty array or an empty text.
 */
export type EuAchievementTerms = {
  readonly title?: LanguageMap
  readonly learningOutcome?: readonly {
    readonly id: string
    readonly title?: LanguageMap
    readonly relatedSkill?: readonly string[]
  }[]
  readonly ectsCredits?: string
  readonly workloadHours?: string
  readonly eqfLevel?: string
  readonly qfEheaCycle?: string
  readonly nqfLevel?: number
  readonly iscedField?: string
  readonly assessmentType?: readonly ConceptNode[]
  readonly formOfParticipation?: readonly ConceptNode[]
  readonly learningSetting?: ConceptNode
  readonly supervisionAndIdentityVerification?: ConceptNode
  readonly qualityAssuranceType?: string
  readonly qualityAssurance?: LanguageMap
  readonly prerequisites?: LanguageMap
  readonly stackability?: 'stand-alone' | 'stackable'
  readonly stackableTowards?: readonly { readonly title: LanguageMap }[]
  readonly awardingBody?: readonly Profile[]
  readonly issuerLocation?: readonly Address[]
  readonly languageOfInstruction?: readonly string[]
  readonly furtherInformation?: LanguageMap
  readonly homepage?: readonly string[]
}

/** The IRI of a "not applicable" level (Annex I M8 allows it). */
export const notApplicableIri = `${osaamoVocabularyUrl}notApplicable`

/**
 * A concept's IRI: its URI in the EU vocabularies where one is known, otherwise one minted under
 * Osaamo's vocabulary from the vocabulary's name and the concept's key.
 */
export function conceptIri(vocabulary: string, concept: Concept): string {
  return concept.uri ?? `${osaamoVocabularyUrl}${vocabulary}/${concept.key}`
}

/** A concept as a node of the Osaamo context, or undefined for an unknown key. */
export function toConceptNode(
  vocabulary: string,
  concepts: readonly Concept[],
  key: string | undefined,
): ConceptNode | undefined {
  const concept = key === undefined ? undefined : findConcept(concepts, key)
  return concept === undefined
    ? undefined
    : { id: conceptIri(vocabulary, concept), prefLabel: concept.label }
}

/** The Profile of an awarding body named by a specification, at the installation's address. */
export function toAwardingBodyProfile(
  publicUrl: string,
  organisation: SpecificationExportContext['awardingBodies'][number],
  language: Language,
): Profile {
  return {
    id: `${publicUrl}/api/organisations/${organisation.slug}`,
    type: ['Profile'],
    ...present('name', pickLanguage(organisation.name, language)),
    address: toAddress(organisation.country, organisation.region),
  }
}

/** An Open Badges Address from an ISO 3166-1 alpha-2 country and an optional region. */
export function toAddress(country: string, region: string | undefined): Address {
  return {
    type: ['Address'],
    ...present('addressCountry', englishCountryName(country)),
    addressCountryCode: country,
    ...present('addressRegion', region),
  }
}

/**
 * The EU elements of a specification version in the Osaamo context's terms, for the Achievement
 * with the given id; single-language texts (awarding bodies' names) in the given language.
 * @see ../shared/reference/standards.md §1.1, §3.7
 */
export function toEuAchievementTerms(
  version: SpecificationVersion,
  context: SpecificationExportContext,
  achievement: { readonly id: string; readonly language: Language },
): EuAchievementTerms {
  const { content } = version
  const { language } = achievement
  const achievementId = achievement.id
  const hours = workloadHours(content)
  const stackableTowards =
    content.stackability.kind === 'stackable'
      ? content.stackability.towards
          .map(nonEmptyText)
          .filter(hasText)
          .map((title) => ({ title }))
      : []
  return {
    ...text('title', content.title),
    ...list(
      'learningOutcome',
      content.learningOutcomes.map((outcome, index) => ({
        id: `${achievementId}#learning-outcome-${index + 1}`,
        ...text('title', outcome.text),
        ...list(
          'relatedSkill',
          outcome.skills.map((skill) => skill.uri),
        ),
      })),
    ),
    ...present('ectsCredits', content.ects === undefined ? undefined : decimal(content.ects)),
    ...present('workloadHours', hours === undefined ? undefined : decimal(hours)),
    ...present('eqfLevel', eqfLevelIri(content.eqfLevel)),
    ...present('qfEheaCycle', content.qfEheaCycle),
    ...present('nqfLevel', content.nqfLevel),
    ...present(
      'iscedField',
      content.iscedField === undefined
        ? undefined
        : `http://data.europa.eu/snb/isced-f/${content.iscedField}`,
    ),
    ...list(
      'assessmentType',
      conceptNodes('assessment-type', assessmentTypes, content.assessmentTypes),
    ),
    ...list(
      'formOfParticipation',
      conceptNodes('form-of-participation', formsOfParticipation, content.formsOfParticipation),
    ),
    ...present(
      'learningSetting',
      toConceptNode('learning-setting', learningSettings, content.learningSetting),
    ),
    ...present(
      'supervisionAndIdentityVerification',
      toConceptNode('supervision-verification', supervisionLevels, content.supervision),
    ),
    ...present('qualityAssuranceType', content.qualityAssurance?.code),
    ...text('qualityAssurance', content.qualityAssurance?.text ?? {}),
    ...text('prerequisites', content.prerequisites),
    stackability: content.stackability.kind,
    ...list('stackableTowards', stackableTowards),
    ...list(
      'awardingBody',
      context.awardingBodies.map((body) =>
        toAwardingBodyProfile(context.publicUrl, body, language),
      ),
    ),
    ...list(
      'issuerLocation',
      content.issuerLocations.map((location) => toAddress(location.country, location.region)),
    ),
    ...list('languageOfInstruction', [...new Set(content.languages)]),
    ...text('furtherInformation', content.furtherInformation),
    ...list('homepage', [...new Set(content.links.map((link) => link.url))]),
  }
}

function eqfLevelIri(level: SpecificationVersion['content']['eqfLevel']): string | undefined {
  if (level === notApplicable) {
    return notApplicableIri
  }
  const concept = level === undefined ? undefined : findConcept(eqfLevels, String(level))
  return concept === undefined ? undefined : conceptIri('eqf', concept)
}

function conceptNodes(
  vocabulary: string,
  concepts: readonly Concept[],
  keys: readonly string[],
): ConceptNode[] {
  return [...new Set(keys)].flatMap((key) => {
    const node = toConceptNode(vocabulary, concepts, key)
    return node === undefined ? [] : [node]
  })
}

/** A decimal in its canonical lexical form (no exponent), rounded to hundredths. */
function decimal(value: number): string {
  return String(Math.round(value * 100) / 100)
}

function hasText(map: LanguageMap): boolean {
  return Object.keys(map).length > 0
}

/** `{ key: value }`, or nothing when the value is absent (OB forbids nulls). */
function present<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V }
}

/** `{ key: values }`, or nothing for no values (OB forbids empty arrays). */
function list<K extends string, V>(key: K, values: readonly V[]): { [P in K]?: readonly V[] } {
  return (values.length === 0 ? {} : { [key]: values }) as { [P in K]?: readonly V[] }
}

/** `{ key: text }` without empty texts, or nothing when no language has one. */
function text<K extends string>(key: K, map: LanguageMap): { [P in K]?: LanguageMap } {
  const kept = nonEmptyText(map)
  return (hasText(kept) ? { [key]: kept } : {}) as { [P in K]?: LanguageMap }
}
