import { describe, expect, it } from 'vitest'
import { buildSkillIndex, type SkillDocument, suggestSkills, toTerms } from './skill-suggestions.js'

const documents: SkillDocument[] = [
  {
    uri: 'skill:python',
    preferredLabel: 'Python (computer programming)',
    alternativeLabels: ['Python'],
    description: 'The techniques of software development in Python: coding, testing, debugging.',
  },
  {
    uri: 'skill:tests',
    preferredLabel: 'execute software tests',
    alternativeLabels: ['run software tests'],
    description: 'Perform tests to ensure that a software product will perform flawlessly.',
  },
  {
    uri: 'skill:forklift',
    preferredLabel: 'operate forklift',
    alternativeLabels: [],
    description: 'Operate a forklift, a vehicle for lifting and carrying heavy loads.',
  },
  {
    uri: 'skill:debug',
    preferredLabel: 'debug software',
    alternativeLabels: [],
    description: 'Repair computer code by analysing testing results.',
  },
]

describe('skill suggestions by BM25', () => {
  const index = buildSkillIndex(documents)

  it('ranks skills whose labels hold the words first, and shows the words that matched', () => {
    const suggestions = suggestSkills(index, 'We need developers who test Python software', {
      limit: 10,
    })
    expect(suggestions[0]?.uri).toBe('skill:python')
    expect(suggestions.map((entry) => entry.uri)).not.toContain('skill:forklift')
    // “developers” matches “development” of the description by its stem.
    expect(suggestions[0]?.matchedWords.map((word) => word.word)).toEqual([
      'developers',
      'test',
      'python',
      'software',
    ])
    const tests = suggestions.find((entry) => entry.uri === 'skill:tests')
    expect(tests?.matchedWords).toEqual([
      { word: 'test', stem: 'test', inLabel: true, inDescription: true },
      { word: 'software', stem: 'softwar', inLabel: true, inDescription: true },
    ])
  })

  it('stems English words, so “testing” finds “tests”, and drops stop words', () => {
    expect(toTerms('The testing of forklifts')).toEqual([
      { word: 'testing', stem: 'test' },
      { word: 'forklifts', stem: 'forklift' },
    ])
    expect(suggestSkills(index, 'forklifts', { limit: 5 }).map((entry) => entry.uri)).toEqual([
      'skill:forklift',
    ])
  })

  it('leaves out excluded skills and answers nothing for words no skill holds', () => {
    const suggestions = suggestSkills(index, 'python testing', {
      limit: 10,
      excludeUris: new Set(['skill:python']),
    })
    expect(suggestions.map((entry) => entry.uri)).not.toContain('skill:python')
    expect(suggestSkills(index, 'underwater basket weaving', { limit: 5 })).toEqual([])
  })

  it('gives the same suggestions whatever order the skills were indexed in', () => {
    const reversed = buildSkillIndex([...documents].reverse())
    const text = 'software testing and debugging of computer code'
    expect(suggestSkills(reversed, text, { limit: 10 })).toEqual(
      suggestSkills(index, text, { limit: 10 }),
    )
  })
})
