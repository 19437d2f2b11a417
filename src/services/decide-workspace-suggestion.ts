import {
  type Actor,
  AppError,
  requirePerson,
  type SpecificationVersion,
  type Stores,
  toSuggestionDecidedMail,
  type WorkspaceSuggestion,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { recordAudit } from './record-audit.js'
import {
  findMailAddress,
  getWorkspaceVersion,
  requireDesignerSide,
  requireOpenWorkspace,
  workspaceTitle,
  workspaceUrl,
} from './workspace-access.js'

/**
 * What accepting and rejecting share: the designer side decides a suggestion of an open
 * workspace once; the decision, its audit entry and the mail to whoever suggested it land in one
 * transaction with `apply` (the accepted change), or not at all.
 */
export async function decideWorkspaceSuggestion(
  deps: Pick<Deps, 'clock' | 'ids' | 'transaction' | 'publicUrl' | 'workspaceEvents'>,
  actor: Actor,
  input: { versionId: string; suggestionId: string; decision: 'accepted' | 'rejected' },
  apply: (
    stores: Stores,
    version: SpecificationVersion,
    suggestion: WorkspaceSuggestion,
  ) => Promise<void>,
): Promise<WorkspaceSuggestion> {
  const person = requirePerson(actor)
  const decided = await deps.transaction(async (stores) => {
    const { version, side } = await getWorkspaceVersion(actor, input.versionId, stores, {
      isForUpdate: true,
    })
    requireDesignerSide(side)
    requireOpenWorkspace(version)
    const suggestion = await stores.workspaceSuggestions.findById(input.suggestionId, {
      isForUpdate: true,
    })
    if (suggestion === undefined || suggestion.versionId !== version.id) {
      throw new AppError('SUGGESTION_NOT_FOUND')
    }
    if (suggestion.state !== 'proposed') {
      throw new AppError('SUGGESTION_ALREADY_DECIDED')
    }
    await apply(stores, version, suggestion)
    const now = deps.clock.now()
    await stores.workspaceSuggestions.decide(suggestion.id, input.decision, person.personId, now)
    await recordAudit(deps, stores, actor, {
      action: `workspace.suggestion-${input.decision}`,
      organisationId: version.organisationId,
      subject: {
        specificationId: version.specificationId,
        versionId: version.id,
        suggestionId: suggestion.id,
      },
    })
    const recipient = await findMailAddress(stores, suggestion.proposedBy)
    if (recipient !== undefined && suggestion.proposedBy !== person.personId) {
      const designer = await stores.people.findById(person.personId)
      await stores.mailOutbox.enqueue({
        id: deps.ids.newId(),
        recipient,
        createdAt: now,
        ...toSuggestionDecidedMail('fi', {
          title: workspaceTitle(version, 'fi'),
          actorName: designer?.displayName ?? 'Osaamo',
          workspaceUrl: workspaceUrl(deps, version.id),
          decision: input.decision,
        }),
      })
    }
    return {
      ...suggestion,
      state: input.decision,
      decidedBy: person.personId,
      decidedAt: now,
    } satisfies WorkspaceSuggestion
  })
  await deps.workspaceEvents.publish({
    versionId: decided.versionId,
    kind: 'suggestion',
    id: decided.id,
  })
  return decided
}
