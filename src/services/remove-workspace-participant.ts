import { type Actor, AppError } from '../core/index.js'
import type { Deps } from './deps.js'
import { recordAudit } from './record-audit.js'
import { getWorkspaceVersion, requireDesignerSide } from './workspace-access.js'

/**
 * Takes a person out of a workspace (the designer side): they no longer see the draft, and their
 * open streams end. What they wrote stays, with their name.
 */
export async function removeWorkspaceParticipant(
  deps: Pick<Deps, 'clock' | 'transaction' | 'workspaceEvents'>,
  actor: Actor,
  input: { versionId: string; personId: string },
): Promise<void> {
  await deps.transaction(async (stores) => {
    const { version, side } = await getWorkspaceVersion(actor, input.versionId, stores, {
      isForUpdate: true,
    })
    requireDesignerSide(side)
    if (!(await stores.workspaceParticipants.remove(version.id, input.personId))) {
      throw new AppError('WORKSPACE_PARTICIPANT_NOT_FOUND')
    }
    await recordAudit(deps, stores, actor, {
      action: 'workspace.participant-removed',
      organisationId: version.organisationId,
      subject: {
        specificationId: version.specificationId,
        versionId: version.id,
        personId: input.personId,
      },
    })
  })
  await deps.workspaceEvents.publish({
    versionId: input.versionId,
    kind: 'participants',
    removedPersonId: input.personId,
  })
}
