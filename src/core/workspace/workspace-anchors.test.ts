import { describe, expect, it } from 'vitest'
import { emptySpecificationContent } from '../specification/specification.js'
import {
  anchoredText,
  applySuggestedText,
  isAnchorPresent,
  isSuggestable,
  toAnchorKey,
} from './workspace-anchors.js'
import { toWorkspaceEvent } from './workspace-events.js'
import {
  findCommentTextProblems,
  findSuggestionProblems,
  toSuggestedText,
} from './workspace-input.js'

const content = {
  ...emptySpecificationContent,
  title: { fi: 'Otsikko', en: 'Title' },
  learningOutcomes: [
    { id: 'lo-1', text: { fi: 'Osaa A.' }, skills: [] },
    { id: 'lo-2', text: { fi: 'Osaa B.', sv: 'Kan B.' }, skills: [] },
  ],
}

describe('workspace anchors', () => {
  it('are present for every content field and for the outcomes the content has now', () => {
    expect(isAnchorPresent(content, { kind: 'field', field: 'ects' })).toBe(true)
    expect(isAnchorPresent(content, { kind: 'field', field: 'colour' })).toBe(false)
    expect(isAnchorPresent(content, { kind: 'learning-outcome', outcomeId: 'lo-2' })).toBe(true)
    expect(isAnchorPresent(content, { kind: 'learning-outcome', outcomeId: 'lo-3' })).toBe(false)
    expect(toAnchorKey({ kind: 'learning-outcome', outcomeId: 'lo-2' })).toBe(
      'learning-outcome:lo-2',
    )
  })

  it('take suggested texts for text fields and present outcomes only', () => {
    expect(isSuggestable(content, { kind: 'field', field: 'title' })).toBe(true)
    expect(isSuggestable(content, { kind: 'field', field: 'ects' })).toBe(false)
    expect(anchoredText(content, { kind: 'learning-outcome', outcomeId: 'lo-1' })).toEqual({
      fi: 'Osaa A.',
    })
  })

  it('apply a suggested text language by language, leaving the others and the rest as they are', () => {
    const titled = applySuggestedText(content, { kind: 'field', field: 'title' }, { en: 'New' })
    expect(titled?.title).toEqual({ fi: 'Otsikko', en: 'New' })
    const outcome = applySuggestedText(
      content,
      { kind: 'learning-outcome', outcomeId: 'lo-2' },
      { fi: 'Osaa C.' },
    )
    expect(outcome?.learningOutcomes).toEqual([
      content.learningOutcomes[0],
      { id: 'lo-2', text: { fi: 'Osaa C.', sv: 'Kan B.' }, skills: [] },
    ])
    expect(
      applySuggestedText(content, { kind: 'learning-outcome', outcomeId: 'gone' }, { fi: 'x' }),
    ).toBeUndefined()
    expect(
      applySuggestedText(content, { kind: 'field', field: 'ects' }, { fi: '5' }),
    ).toBeUndefined()
  })
})

describe('workspace input', () => {
  it('refuses empty and over-long comments', () => {
    expect(findCommentTextProblems('Hyvä.')).toEqual([])
    expect(findCommentTextProblems('  \n').map((problem) => problem.path)).toEqual(['text'])
    expect(findCommentTextProblems('x'.repeat(2001))).toHaveLength(1)
  })

  it('takes a suggested text in fi/sv/en with at least one language written', () => {
    expect(findSuggestionProblems({ fi: 'Uusi' }, '')).toEqual([])
    expect(findSuggestionProblems('Uusi', '').map((problem) => problem.path)).toEqual(['value'])
    expect(
      findSuggestionProblems({ de: 'Neu', fi: ' ' }, '').map((problem) => problem.path),
    ).toEqual(['value.de', 'value'])
    expect(
      findSuggestionProblems({ fi: 5 }, 'x'.repeat(1001)).map((problem) => problem.path),
    ).toEqual(['value.fi', 'value', 'reason'])
    expect(toSuggestedText({ fi: 'Uusi', sv: '' })).toEqual({ fi: 'Uusi' })
  })
})

describe('workspace events from another process', () => {
  it('are taken as they are meant and anything else is dropped', () => {
    expect(toWorkspaceEvent({ versionId: 'v', kind: 'comment', id: 'c' })).toEqual({
      versionId: 'v',
      kind: 'comment',
      id: 'c',
    })
    expect(
      toWorkspaceEvent({
        versionId: 'v',
        kind: 'presence',
        people: [{ personId: 'p', displayName: 'P' }, { personId: 1 }],
      }),
    ).toEqual({ versionId: 'v', kind: 'presence', people: [{ personId: 'p', displayName: 'P' }] })
    expect(toWorkspaceEvent({ versionId: 'v', kind: 'comment' })).toBeUndefined()
    expect(toWorkspaceEvent({ kind: 'change' })).toBeUndefined()
    expect(toWorkspaceEvent({ versionId: 'v', kind: 'shout' })).toBeUndefined()
    expect(toWorkspaceEvent(null)).toBeUndefined()
  })
})
