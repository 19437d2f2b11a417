import type { LanguageMap } from '../language.js'
import {
  nonEmptyText,
  type SpecificationExportContext,
  specificationVersionUrl,
} from './export-context.js'
import { workloadHours } from './specification.js'
import type { SpecificationVersion } from './version.js'
import {
  assessmentTypes,
  type Concept,
  eqfLevels,
  findConcept,
  formsOfParticipation,
  iscedBroadFields,
  learningSettings,
} from './vocabularies.js'

/** The JSON-LD context of the EDC application profile, as the EC samples use it. */
export const elmContext = 'http://data.europa.eu/snb/model/context/edc-ap'

/** The ECTS credit framework of the ELM credit-point vocabulary. */
export const ectsFrameworkUri = 'http://data.europa.eu/snb/education-credit/6fcec5c5af'

const escoSkillScheme = 'http://data.europa.eu/esco/concept-scheme/skills'
const eqfScheme = 'http://data.europa.eu/snb/eqf/25831c2'
const modeScheme = 'http://data.europa.eu/snb/learning-assessment/25831c2'
const languageAuthority = 'http://publications.europa.eu/resource/authority/language'

// ISO 639-1 → the EU language authority's three-letter codes, for the languages Finnish
// institutions teach in; others are left out rather than guessed.
const languageCodes: Readonly<Record<string, string>> = {
  fi: 'FIN',
  sv: 'SWE',
  en: 'ENG',
  se: 'SME',
  de: 'DEU',
  fr: 'FRA',
  es: 'SPA',
  it: 'ITA',
  ru: 'RUS',
  et: 'EST',
  no: 'NOR',
  da: 'DAN',
}

/** A SKOS concept as ELM's JSON-LD writes it. */
export type ElmConcept = {
  readonly id: string
  readonly type: 'Concept'
  readonly inScheme?: { readonly id: string; readonly type: 'ConceptScheme' }
  readonly prefLabel?: LanguageMap
}

/** An ELM 3 learning-achievement specification (a Qualification when it has an EQF level). */
export type ElmLearningAchievementSpecification = {
  readonly '@context': typeof elmContext
  readonly id: string
  readonly type: 'Qualification' | 'LearningAchievementSpecification'
  readonly title: LanguageMap
} & Readonly<Record<string, unknown>>

/**
 * A specification version as an ELM 3 learning-achievement specification in JSON-LD, following
 * the EC sample "Sample-MC-Annex1": outcomes with ESCO skills, ECTS credit points, hours as an
 * ISO 8601 duration, EQF level, mode, learning setting, prerequisites and ISCED-F field. Values
 * whose vocabulary URI is not known yet (assessment types) are given by their label.
 * @see ../shared/reference/standards.md §3.4, §3.5, §3.7
 */
export function toElmLearningAchievementSpecification(
  version: SpecificationVersion,
  context: Pick<SpecificationExportContext, 'publicUrl'>,
): ElmLearningAchievementSpecification {
  const { content } = version
  const id = specificationVersionUrl(context.publicUrl, version.id)
  const eqf =
    typeof content.eqfLevel === 'number'
      ? findConcept(eqfLevels, String(content.eqfLevel))
      : undefined
  const hours = workloadHours(content)
  const modes = content.formsOfParticipation
    .map((key) => findConcept(formsOfParticipation, key))
    .flatMap((concept) => (concept === undefined ? [] : [concept]))
  const setting =
    content.learningSetting === undefined
      ? undefined
      : findConcept(learningSettings, content.learningSetting)
  const languages = content.languages.flatMap((code) => {
    const authority = languageCodes[code]
    return authority === undefined
      ? []
      : [{ id: `${languageAuthority}/${authority}`, type: 'Concept' }]
  })
  const assessments = content.assessmentTypes
    .map((key) => findConcept(assessmentTypes, key))
    .flatMap((concept) => (concept === undefined ? [] : [concept]))
  const iscedBroad =
    content.iscedField === undefined
      ? undefined
      : findConcept(iscedBroadFields, content.iscedField.slice(0, 2))
  const notes = [content.qualityAssurance?.text, content.furtherInformation]
    .map((text) => (text === undefined ? {} : nonEmptyText(text)))
    .filter((text) => Object.keys(text).length > 0)

  const document: Record<string, unknown> = {
    '@context': elmContext,
    id,
    type: eqf === undefined ? 'LearningAchievementSpecification' : 'Qualification',
    title: nonEmptyText(content.title),
  }
  const set = (key: string, value: unknown) => {
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) {
      document[key] = value
    }
  }
  const description = nonEmptyText(content.description)
  set('description', Object.keys(description).length === 0 ? undefined : description)
  set(
    'learningOutcome',
    content.learningOutcomes.map((outcome, index) => ({
      id: `${id}#learning-outcome-${index + 1}`,
      type: 'LearningOutcome',
      title: nonEmptyText(outcome.text),
      ...(outcome.skills.length === 0
        ? {}
        : {
            relatedESCOSkill: outcome.skills.map(
              (skill): ElmConcept => ({
                id: skill.uri,
                type: 'Concept',
                inScheme: { id: escoSkillScheme, type: 'ConceptScheme' },
              }),
            ),
          }),
    })),
  )
  set(
    'creditPoint',
    content.ects === undefined
      ? undefined
      : [
          {
            type: 'CreditPoint',
            framework: {
              id: ectsFrameworkUri,
              type: 'Concept',
              prefLabel: { en: 'European Credit Transfer System' },
            },
            point: String(content.ects),
          },
        ],
  )
  set('volumeOfLearning', hours === undefined ? undefined : `PT${round(hours)}H`)
  set('eqfLevel', eqf === undefined ? undefined : toConcept(eqf, eqfScheme))
  set(
    'thematicArea',
    content.iscedField === undefined
      ? undefined
      : [
          {
            id: `http://data.europa.eu/snb/isced-f/${content.iscedField}`,
            type: 'Concept',
            ...(iscedBroad !== undefined && content.iscedField.length === 2
              ? { prefLabel: iscedBroad.label }
              : {}),
          },
        ],
  )
  set(
    'mode',
    modes.map((mode) => toConcept(mode, modeScheme)),
  )
  set('learningSetting', setting === undefined ? undefined : toConcept(setting))
  const prerequisites = nonEmptyText(content.prerequisites)
  set(
    'entryRequirement',
    Object.keys(prerequisites).length === 0
      ? undefined
      : { type: 'Note', noteLiteral: prerequisites },
  )
  set(
    'provenBy',
    assessments.length === 0
      ? undefined
      : [
          {
            id: `${id}#assessment`,
            type: 'LearningAssessmentSpecification',
            title: joinLabels(assessments),
          },
        ],
  )
  set('language', languages)
  const targetGroup = nonEmptyText(content.targetGroup)
  set(
    'targetGroup',
    Object.keys(targetGroup).length === 0
      ? undefined
      : [{ type: 'Note', noteLiteral: targetGroup }],
  )
  set(
    'isPartialQualification',
    document.type === 'Qualification' ? content.stackability.kind === 'stackable' : undefined,
  )
  set(
    'additionalNote',
    notes.map((noteLiteral) => ({ type: 'Note', noteLiteral })),
  )
  set(
    'homepage',
    content.links.map((link) => ({ type: 'WebResource', contentURL: link.url })),
  )
  return document as ElmLearningAchievementSpecification
}

function toConcept(concept: Concept, scheme?: string): ElmConcept {
  return {
    id: concept.uri ?? concept.key,
    type: 'Concept',
    ...(scheme === undefined ? {} : { inScheme: { id: scheme, type: 'ConceptScheme' } }),
    prefLabel: concept.label,
  }
}

function joinLabels(concepts: readonly Concept[]): LanguageMap {
  const join = (language: 'fi' | 'sv' | 'en') =>
    concepts.map((concept) => concept.label[language] ?? concept.key).join(', ')
  return { fi: join('fi'), sv: join('sv'), en: join('en') }
}

function round(hours: number): string {
  return String(Math.round(hours * 100) / 100)
}
