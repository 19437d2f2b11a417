import { describe, expect, it } from 'vitest'
import { compareOutcomes, termsOf } from './outcome-similarity.js'

describe('termsOf', () => {
  it('lowercases, leaves out stop words and short words, and joins forms by their first five letters', () => {
    const terms = termsOf('Opiskelija osaa ohjelmoida ja testata ohjelmointia Pythonilla')
    expect([...terms.keys()]).toEqual(['ohjel', 'testa', 'pytho'])
    expect(terms.get('ohjel')).toEqual(['ohjelmoida', 'ohjelmointia'])
  })
})

describe('compareOutcomes', () => {
  it('shows the matched words of a pair, on both sides', () => {
    const [pair] = compareOutcomes(
      ['The learner can write Python programs'],
      ['Writes small programs in Python'],
    )
    expect(pair?.matchedWords.map((word) => word.stem).sort()).toEqual(['progr', 'pytho', 'write'])
    expect(pair?.matchedWords.find((word) => word.stem === 'write')).toMatchObject({
      targetWords: ['write'],
      credentialWords: ['writes'],
    })
  })

  it('gives 1 to the same outcome and 0 to outcomes with no word in common', () => {
    const pairs = compareOutcomes(
      ['Designs relational databases'],
      ['Designs relational databases', 'Plays the violin'],
    )
    expect(pairs.map((pair) => pair.similarity)).toEqual([1, 0])
  })

  it('weighs a rare shared word more than a word every outcome has', () => {
    const pairs = compareOutcomes(
      ['Python testing', 'Python security'],
      ['Python testing', 'Python packaging'],
    )
    const similarity = (target: number, credential: number) =>
      pairs.find((pair) => pair.targetIndex === target && pair.credentialIndex === credential)
        ?.similarity ?? -1
    // "python" is in every outcome, so sharing only it counts for less than a half.
    expect(similarity(1, 1)).toBeLessThan(0.5)
    expect(similarity(0, 0)).toBe(1)
  })
})
