import { type Actor, AppError, requirePerson, type WorkspaceComment } from '../core/index.js'
import type { Deps } from './deps.js'
import { recordAudit } from './record-audit.js'
import { getWorkspaceVersion, requireOpenWorkspace } from './workspace-access.js'

/**
 * Marks a thread resolved: the designer side, or whoever started the thread. Resolving a resolved
 * thread changes nothing; a reply is not resolved on its own (COMMENT_INVALID).
 */
export async function resolveWorkspaceComment(
  deps: Pick<Deps, 'clock' | 'transaction' | 'workspaceEvents'>,
  actor: Actor,
  input: { versionId: string; commentId: string },
): Promise<WorkspaceComment> {
  const person = requirePerson(actor)
  const { comment, changed } = await deps.transaction(async (stores) => {
    const { version, side } = await getWorkspaceVersion(actor, input.versionId, stores)
    requireOpenWorkspace(version)
    const comment = await stores.workspaceComments.findById(input.commentId, { isForUpdate: true })
    if (comment === undefined || comment.versionId !== version.id) {
      throw new AppError('COMMENT_NOT_FOUND')
    }
    if (comment.parentId !== undefined) {
      throw new AppError('COMMENT_INVALID', 'Resolve the thread, by its first comment.', {
        details: { problems: [{ path: 'commentId', message: 'This is a reply.' }] },
      })
    }
    if (side !== 'designer' && comment.authorId !== person.personId) {
      throw new AppError(
        'PERMISSION_DENIED',
        'A thread is resolved by whoever started it or by the draft’s designers.',
      )
    }
    if (comment.resolvedAt !== undefined) {
      return { comment, changed: false }
    }
    const now = deps.clock.now()
    await stores.workspaceComments.resolve(comment.id, person.personId, now)
    await recordAudit(deps, stores, actor, {
      action: 'workspace.comment-resolved',
      organisationId: version.organisationId,
      subject: { versionId: version.id, commentId: comment.id },
    })
    return {
      comment: { ...comment, resolvedBy: person.personId, resolvedAt: now },
      changed: true,
    }
  })
  if (changed) {
    await deps.workspaceEvents.publish({
      versionId: comment.versionId,
      kind: 'comment',
      id: comment.id,
    })
  }
  return comment
}
