/**
 * Words that say nothing about what was learned, in Finnish, Swedish and English (lower case).
 * Finnish outcome phrasing ("opiskelija osaa…", "the learner can…") is here too: every outcome
 * has it, so it would make every pair look alike.
 */
const stopWords = new Set([
  // English
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'can',
  'for',
  'from',
  'has',
  'have',
  'how',
  'in',
  'into',
  'is',
  'it',
  'its',
  'of',
  'on',
  'or',
  'that',
  'the',
  'their',
  'them',
  'they',
  'this',
  'to',
  'use',
  'using',
  'with',
  'able',
  'learner',
  'student',
  'students',
  'learners',
  'will',
  'understand',
  'knows',
  'know',
  'basic',
  'basics',
  'own',
  'other',
  'such',
  'also',
  // Finnish
  'ja',
  'tai',
  'sekä',
  'on',
  'ovat',
  'ei',
  'että',
  'kun',
  'jos',
  'niin',
  'kuin',
  'myös',
  'sen',
  'ne',
  'se',
  'hän',
  'opiskelija',
  'opiskelijat',
  'osaa',
  'osaavat',
  'tuntee',
  'ymmärtää',
  'pystyy',
  'kykenee',
  'omia',
  'oman',
  'omaa',
  'eri',
  'erilaisia',
  'keskeiset',
  'keskeisiä',
  'perusteet',
  'perusteita',
  'avulla',
  'mukaan',
  'kanssa',
  'jotka',
  'joka',
  'mitä',
  'miten',
  // Swedish
  'och',
  'att',
  'som',
  'med',
  'för',
  'till',
  'av',
  'den',
  'det',
  'de',
  'en',
  'ett',
  'är',
  'kan',
  'studenten',
  'studerande',
  'känner',
  'förstår',
  'sina',
  'sin',
  'eller',
  'hur',
])

/**
 * Words are compared by their first five letters: a crude stemmer, but one a person can check by
 * eye, and it joins most Finnish case forms and English derivations (ohjelmointi/ohjelmoida,
 * program/programming). It also joins some unrelated words (community/communication); the matched
 * words are shown so that the registrar sees it.
 */
export const stemLength = 5

/** A word of an outcome as compared: its stem and the words of the text that have it. */
export type OutcomeTerms = ReadonlyMap<string, readonly string[]>

/** The stems of a text with the words behind each, stop words and one- and two-letter words out. */
export function termsOf(text: string): OutcomeTerms {
  const terms = new Map<string, string[]>()
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (word.length < 3 || stopWords.has(word)) {
      continue
    }
    const stem = [...word].slice(0, stemLength).join('')
    const words = terms.get(stem) ?? []
    if (!words.includes(word)) {
      words.push(word)
    }
    terms.set(stem, words)
  }
  return terms
}

/** A shared stem of a pair, the words on each side and the stem's weight. */
export type OutcomeMatchedWord = {
  readonly stem: string
  readonly targetWords: readonly string[]
  readonly credentialWords: readonly string[]
  readonly weight: number
}

/** How alike one target outcome and one credential outcome are, and why. */
export type OutcomePair = {
  readonly targetIndex: number
  readonly credentialIndex: number
  /** Weighted Dice coefficient of the stems, 0–1. */
  readonly similarity: number
  readonly matchedWords: readonly OutcomeMatchedWord[]
}

/**
 * Compares every target outcome with every credential outcome. The measure is a weighted Dice
 * coefficient, 2·Σ w(shared stems) / (Σ w(target stems) + Σ w(credential stems)), where a stem's
 * weight is its inverse document frequency over the outcomes being compared, ln(1 + N / df):
 * a word every outcome has weighs little, a rare shared word much (the idea of BM25's idf,
 * without its length normalisation, which short outcomes do not need).
 */
export function compareOutcomes(
  targetOutcomes: readonly string[],
  credentialOutcomes: readonly string[],
): OutcomePair[] {
  const targetTerms = targetOutcomes.map(termsOf)
  const credentialTerms = credentialOutcomes.map(termsOf)
  const all = [...targetTerms, ...credentialTerms]
  const documentFrequency = new Map<string, number>()
  for (const terms of all) {
    for (const stem of terms.keys()) {
      documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1)
    }
  }
  const weightOf = (stem: string) => Math.log(1 + all.length / (documentFrequency.get(stem) ?? 1))
  const totalOf = (terms: OutcomeTerms) =>
    [...terms.keys()].reduce((sum, stem) => sum + weightOf(stem), 0)
  const pairs: OutcomePair[] = []
  targetTerms.forEach((target, targetIndex) => {
    const targetTotal = totalOf(target)
    credentialTerms.forEach((credential, credentialIndex) => {
      const matchedWords: OutcomeMatchedWord[] = []
      for (const [stem, targetWords] of target) {
        const credentialWords = credential.get(stem)
        if (credentialWords !== undefined) {
          matchedWords.push({
            stem,
            targetWords,
            credentialWords,
            weight: roundScore(weightOf(stem)),
          })
        }
      }
      const shared = matchedWords.reduce((sum, word) => sum + weightOf(word.stem), 0)
      const denominator = targetTotal + totalOf(credential)
      pairs.push({
        targetIndex,
        credentialIndex,
        similarity: denominator === 0 ? 0 : roundScore((2 * shared) / denominator),
        matchedWords: matchedWords.sort(
          (a, b) => b.weight - a.weight || (a.stem < b.stem ? -1 : 1),
        ),
      })
    })
  })
  return pairs
}

/** Three decimals: what people read, and what makes results equal across platforms. */
export function roundScore(value: number): number {
  return Math.round(value * 1000) / 1000
}
