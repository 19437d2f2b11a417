import {
  anchoredText,
  isAnchorPresent,
  type WorkspaceComment,
  type WorkspaceSuggestion,
} from '../core/index.js'
import type { Deps } from './deps.js'
import type { WorkspaceCommentView, WorkspaceSuggestionView } from './get-workspace.js'

/** A comment just written or resolved, with its author's name, as the workspace shows it. */
export async function describeWorkspaceComment(
  deps: Pick<Deps, 'stores'>,
  comment: WorkspaceComment,
): Promise<WorkspaceCommentView> {
  const [author, version] = await Promise.all([
    deps.stores.people.findById(comment.authorId),
    deps.stores.specifications.findVersion(comment.versionId),
  ])
  return {
    ...comment,
    authorName: author?.displayName ?? '',
    isAnchorPresent: version !== undefined && isAnchorPresent(version.content, comment.anchor),
  }
}

/** A suggestion just made or decided, with names and the text it replaces, as shown. */
export async function describeWorkspaceSuggestion(
  deps: Pick<Deps, 'stores'>,
  suggestion: WorkspaceSuggestion,
): Promise<WorkspaceSuggestionView> {
  const { stores } = deps
  const [version, proposer, decider] = await Promise.all([
    stores.specifications.findVersion(suggestion.versionId),
    stores.people.findById(suggestion.proposedBy),
    suggestion.decidedBy === undefined ? undefined : stores.people.findById(suggestion.decidedBy),
  ])
  return {
    ...suggestion,
    proposedByName: proposer?.displayName ?? '',
    decidedByName: decider?.displayName,
    isAnchorPresent: version !== undefined && isAnchorPresent(version.content, suggestion.anchor),
    currentText:
      version === undefined ? undefined : anchoredText(version.content, suggestion.anchor),
  }
}
