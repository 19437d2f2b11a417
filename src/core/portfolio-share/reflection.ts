import type { CredentialReference } from './credential-reference.js'

/**
 * A learner's private note on one learning outcome of one of their credentials: what they did,
 * when, and optionally a link to evidence. Seen by the learner, by counsellors they invited for
 * that credential, and in a share only when the learner chose to include reflections.
 */
export type Reflection = {
  readonly id: string
  readonly personId: string
  readonly credential: CredentialReference
  readonly learningOutcomeKey: string
  readonly text: string
  /** The day the reflection is about, `YYYY-MM-DD` (the learner's own calendar). */
  readonly reflectedOn: string
  readonly evidenceUrl: string | undefined
  readonly createdAt: Date
  readonly updatedAt: Date
}

/** A guidance counsellor's comment on a reflection. */
export type ReflectionComment = {
  readonly id: string
  readonly reflectionId: string
  readonly invitationId: string
  readonly authorPersonId: string
  readonly authorName: string
  readonly text: string
  readonly createdAt: Date
}

/** One field's problem, all reported at once (as elsewhere in Osaamo). */
export type FieldProblem = {
  readonly path: string
  readonly code: string
  readonly message: string
}

export type ReflectionInput = {
  readonly text: string
  readonly reflectedOn: string
  readonly evidenceUrl?: string | undefined
}

export const maximumReflectionLength = 5000
export const maximumCommentLength = 2000

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * The problems of a reflection's fields: text required and at most 5,000 characters, a real
 * calendar date not after `today` (a reflection looks back), and an evidence link that is an
 * http(s) address.
 */
export function reflectionProblems(input: ReflectionInput, today: string): FieldProblem[] {
  const problems: FieldProblem[] = []
  const text = input.text.trim()
  if (text === '') {
    problems.push({ path: 'text', code: 'required', message: 'Write the reflection.' })
  } else if (text.length > maximumReflectionLength) {
    problems.push({
      path: 'text',
      code: 'too-long',
      message: `Keep the reflection to ${maximumReflectionLength} characters.`,
    })
  }
  if (!isCalendarDate(input.reflectedOn)) {
    problems.push({ path: 'date', code: 'invalid', message: 'Give a date as YYYY-MM-DD.' })
  } else if (input.reflectedOn > today) {
    problems.push({ path: 'date', code: 'future', message: 'The date cannot be in the future.' })
  }
  const evidence = input.evidenceUrl?.trim() ?? ''
  if (evidence !== '' && !isWebAddress(evidence)) {
    problems.push({
      path: 'evidenceUrl',
      code: 'invalid',
      message: 'Give the evidence as an address starting https://.',
    })
  }
  return problems
}

/** The problems of a counsellor's comment. */
export function commentProblems(text: string): FieldProblem[] {
  const trimmed = text.trim()
  if (trimmed === '') {
    return [{ path: 'text', code: 'required', message: 'Write the comment.' }]
  }
  return trimmed.length > maximumCommentLength
    ? [
        {
          path: 'text',
          code: 'too-long',
          message: `Keep the comment to ${maximumCommentLength} characters.`,
        },
      ]
    : []
}

/** True for `YYYY-MM-DD` naming a day that exists. */
export function isCalendarDate(text: string): boolean {
  const parts = isoDate.exec(text)
  if (parts === null) {
    return false
  }
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text)
    return (url.protocol === 'https:' || url.protocol === 'http:') && text.length <= 2000
  } catch {
    return false
  }
}
