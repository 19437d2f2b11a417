import { type LanguageMap, languages } from '../language.js'
import { workspaceTextLimits } from './workspace.js'

/** One problem with what a participant wrote: where, and what to do about it. */
export type WorkspaceInputProblem = { readonly path: string; readonly message: string }

/** Problems with a comment's text: empty, or longer than the limit. */
export function findCommentTextProblems(text: string): WorkspaceInputProblem[] {
  if (text.trim() === '') {
    return [{ path: 'text', message: 'Write something.' }]
  }
  if (text.length > workspaceTextLimits.comment) {
    return [{ path: 'text', message: `Write at most ${workspaceTextLimits.comment} characters.` }]
  }
  return []
}

/**
 * Problems with a suggested text: it must be a text in Osaamo's languages (fi, sv, en), at least
 * one of them written, none over the limit. The reason is optional and bounded.
 */
export function findSuggestionProblems(value: unknown, reason: string): WorkspaceInputProblem[] {
  const problems: WorkspaceInputProblem[] = []
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ path: 'value', message: 'Give the text as { "fi": …, "sv": …, "en": … }.' })
  } else {
    const entries = Object.entries(value)
    for (const [language, text] of entries) {
      if (!(languages as readonly string[]).includes(language)) {
        problems.push({ path: `value.${language}`, message: 'Languages are fi, sv and en.' })
      } else if (typeof text !== 'string') {
        problems.push({ path: `value.${language}`, message: 'Write the text as a string.' })
      } else if (text.length > workspaceTextLimits.suggestion) {
        problems.push({
          path: `value.${language}`,
          message: `Write at most ${workspaceTextLimits.suggestion} characters.`,
        })
      }
    }
    const isWritten = ([language, text]: [string, unknown]) =>
      (languages as readonly string[]).includes(language) &&
      typeof text === 'string' &&
      text.trim() !== ''
    if (!entries.some(isWritten)) {
      problems.push({ path: 'value', message: 'Write the text in at least one language.' })
    }
  }
  if (reason.length > workspaceTextLimits.reason) {
    problems.push({
      path: 'reason',
      message: `Write at most ${workspaceTextLimits.reason} characters.`,
    })
  }
  return problems
}

/** The suggested text without empty languages, once findSuggestionProblems found none. */
export function toSuggestedText(value: Record<string, string>): LanguageMap {
  return Object.fromEntries(
    languages.flatMap((language) => {
      const text = value[language]
      return text === undefined || text.trim() === '' ? [] : [[language, text]]
    }),
  )
}
