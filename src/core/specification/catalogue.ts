import type { LanguageMap } from '../language.js'
import type { Price } from './specification.js'
import type { SpecificationVersion } from './version.js'
import { formsOfParticipation, notApplicable } from './vocabularies.js'

/** How much a part of a specification counts in search: title A, summary and outcomes B, the rest C. */
export type SearchWeight = 'A' | 'B' | 'C'

/** The texts of one weight: per search language, and all of them together (unstemmed words). */
export type CatalogueTexts = {
  readonly fi: string
  readonly sv: string
  readonly en: string
  readonly all: string
}

/**
 * What the catalogue keeps of a specification's currently published version: the filters as
 * plain values and the texts to search, by weight and language.
 */
export type CatalogueDocument = {
  readonly specificationId: string
  readonly versionId: string
  readonly title: LanguageMap
  readonly summary: LanguageMap
  readonly awardingBodyIds: readonly string[]
  readonly ects: number | undefined
  readonly eqfLevel: string | undefined
  readonly iscedField: string | undefined
  readonly formsOfParticipation: readonly string[]
  readonly languages: readonly string[]
  readonly price: Price | undefined
  readonly skillUris: readonly string[]
  readonly publishedAt: Date
  readonly texts: Readonly<Record<SearchWeight, CatalogueTexts>>
}

/** The catalogue's view of a published version. */
export function toCatalogueDocument(version: SpecificationVersion): CatalogueDocument {
  const { content } = version
  const outcomes = content.learningOutcomes.map((outcome) => outcome.text)
  return {
    specificationId: version.specificationId,
    versionId: version.id,
    title: content.title,
    summary: content.summary,
    awardingBodyIds: content.awardingBodyIds,
    ects: content.ects,
    eqfLevel: content.eqfLevel === undefined ? undefined : String(content.eqfLevel),
    iscedField: content.iscedField,
    formsOfParticipation: content.formsOfParticipation,
    languages: content.languages,
    price: content.price,
    skillUris: [
      ...new Set(content.learningOutcomes.flatMap((outcome) => outcome.skills.map((s) => s.uri))),
    ],
    publishedAt: version.publishedAt ?? version.updatedAt,
    texts: {
      A: joinTexts([content.title]),
      B: joinTexts([content.summary, ...outcomes]),
      C: joinTexts([
        content.description,
        content.targetGroup,
        content.prerequisites,
        ...(content.stackability.kind === 'stackable' ? content.stackability.towards : []),
      ]),
    },
  }
}

function joinTexts(maps: readonly LanguageMap[]): CatalogueTexts {
  const pick = (language: 'fi' | 'sv' | 'en') =>
    maps
      .map((map) => map[language] ?? '')
      .filter((text) => text !== '')
      .join('\n')
  const fi = pick('fi')
  const sv = pick('sv')
  const en = pick('en')
  return { fi, sv, en, all: [fi, sv, en].filter((text) => text !== '').join('\n') }
}

/** A catalogue search: words (already split and lower-cased), filters and a page. */
export type CatalogueQuery = {
  /** Lower-cased words of the query, at most `catalogueLimits.maxWords`; empty lists everything. */
  readonly words: readonly string[]
  readonly ectsMin: number | undefined
  readonly ectsMax: number | undefined
  /** '1'–'8' or 'not-applicable'. */
  readonly eqfLevel: string | undefined
  /** An ISCED-F code or the start of one ('06' matches '0613'). */
  readonly iscedField: string | undefined
  readonly formOfParticipation: string | undefined
  readonly language: string | undefined
  /** Organisation id among the awarding bodies. */
  readonly organisationId: string | undefined
  readonly priceMaxCents: number | undefined
  readonly skillUri: string | undefined
  readonly limit: number
  readonly offset: number
}

/** One published specification found by a search. */
export type CatalogueHit = {
  readonly specificationId: string
  readonly versionId: string
  readonly title: LanguageMap
  readonly summary: LanguageMap
  readonly awardingBodyIds: readonly string[]
  readonly ects: number | undefined
  readonly eqfLevel: string | undefined
  readonly iscedField: string | undefined
  readonly formsOfParticipation: readonly string[]
  readonly languages: readonly string[]
  readonly price: Price | undefined
  readonly publishedAt: Date
  /** Higher is better; 0 when the search had no words. */
  readonly score: number
}

export type CataloguePage = { readonly items: readonly CatalogueHit[]; readonly total: number }

export const catalogueLimits = {
  defaultLimit: 20,
  maxLimit: 100,
  maxOffset: 10_000,
  maxWords: 8,
  maxTextLength: 200,
} as const

/** The parameters of a search as a client sends them: every value a string, any may be absent. */
export type CatalogueParameters = {
  readonly q?: string | undefined
  readonly ectsMin?: string | undefined
  readonly ectsMax?: string | undefined
  readonly eqf?: string | undefined
  readonly isced?: string | undefined
  readonly form?: string | undefined
  readonly language?: string | undefined
  readonly organisation?: string | undefined
  readonly priceMax?: string | undefined
  readonly skill?: string | undefined
  readonly limit?: string | undefined
  readonly offset?: string | undefined
}

export type CatalogueParameterProblem = { readonly path: string; readonly message: string }

/**
 * Checks a search's parameters and reads them into a query, reporting every problem at once. The
 * organisation stays a slug here; the service resolves it.
 */
export function parseCatalogueParameters(parameters: CatalogueParameters):
  | {
      readonly isValid: true
      readonly query: CatalogueQuery
      readonly organisationSlug: string | undefined
    }
  | { readonly isValid: false; readonly problems: readonly CatalogueParameterProblem[] } {
  const problems: CatalogueParameterProblem[] = []
  const given = (value: string | undefined) =>
    value === undefined || value.trim() === '' ? undefined : value.trim()
  const number = (
    path: string,
    value: string | undefined,
    options: { isInteger?: boolean; min: number; max: number },
  ) => {
    const text = given(value)
    if (text === undefined) {
      return undefined
    }
    const parsed = /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN
    if (
      !Number.isFinite(parsed) ||
      (options.isInteger === true && !Number.isInteger(parsed)) ||
      parsed < options.min ||
      parsed > options.max
    ) {
      problems.push({
        path,
        message: `Give ${options.isInteger === true ? 'a whole number' : 'a number'} from ${options.min} to ${options.max}.`,
      })
      return undefined
    }
    return parsed
  }

  const text = given(parameters.q) ?? ''
  if (text.length > catalogueLimits.maxTextLength) {
    problems.push({
      path: 'q',
      message: `Search with at most ${catalogueLimits.maxTextLength} characters.`,
    })
  }
  const words = toSearchWords(text)
  if (words.length > catalogueLimits.maxWords) {
    problems.push({ path: 'q', message: `Search with at most ${catalogueLimits.maxWords} words.` })
  }
  const ectsMin = number('ectsMin', parameters.ectsMin, { min: 0, max: 300 })
  const ectsMax = number('ectsMax', parameters.ectsMax, { min: 0, max: 300 })
  if (ectsMin !== undefined && ectsMax !== undefined && ectsMin > ectsMax) {
    problems.push({ path: 'ectsMax', message: 'The largest size must not be below the smallest.' })
  }
  const eqfLevel = given(parameters.eqf)
  if (eqfLevel !== undefined && !/^[1-8]$/.test(eqfLevel) && eqfLevel !== notApplicable) {
    problems.push({ path: 'eqf', message: `Give an EQF level 1–8 or ${notApplicable}.` })
  }
  const iscedField = given(parameters.isced)
  if (iscedField !== undefined && !/^\d{2,4}$/.test(iscedField)) {
    problems.push({ path: 'isced', message: 'Give an ISCED-F field code of 2 to 4 digits.' })
  }
  const form = given(parameters.form)
  if (form !== undefined && !formsOfParticipation.some((concept) => concept.key === form)) {
    problems.push({
      path: 'form',
      message: `Give one of ${formsOfParticipation.map((concept) => concept.key).join(', ')}.`,
    })
  }
  const language = given(parameters.language)?.toLowerCase()
  if (language !== undefined && !/^[a-z]{2}$/.test(language)) {
    problems.push({ path: 'language', message: 'Give an ISO 639-1 language code, e.g. fi.' })
  }
  const organisationSlug = given(parameters.organisation)
  const priceMax = number('priceMax', parameters.priceMax, { min: 0, max: 1_000_000 })
  const skillUri = given(parameters.skill)
  if (skillUri !== undefined && !skillUri.startsWith('http://data.europa.eu/esco/skill/')) {
    problems.push({
      path: 'skill',
      message: 'Give an ESCO skill URI (http://data.europa.eu/esco/skill/…).',
    })
  }
  const limit = number('limit', parameters.limit, {
    isInteger: true,
    min: 1,
    max: catalogueLimits.maxLimit,
  })
  const offset = number('offset', parameters.offset, {
    isInteger: true,
    min: 0,
    max: catalogueLimits.maxOffset,
  })
  if (problems.length > 0) {
    return { isValid: false, problems }
  }
  return {
    isValid: true,
    organisationSlug,
    query: {
      words,
      ectsMin,
      ectsMax,
      eqfLevel,
      iscedField,
      formOfParticipation: form,
      language,
      organisationId: undefined,
      priceMaxCents: priceMax === undefined ? undefined : Math.round(priceMax * 100),
      skillUri,
      limit: limit ?? catalogueLimits.defaultLimit,
      offset: offset ?? 0,
    },
  }
}

/** The distinct lower-cased words of a search text: letters and digits, split at anything else. */
export function toSearchWords(text: string): string[] {
  return [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])]
}
