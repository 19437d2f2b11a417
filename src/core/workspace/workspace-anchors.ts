import type { LanguageMap } from '../language.js'
import type { SpecificationContent } from '../specification/specification.js'
import {
  commentableFields,
  type SuggestableField,
  suggestableFields,
  type WorkspaceAnchor,
} from './workspace.js'

/**
 * True when the anchor names a field of the content, or a learning outcome the content has now.
 * A comment whose outcome was removed later keeps its anchor and version; it is shown as detached.
 */
export function isAnchorPresent(content: SpecificationContent, anchor: WorkspaceAnchor): boolean {
  return anchor.kind === 'field'
    ? (commentableFields as readonly string[]).includes(anchor.field)
    : content.learningOutcomes.some((outcome) => outcome.id === anchor.outcomeId)
}

/** True when a new text may be suggested for what the anchor names. */
export function isSuggestable(content: SpecificationContent, anchor: WorkspaceAnchor): boolean {
  return anchor.kind === 'field'
    ? (suggestableFields as readonly string[]).includes(anchor.field)
    : isAnchorPresent(content, anchor)
}

/** The text the anchor names in the content now, for showing a suggestion beside it. */
export function anchoredText(
  content: SpecificationContent,
  anchor: WorkspaceAnchor,
): LanguageMap | undefined {
  if (anchor.kind === 'field') {
    return (suggestableFields as readonly string[]).includes(anchor.field)
      ? content[anchor.field as SuggestableField]
      : undefined
  }
  return content.learningOutcomes.find((outcome) => outcome.id === anchor.outcomeId)?.text
}

/**
 * The content with the suggested text in place (the languages it names replace those; the
 * others stay), or undefined when the anchor no longer names anything the text could go into
 * (the outcome was removed after the suggestion was made).
 */
export function applySuggestedText(
  content: SpecificationContent,
  anchor: WorkspaceAnchor,
  text: LanguageMap,
): SpecificationContent | undefined {
  if (!isSuggestable(content, anchor)) {
    return undefined
  }
  if (anchor.kind === 'field') {
    const field = anchor.field as SuggestableField
    return { ...content, [field]: { ...content[field], ...text } }
  }
  return {
    ...content,
    learningOutcomes: content.learningOutcomes.map((outcome) =>
      outcome.id === anchor.outcomeId
        ? { ...outcome, text: { ...outcome.text, ...text } }
        : outcome,
    ),
  }
}

/** The anchor as one string (`title`, `learning-outcome:lo-1`), for storage and events. */
export function toAnchorKey(anchor: WorkspaceAnchor): string {
  return anchor.kind === 'field' ? anchor.field : `learning-outcome:${anchor.outcomeId}`
}
