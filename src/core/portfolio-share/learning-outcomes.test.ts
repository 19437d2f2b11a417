import { describe, expect, it } from 'vitest'
import { learningOutcomesOf } from './learning-outcomes.js'

const credentialWith = (achievement: Record<string, unknown>) => ({
  type: ['VerifiableCredential'],
  credentialSubject: { achievement: { name: 'Python basics', ...achievement } },
})

describe('learningOutcomesOf', () => {
  it('reads the achievement’s learning outcomes in the reader’s language, keyed by their id', () => {
    const credential = credentialWith({
      learningOutcome: [
        {
          id: 'https://x.fi/a#learning-outcome-1',
          title: { fi: 'Osaa ohjelmoida', en: 'Can program' },
        },
        { id: 'https://x.fi/a#learning-outcome-2', title: { fi: 'Osaa testata' } },
      ],
      alignment: [{ targetUrl: 'http://data.europa.eu/esco/skill/1', targetName: 'Python' }],
    })
    expect(learningOutcomesOf(credential, 'en')).toEqual([
      { key: 'https://x.fi/a#learning-outcome-1', text: 'Can program', source: 'learning-outcome' },
      {
        key: 'https://x.fi/a#learning-outcome-2',
        text: 'Osaa testata',
        source: 'learning-outcome',
      },
    ])
  })

  it('falls back to the alignments, once each', () => {
    const credential = credentialWith({
      alignment: [
        { targetUrl: 'https://a.edu/1', targetName: 'Statistics' },
        { targetUrl: 'https://a.edu/1', targetName: 'Statistics' },
        { targetUrl: 'https://a.edu/2' },
      ],
    })
    expect(learningOutcomesOf(credential, 'fi').map((outcome) => outcome.key)).toEqual([
      'alignment:https://a.edu/1',
      'alignment:https://a.edu/2',
    ])
  })

  it('reads the list items of the criteria, and otherwise the achievement as a whole', () => {
    const listed = credentialWith({
      criteria: { narrative: 'The learner can:\n- plan a study\n* analyse data\n2. report' },
    })
    expect(learningOutcomesOf(listed, 'fi')).toEqual([
      { key: 'criteria-1', text: 'plan a study', source: 'criteria' },
      { key: 'criteria-2', text: 'analyse data', source: 'criteria' },
      { key: 'criteria-3', text: 'report', source: 'criteria' },
    ])
    const plain = credentialWith({
      description: 'An introduction',
      criteria: { narrative: 'Pass' },
    })
    expect(learningOutcomesOf(plain, 'fi')).toEqual([
      { key: 'achievement', text: 'Python basics: An introduction', source: 'achievement' },
    ])
  })

  it('finds nothing in what is not an achievement credential', () => {
    expect(learningOutcomesOf(undefined, 'fi')).toEqual([])
    expect(learningOutcomesOf({ credentialSubject: { id: 'did:x' } }, 'fi')).toEqual([])
  })
})
