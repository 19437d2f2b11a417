import { stemmer } from 'stemmer'

/**
 * Suggesting ESCO skills for a need written as free text: Okapi BM25 over each skill's labels and
 * description, in English (the ESCO imported here is English), with the words that matched shown
 * for every suggestion (docs/decisions/0026-skill-suggestions-and-related-credit.md). Pure and
 * deterministic: the same skills and text give the same suggestions in the same order.
 */

/** The one language suggestions are made in: the imported ESCO's. */
export const skillSuggestionLanguages = ['en'] as const

export type SkillSuggestionLanguage = (typeof skillSuggestionLanguages)[number]

/** BM25's usual constants, and how much more a word of a label counts than one of the description. */
export const bm25Parameters = { k1: 1.2, b: 0.75, labelWeight: 3 } as const

export const skillSuggestionLimits = { textMax: 5000, suggestionsMax: 50 } as const

/** One ESCO skill as the index reads it. */
export type SkillDocument = {
  readonly uri: string
  readonly preferredLabel: string
  readonly alternativeLabels: readonly string[]
  readonly description: string | undefined
}

/** A word of the text that matched a skill: as written, its stem, and where the skill has it. */
export type SuggestedSkillWord = {
  readonly word: string
  readonly stem: string
  readonly inLabel: boolean
  readonly inDescription: boolean
}

export type SkillSuggestion = {
  readonly uri: string
  readonly preferredLabel: string
  /** BM25 score, rounded to three decimals for showing; the order uses the exact score. */
  readonly score: number
  /** In the order the words first appear in the text. */
  readonly matchedWords: readonly SuggestedSkillWord[]
}

type IndexedSkill = {
  readonly document: SkillDocument
  /** Weighted term frequency: a label occurrence counts `labelWeight`, a description one 1. */
  readonly frequencies: ReadonlyMap<string, number>
  readonly labelStems: ReadonlySet<string>
  readonly descriptionStems: ReadonlySet<string>
  readonly length: number
}

/** An inverted index of ESCO skills, built once per ESCO import. */
export type SkillIndex = {
  readonly skills: readonly IndexedSkill[]
  /** Stem → positions in `skills` of the skills that hold it. */
  readonly postings: ReadonlyMap<string, readonly number[]>
  readonly averageLength: number
}

// Common English words that carry no skill: left out of the index and of the query.
const stopWords = new Set(
  `a about above after again all also am an and any are as at be because been before being below
  between both but by can could did do does doing down during each etc few for from further had has
  have having he her here hers him his how i if in into is it its itself just me more most my no nor
  not now of off on once only or other our ours out over own same she should so some such than that
  the their them then there these they this those through to too under until up us very was we were
  what when where which while who whom why will with would you your yours need needs needed want
  wants people person persons someone employee employees staff team teams our company new good
  able ability know knowing knowledge skill skills use using work working`.split(/\s+/),
)

/** The words of a text, lower-cased, with their Porter stems; stop words and single letters out. */
export function toTerms(text: string): { word: string; stem: string }[] {
  const terms: { word: string; stem: string }[] = []
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:[+#]+)?/gu)) {
    const word = match[0]
    if (word.length < 2 && !/[+#]/.test(word)) {
      continue
    }
    if (stopWords.has(word)) {
      continue
    }
    terms.push({ word, stem: /^[\p{L}]+$/u.test(word) ? stemmer(word) : word })
  }
  return terms
}

/** Builds the index; the skills' order does not matter to the suggestions (ties go by label, URI). */
export function buildSkillIndex(documents: readonly SkillDocument[]): SkillIndex {
  const skills: IndexedSkill[] = []
  const postings = new Map<string, number[]>()
  let totalLength = 0
  for (const document of documents) {
    const frequencies = new Map<string, number>()
    const labelStems = new Set<string>()
    const descriptionStems = new Set<string>()
    let length = 0
    for (const label of [document.preferredLabel, ...document.alternativeLabels]) {
      for (const { stem } of toTerms(label)) {
        frequencies.set(stem, (frequencies.get(stem) ?? 0) + bm25Parameters.labelWeight)
        labelStems.add(stem)
        length += bm25Parameters.labelWeight
      }
    }
    for (const { stem } of toTerms(document.description ?? '')) {
      frequencies.set(stem, (frequencies.get(stem) ?? 0) + 1)
      descriptionStems.add(stem)
      length += 1
    }
    const position = skills.length
    skills.push({ document, frequencies, labelStems, descriptionStems, length })
    totalLength += length
    for (const stem of frequencies.keys()) {
      const list = postings.get(stem) ?? []
      list.push(position)
      postings.set(stem, list)
    }
  }
  return {
    skills,
    postings,
    averageLength: skills.length === 0 ? 0 : totalLength / skills.length,
  }
}

/**
 * The skills best matching the text by BM25, best first (ties by preferred label, then URI),
 * each with the text's words it matched; skills in `excludeUris` (already chosen or rejected)
 * are left out. A word repeated in the text counts once.
 */
export function suggestSkills(
  index: SkillIndex,
  text: string,
  options: { readonly limit: number; readonly excludeUris?: ReadonlySet<string> },
): SkillSuggestion[] {
  const { k1, b } = bm25Parameters
  const queryTerms = new Map<string, string>()
  for (const { word, stem } of toTerms(text)) {
    if (!queryTerms.has(stem)) {
      queryTerms.set(stem, word)
    }
  }
  const count = index.skills.length
  const scores = new Map<number, { score: number; words: SuggestedSkillWord[] }>()
  for (const [stem, word] of queryTerms) {
    const holders = index.postings.get(stem) ?? []
    if (holders.length === 0) {
      continue
    }
    const idf = Math.log(1 + (count - holders.length + 0.5) / (holders.length + 0.5))
    for (const position of holders) {
      const skill = index.skills[position] as IndexedSkill
      if (options.excludeUris?.has(skill.document.uri) === true) {
        continue
      }
      const frequency = skill.frequencies.get(stem) ?? 0
      const norm = k1 * (1 - b + (b * skill.length) / (index.averageLength || 1))
      const entry = scores.get(position) ?? { score: 0, words: [] }
      entry.score += (idf * frequency * (k1 + 1)) / (frequency + norm)
      entry.words.push({
        word,
        stem,
        inLabel: skill.labelStems.has(stem),
        inDescription: skill.descriptionStems.has(stem),
      })
      scores.set(position, entry)
    }
  }
  return [...scores]
    .map(([position, entry]) => ({ skill: index.skills[position] as IndexedSkill, ...entry }))
    .sort(
      (x, y) =>
        y.score - x.score ||
        compareText(x.skill.document.preferredLabel, y.skill.document.preferredLabel) ||
        compareText(x.skill.document.uri, y.skill.document.uri),
    )
    .slice(0, options.limit)
    .map((entry) => ({
      uri: entry.skill.document.uri,
      preferredLabel: entry.skill.document.preferredLabel,
      score: Math.round(entry.score * 1000) / 1000,
      matchedWords: entry.words,
    }))
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
