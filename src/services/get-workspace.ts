import {
  type Actor,
  anchoredText,
  isAnchorPresent,
  type LanguageMap,
  type PresentPerson,
  type SpecificationVersion,
  type WorkspaceComment,
  type WorkspaceSuggestion,
} from '../core/index.js'
import type { Deps } from './deps.js'
import type { WorkspaceParticipantView } from './invite-to-workspace.js'
import { getWorkspaceVersion, type WorkspaceSide } from './workspace-access.js'
import { createNameLookup } from './workspace-people.js'
import { listPresentPeople } from './workspace-presence.js'

export type WorkspaceCommentView = WorkspaceComment & {
  readonly authorName: string
  /** False when the learning outcome the comment points at was removed from the draft since. */
  readonly isAnchorPresent: boolean
}

/** A thread: its first comment and the replies to it, oldest first. */
export type WorkspaceThread = WorkspaceCommentView & {
  readonly replies: readonly WorkspaceCommentView[]
}

export type WorkspaceSuggestionView = WorkspaceSuggestion & {
  readonly proposedByName: string
  readonly decidedByName: string | undefined
  readonly isAnchorPresent: boolean
  /** The text the suggestion would replace, as the draft has it now. */
  readonly currentText: LanguageMap | undefined
}

/** Everything the workspace page shows. */
export type Workspace = {
  readonly version: SpecificationVersion
  /** How the caller takes part: what they may do. */
  readonly side: WorkspaceSide
  readonly participants: readonly WorkspaceParticipantView[]
  readonly threads: readonly WorkspaceThread[]
  readonly suggestions: readonly WorkspaceSuggestionView[]
  readonly present: readonly PresentPerson[]
}

/**
 * A version's design workspace: the draft, its comment threads, suggested edits, participants
 * and who has it open. For the owning organisation's staff and the people invited into it;
 * anyone else gets WORKSPACE_NOT_FOUND. A comment stays with the version it was made on.
 */
export async function getWorkspace(
  deps: Pick<Deps, 'clock' | 'stores'>,
  actor: Actor,
  versionId: string,
): Promise<Workspace> {
  const { stores } = deps
  const { version, side } = await getWorkspaceVersion(actor, versionId, stores)
  const nameOf = createNameLookup(stores)
  const [participants, comments, suggestions, present] = await Promise.all([
    stores.workspaceParticipants.listForVersion(version.id),
    stores.workspaceComments.listForVersion(version.id),
    stores.workspaceSuggestions.listForVersion(version.id),
    listPresentPeople(deps, stores, version.id),
  ])
  const commentViews = await Promise.all(
    comments.map(
      async (comment): Promise<WorkspaceCommentView> => ({
        ...comment,
        authorName: await nameOf(comment.authorId),
        isAnchorPresent: isAnchorPresent(version.content, comment.anchor),
      }),
    ),
  )
  const threads = commentViews
    .filter((comment) => comment.parentId === undefined)
    .map((root) => ({
      ...root,
      replies: commentViews.filter((comment) => comment.parentId === root.id),
    }))
  return {
    version,
    side,
    participants: await Promise.all(
      participants.map(async (participant) => ({
        ...participant,
        displayName: await nameOf(participant.personId),
      })),
    ),
    threads,
    suggestions: await Promise.all(
      suggestions.map(async (suggestion) => ({
        ...suggestion,
        proposedByName: await nameOf(suggestion.proposedBy),
        decidedByName:
          suggestion.decidedBy === undefined ? undefined : await nameOf(suggestion.decidedBy),
        isAnchorPresent: isAnchorPresent(version.content, suggestion.anchor),
        currentText: anchoredText(version.content, suggestion.anchor),
      })),
    ),
    present,
  }
}
