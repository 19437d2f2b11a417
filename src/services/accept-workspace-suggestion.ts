import {
  type Actor,
  AppError,
  applySuggestedText,
  type WorkspaceSuggestion,
} from '../core/index.js'
import { decideWorkspaceSuggestion } from './decide-workspace-suggestion.js'
import type { Deps } from './deps.js'
import { updateSpecificationDraft } from './update-specification-draft.js'

/**
 * Accepts a suggested edit: the text goes into the draft through the same path as any edit of a
 * draft (updateSpecificationDraft: the designer role, the same validation, its audit entry), in
 * the decision's transaction. A suggestion whose learning outcome was removed since is
 * SUGGESTION_ANCHOR_GONE and changes nothing.
 */
export async function acceptWorkspaceSuggestion(
  deps: Pick<Deps, 'clock' | 'ids' | 'stores' | 'transaction' | 'publicUrl' | 'workspaceEvents'>,
  actor: Actor,
  input: { versionId: string; suggestionId: string },
): Promise<WorkspaceSuggestion> {
  const accepted = await decideWorkspaceSuggestion(
    deps,
    actor,
    { ...input, decision: 'accepted' },
    async (stores, version, suggestion) => {
      const content = applySuggestedText(
        version.content,
        suggestion.anchor,
        suggestion.proposedValue,
      )
      if (content === undefined) {
        throw new AppError('SUGGESTION_ANCHOR_GONE')
      }
      await updateSpecificationDraft(deps, actor, { versionId: version.id, content }, stores)
    },
  )
  await deps.workspaceEvents.publish({ versionId: accepted.versionId, kind: 'change' })
  return accepted
}
