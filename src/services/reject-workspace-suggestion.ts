import type { Actor, WorkspaceSuggestion } from '../core/index.js'
import { decideWorkspaceSuggestion } from './decide-workspace-suggestion.js'
import type { Deps } from './deps.js'

/** Rejects a suggested edit (the designer side); the draft stays as it is. */
export function rejectWorkspaceSuggestion(
  deps: Pick<Deps, 'clock' | 'ids' | 'transaction' | 'publicUrl' | 'workspaceEvents'>,
  actor: Actor,
  input: { versionId: string; suggestionId: string },
): Promise<WorkspaceSuggestion> {
  return decideWorkspaceSuggestion(deps, actor, { ...input, decision: 'rejected' }, async () => {})
}
