import type { LanguageMap } from '../language.js'

/** A competence statement: what the learner can do after the micro-credential. */
export type LearningOutcome = {
  readonly id: string
  readonly text: LanguageMap
  /** ESCO concepts the outcome builds: http://data.europa.eu/esco/skill/<uuid>. */
  readonly skills: readonly { readonly uri: string; readonly kind: 'skill' | 'knowledge' }[]
}

/** Where the issuer is (Annex I M3): an ISO 3166-1 alpha-2 country and, optionally, a region. */
export type IssuerLocation = { readonly country: string; readonly region: string | undefined }

/** Stand-alone, or stackable towards larger wholes (Annex I O4). */
export type Stackability =
  | { readonly kind: 'stand-alone' }
  | { readonly kind: 'stackable'; readonly towards: readonly LanguageMap[] }

/** Money as an amount in cents and a currency. */
export type Price = { readonly amountCents: number; readonly currency: 'EUR' }

/**
 * What a micro-credential is: every mandatory element of the EU Council Recommendation's Annex I
 * and the optional ones, plus what Finnish institutions publish (language, field, target group,
 * price). One version of a specification holds one of these.
 * @see ../shared/reference/standards.md §1.1
 */
export type SpecificationContent = {
  readonly title: LanguageMap
  readonly summary: LanguageMap
  readonly description: LanguageMap
  /** Organisation ids; more than one for a joint micro-credential (M4). */
  readonly awardingBodyIds: readonly string[]
  readonly issuerLocations: readonly IssuerLocation[]
  readonly learningOutcomes: readonly LearningOutcome[]
  /** ECTS; Finnish opintopiste (op) are the same unit (M7). */
  readonly ects: number | undefined
  /** Notional hours; undefined means derived from ECTS at 27 h/op. */
  readonly hours: number | undefined
  /** 1–8, or 'not-applicable' (M8). Undefined is a missing element. */
  readonly eqfLevel: number | 'not-applicable' | undefined
  readonly qfEheaCycle: string | undefined
  readonly nqfLevel: number | undefined
  /** ISCED-F 2013 code, 2–4 digits. */
  readonly iscedField: string | undefined
  readonly assessmentTypes: readonly string[]
  readonly formsOfParticipation: readonly string[]
  readonly learningSetting: string | undefined
  readonly supervision: string | undefined
  readonly gradingScheme: string | undefined
  /** Type of quality assurance (M11): a code and a text. */
  readonly qualityAssurance: { readonly code: string; readonly text: LanguageMap } | undefined
  readonly prerequisites: LanguageMap
  readonly stackability: Stackability
  /** ISO 639-1 codes of the languages of instruction. */
  readonly languages: readonly string[]
  readonly targetGroup: LanguageMap
  readonly price: Price | undefined
  readonly furtherInformation: LanguageMap
  readonly links: readonly { readonly url: string; readonly label: LanguageMap }[]
}

/** Hours per ECTS credit (opintopiste) in Finland. */
export const hoursPerEcts = 27

/** The notional hours: as stated, or derived from the ECTS at 27 h each. */
export function workloadHours(
  content: Pick<SpecificationContent, 'ects' | 'hours'>,
): number | undefined {
  return content.hours ?? (content.ects === undefined ? undefined : content.ects * hoursPerEcts)
}

/** An empty specification: the starting point of a new draft. */
export const emptySpecificationContent: SpecificationContent = {
  title: {},
  summary: {},
  description: {},
  awardingBodyIds: [],
  issuerLocations: [],
  learningOutcomes: [],
  ects: undefined,
  hours: undefined,
  eqfLevel: undefined,
  qfEheaCycle: undefined,
  nqfLevel: undefined,
  iscedField: undefined,
  assessmentTypes: [],
  formsOfParticipation: [],
  learningSetting: undefined,
  supervision: undefined,
  gradingScheme: undefined,
  qualityAssurance: undefined,
  prerequisites: {},
  stackability: { kind: 'stand-alone' },
  languages: [],
  targetGroup: {},
  price: undefined,
  furtherInformation: {},
  links: [],
}
