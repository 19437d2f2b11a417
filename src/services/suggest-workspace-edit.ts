import {
  type Actor,
  AppError,
  findSuggestionProblems,
  isAnchorPresent,
  isSuggestable,
  requirePerson,
  suggestableFields,
  toAnchorKey,
  toSuggestedText,
  type WorkspaceAnchor,
  type WorkspaceSuggestion,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { recordAudit } from './record-audit.js'
import { getWorkspaceVersion, requireOpenWorkspace } from './workspace-access.js'

/**
 * Suggests a new text for a text field of a draft or for one of its learning outcomes; the
 * designer side accepts or rejects it. Anyone in the workspace who is a person may suggest.
 * Problems are reported at once and nothing is saved.
 */
export async function suggestWorkspaceEdit(
  deps: Pick<Deps, 'clock' | 'ids' | 'transaction' | 'workspaceEvents'>,
  actor: Actor,
  input: {
    versionId: string
    anchor: WorkspaceAnchor
    value: unknown
    reason?: string | undefined
  },
): Promise<WorkspaceSuggestion> {
  const person = requirePerson(actor)
  const reason = input.reason ?? ''
  const suggestion = await deps.transaction(async (stores) => {
    const { version } = await getWorkspaceVersion(actor, input.versionId, stores, {
      isForUpdate: true,
    })
    requireOpenWorkspace(version)
    if (
      input.anchor.kind === 'learning-outcome' &&
      !isAnchorPresent(version.content, input.anchor)
    ) {
      throw new AppError(
        'COMMENT_ANCHOR_INVALID',
        `This version has no ${toAnchorKey(input.anchor)} to suggest a text for.`,
      )
    }
    const problems = [
      ...(isSuggestable(version.content, input.anchor)
        ? []
        : [
            {
              path: 'anchor',
              message: `Texts are suggested for ${suggestableFields.join(', ')} and learning outcomes.`,
            },
          ]),
      ...findSuggestionProblems(input.value, reason),
    ]
    if (problems.length > 0) {
      throw new AppError('SUGGESTION_INVALID', undefined, { details: { problems } })
    }
    const suggestion: WorkspaceSuggestion = {
      id: deps.ids.newId(),
      versionId: version.id,
      anchor: input.anchor,
      proposedValue: toSuggestedText(input.value as Record<string, string>),
      reason,
      state: 'proposed',
      proposedBy: person.personId,
      proposedAt: deps.clock.now(),
      decidedBy: undefined,
      decidedAt: undefined,
    }
    await stores.workspaceSuggestions.create(suggestion)
    await recordAudit(deps, stores, actor, {
      action: 'workspace.edit-suggested',
      organisationId: version.organisationId,
      subject: {
        specificationId: version.specificationId,
        versionId: version.id,
        suggestionId: suggestion.id,
      },
    })
    return suggestion
  })
  await deps.workspaceEvents.publish({
    versionId: suggestion.versionId,
    kind: 'suggestion',
    id: suggestion.id,
  })
  return suggestion
}
