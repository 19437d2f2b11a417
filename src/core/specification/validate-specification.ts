import type { LanguageMap } from '../language.js'
import { hoursPerEcts, type SpecificationContent, workloadHours } from './specification.js'
import { type ValidationCode, validationMessages } from './validation-messages.js'
import {
  assessmentTypes,
  type Concept,
  findConcept,
  formsOfParticipation,
  gradingSchemes,
  iscedBroadFields,
  learningSettings,
  notApplicable,
  qfEheaCycles,
  supervisionLevels,
} from './vocabularies.js'

/**
 * One problem found in a specification. Blocking problems stop the review; advisory ones are
 * shown to the designer and the reviewer.
 */
export type ValidationProblem = {
  /** Where: a field path such as `learningOutcomes[2].skills[0]`. */
  readonly path: string
  readonly code: ValidationCode
  readonly severity: 'blocking' | 'advisory'
  readonly message: Required<LanguageMap>
}

/** Smallest and largest size of a micro-credential under the Finnish national rule. */
export const ectsRange = { min: 1, max: 59 } as const

/** How far the stated hours may be from ECTS × 27 before it is worth a look. */
const hoursTolerance = 0.2

const escoConceptPattern = /^http:\/\/data\.europa\.eu\/esco\/(skill|knowledge)\/[0-9a-f-]{36}$/

// Verbs that name a state of mind rather than something a learner can be seen to do.
const unobservableVerbs = [
  /^\s*(to\s+)?(understand|know|be aware|appreciate|be familiar|learn)(?!\p{L})/iu,
  /(?<!\p{L})(understands|knows about|is aware of|is familiar with)(?!\p{L})/iu,
  /(?<!\p{L})(ymmärtää|ymmärtävät|tuntee|tietää|tiedostaa|hahmottaa|perehtyy)(?!\p{L})/iu,
  /(?<!\p{L})(förstår|känner till|vet om|är medveten om)(?!\p{L})/iu,
]

/**
 * Checks a specification against the EU standard elements and the Finnish rules, and returns every
 * problem at once, blocking first, each with a field path and a message in fi/sv/en.
 * @see ../shared/reference/standards.md §1.1 (Annex I), §2.1 (1–59 op), §4 (EQF, cycles, ISCED-F)
 */
export function validateSpecification(
  content: SpecificationContent,
  context: { readonly isKnownOrganisation?: (id: string) => boolean } = {},
): ValidationProblem[] {
  const problems: ValidationProblem[] = []
  const add = (
    path: string,
    code: ValidationCode,
    severity: ValidationProblem['severity'],
    n?: number | string,
  ) => {
    const template = validationMessages[code]
    const fill = (text: string) => (n === undefined ? text : text.replace('{n}', String(n)))
    problems.push({
      path,
      code,
      severity,
      message: { fi: fill(template.fi), sv: fill(template.sv), en: fill(template.en) },
    })
  }
  const block = (path: string, code: ValidationCode, n?: number | string) =>
    add(path, code, 'blocking', n)
  const advise = (path: string, code: ValidationCode, n?: number | string) =>
    add(path, code, 'advisory', n)
  const checkConcept = (
    path: string,
    vocabulary: readonly Concept[],
    key: string | undefined,
    code: ValidationCode,
  ) => {
    if (key !== undefined && findConcept(vocabulary, key) === undefined) {
      block(path, code)
    }
  }

  if (!hasText(content.title)) {
    block('title', 'title-missing')
  }
  if (!hasText(content.summary)) {
    advise('summary', 'summary-missing')
  }
  if (content.awardingBodyIds.length === 0) {
    block('awardingBodyIds', 'awarding-body-missing')
  }
  for (const [index, id] of content.awardingBodyIds.entries()) {
    if (context.isKnownOrganisation !== undefined && !context.isKnownOrganisation(id)) {
      block(`awardingBodyIds[${index}]`, 'awarding-body-unknown')
    }
  }
  if (content.issuerLocations.length === 0) {
    block('issuerLocations', 'issuer-location-missing')
  }
  content.issuerLocations.forEach((location, index) => {
    if (!/^[A-Z]{2}$/.test(location.country)) {
      block(`issuerLocations[${index}].country`, 'issuer-country-invalid')
    }
  })

  if (content.learningOutcomes.length === 0) {
    block('learningOutcomes', 'learning-outcomes-missing')
  }
  content.learningOutcomes.forEach((outcome, index) => {
    const path = `learningOutcomes[${index}]`
    if (!hasText(outcome.text)) {
      block(`${path}.text`, 'learning-outcome-text-missing')
    } else if (
      Object.values(outcome.text).some(
        (text) => text !== undefined && unobservableVerbs.some((verb) => verb.test(text)),
      )
    ) {
      advise(`${path}.text`, 'learning-outcome-not-observable')
    }
    if (outcome.skills.length === 0) {
      advise(`${path}.skills`, 'learning-outcome-without-skill')
    }
    outcome.skills.forEach((skill, skillIndex) => {
      if (!escoConceptPattern.test(skill.uri)) {
        block(`${path}.skills[${skillIndex}]`, 'skill-uri-invalid')
      }
    })
  })

  if (content.ects === undefined) {
    block('ects', 'ects-missing')
  } else if (
    !Number.isFinite(content.ects) ||
    content.ects < ectsRange.min ||
    content.ects > ectsRange.max
  ) {
    block('ects', 'ects-out-of-range')
  }
  if (content.hours !== undefined && !(Number.isFinite(content.hours) && content.hours > 0)) {
    block('hours', 'hours-invalid')
  } else if (content.hours !== undefined && content.ects !== undefined && content.ects > 0) {
    const expected = content.ects * hoursPerEcts
    if (Math.abs(content.hours - expected) > expected * hoursTolerance) {
      advise('hours', 'workload-hours-mismatch', workloadHours(content))
    }
  }

  if (content.eqfLevel === undefined) {
    block('eqfLevel', 'eqf-level-missing')
  } else if (
    content.eqfLevel !== notApplicable &&
    !(Number.isInteger(content.eqfLevel) && content.eqfLevel >= 1 && content.eqfLevel <= 8)
  ) {
    block('eqfLevel', 'eqf-level-invalid')
  }
  if (content.qfEheaCycle !== undefined) {
    const cycle = qfEheaCycles.find((candidate) => candidate.key === content.qfEheaCycle)
    if (cycle === undefined) {
      block('qfEheaCycle', 'qf-ehea-cycle-invalid')
    } else if (typeof content.eqfLevel === 'number' && cycle.eqfLevel !== content.eqfLevel) {
      advise('qfEheaCycle', 'level-cycle-mismatch', cycle.eqfLevel)
    }
  }
  if (
    content.nqfLevel !== undefined &&
    !(Number.isInteger(content.nqfLevel) && content.nqfLevel >= 1 && content.nqfLevel <= 8)
  ) {
    block('nqfLevel', 'nqf-level-invalid')
  }
  if (content.iscedField !== undefined && !isIscedCode(content.iscedField)) {
    block('iscedField', 'isced-field-invalid')
  }

  if (content.assessmentTypes.length === 0) {
    block('assessmentTypes', 'assessment-type-missing')
  }
  for (const [index, key] of content.assessmentTypes.entries()) {
    checkConcept(`assessmentTypes[${index}]`, assessmentTypes, key, 'assessment-type-unknown')
  }
  if (content.formsOfParticipation.length === 0) {
    block('formsOfParticipation', 'form-of-participation-missing')
  }
  for (const [index, key] of content.formsOfParticipation.entries()) {
    checkConcept(
      `formsOfParticipation[${index}]`,
      formsOfParticipation,
      key,
      'form-of-participation-unknown',
    )
  }
  checkConcept(
    'learningSetting',
    learningSettings,
    content.learningSetting,
    'learning-setting-unknown',
  )
  checkConcept('supervision', supervisionLevels, content.supervision, 'supervision-unknown')
  checkConcept('gradingScheme', gradingSchemes, content.gradingScheme, 'grading-scheme-unknown')

  if (
    content.qualityAssurance === undefined ||
    (content.qualityAssurance.code.trim() === '' && !hasText(content.qualityAssurance.text))
  ) {
    block('qualityAssurance', 'quality-assurance-missing')
  }
  if (content.stackability.kind === 'stackable' && !content.stackability.towards.some(hasText)) {
    block('stackability.towards', 'stackable-target-missing')
  }
  if (content.languages.length === 0) {
    advise('languages', 'languages-missing')
  }
  content.languages.forEach((language, index) => {
    if (!/^[a-z]{2}$/.test(language)) {
      block(`languages[${index}]`, 'language-unknown')
    }
  })
  if (
    content.price !== undefined &&
    !(Number.isInteger(content.price.amountCents) && content.price.amountCents >= 0)
  ) {
    block('price.amountCents', 'price-invalid')
  }
  content.links.forEach((link, index) => {
    if (!/^https?:\/\/\S+$/.test(link.url)) {
      block(`links[${index}].url`, 'link-url-invalid')
    }
  })

  return [
    ...problems.filter((problem) => problem.severity === 'blocking'),
    ...problems.filter((problem) => problem.severity === 'advisory'),
  ]
}

/** True when the specification may go to review: no blocking problem. */
export function isReadyForReview(problems: readonly ValidationProblem[]): boolean {
  return problems.every((problem) => problem.severity !== 'blocking')
}

function hasText(text: LanguageMap): boolean {
  return Object.values(text).some((value) => value !== undefined && value.trim() !== '')
}

function isIscedCode(code: string): boolean {
  return /^\d{2,4}$/.test(code) && iscedBroadFields.some((field) => field.key === code.slice(0, 2))
}
