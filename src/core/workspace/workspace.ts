import type { LanguageMap } from '../language.js'
import {
  emptySpecificationContent,
  type SpecificationContent,
} from '../specification/specification.js'

/** A person from a partner organisation invited into the design workspace of one version. */
export type WorkspaceParticipant = {
  readonly versionId: string
  readonly personId: string
  /** The partner organisation the person takes part for. */
  readonly organisationId: string
  readonly invitedBy: string | undefined
  readonly invitedAt: Date
}

/** The content fields a comment may point at: every field of a specification's content. */
export const commentableFields = Object.keys(
  emptySpecificationContent,
) as readonly (keyof SpecificationContent)[]

/**
 * The fields a partner may suggest new wording for: the texts, in one or more languages. A
 * learning outcome's text is suggested through a learning-outcome anchor.
 */
export const suggestableFields = [
  'title',
  'summary',
  'description',
  'prerequisites',
  'targetGroup',
  'furtherInformation',
] as const satisfies readonly (keyof SpecificationContent)[]

export type SuggestableField = (typeof suggestableFields)[number]

/** What a comment or a suggestion points at: a content field, or one learning outcome by id. */
export type WorkspaceAnchor =
  | { readonly kind: 'field'; readonly field: string }
  | { readonly kind: 'learning-outcome'; readonly outcomeId: string }

/** One comment; a reply names its thread's first comment as parent (threads are one level). */
export type WorkspaceComment = {
  readonly id: string
  readonly versionId: string
  readonly parentId: string | undefined
  readonly anchor: WorkspaceAnchor
  readonly authorId: string
  readonly text: string
  readonly createdAt: Date
  readonly resolvedBy: string | undefined
  readonly resolvedAt: Date | undefined
}

export const suggestionStates = ['proposed', 'accepted', 'rejected'] as const

export type SuggestionState = (typeof suggestionStates)[number]

/** A proposed new text for a field or a learning outcome, which the designer side decides on. */
export type WorkspaceSuggestion = {
  readonly id: string
  readonly versionId: string
  readonly anchor: WorkspaceAnchor
  readonly proposedValue: LanguageMap
  readonly reason: string
  readonly state: SuggestionState
  readonly proposedBy: string
  readonly proposedAt: Date
  readonly decidedBy: string | undefined
  readonly decidedAt: Date | undefined
}

/** Comment texts are short enough to travel whole in one PostgreSQL notification. */
export const workspaceTextLimits = { comment: 2000, reason: 1000, suggestion: 4000 } as const
