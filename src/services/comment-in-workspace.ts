import {
  type Actor,
  AppError,
  findCommentTextProblems,
  isAnchorPresent,
  requirePerson,
  type Stores,
  toAnchorKey,
  type WorkspaceAnchor,
  type WorkspaceComment,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { inTransaction } from './in-transaction.js'
import { recordAudit } from './record-audit.js'
import { getWorkspaceVersion, requireOpenWorkspace } from './workspace-access.js'
import { notifyWorkspaceComment } from './workspace-notifications.js'

/**
 * Comments on a field or a learning outcome of a draft, or replies to a thread (`parentId`, the
 * thread's first comment; the reply takes its anchor). Anyone in the workspace who is a person:
 * the owning organisation's staff and the invited partners. The others in the workspace are told
 * by mail through the outbox and live on their open streams. Bad input changes nothing.
 */
export async function commentInWorkspace(
  deps: Pick<Deps, 'clock' | 'ids' | 'stores' | 'transaction' | 'publicUrl' | 'workspaceEvents'>,
  actor: Actor,
  input: {
    versionId: string
    anchor?: WorkspaceAnchor | undefined
    parentId?: string | undefined
    text: string
  },
  stores?: Stores,
): Promise<WorkspaceComment> {
  const person = requirePerson(actor)
  const comment = await inTransaction(deps, stores, async (stores) => {
    const { version } = await getWorkspaceVersion(actor, input.versionId, stores, {
      isForUpdate: true,
    })
    requireOpenWorkspace(version)
    let anchor: WorkspaceAnchor
    if (input.parentId !== undefined) {
      const parent = await stores.workspaceComments.findById(input.parentId)
      if (parent === undefined || parent.versionId !== version.id) {
        throw new AppError('COMMENT_NOT_FOUND')
      }
      if (parent.parentId !== undefined) {
        throw new AppError('COMMENT_INVALID', 'Reply to the first comment of the thread.', {
          details: { problems: [{ path: 'parentId', message: 'Reply to the thread.' }] },
        })
      }
      anchor = parent.anchor
    } else {
      if (input.anchor === undefined || !isAnchorPresent(version.content, input.anchor)) {
        throw new AppError(
          'COMMENT_ANCHOR_INVALID',
          input.anchor === undefined
            ? 'Say which field or learning outcome the comment is about.'
            : `This version has no ${toAnchorKey(input.anchor)} to comment on.`,
        )
      }
      anchor = input.anchor
    }
    const problems = findCommentTextProblems(input.text)
    if (problems.length > 0) {
      throw new AppError('COMMENT_INVALID', undefined, { details: { problems } })
    }
    const comment: WorkspaceComment = {
      id: deps.ids.newId(),
      versionId: version.id,
      parentId: input.parentId,
      anchor,
      authorId: person.personId,
      text: input.text,
      createdAt: deps.clock.now(),
      resolvedBy: undefined,
      resolvedAt: undefined,
    }
    await notifyWorkspaceComment(deps, stores, {
      version,
      authorId: person.personId,
      text: input.text,
    })
    await stores.workspaceComments.create(comment)
    await recordAudit(deps, stores, actor, {
      action: 'workspace.commented',
      organisationId: version.organisationId,
      subject: {
        specificationId: version.specificationId,
        versionId: version.id,
        commentId: comment.id,
      },
    })
    return comment
  })
  await deps.workspaceEvents.publish({
    versionId: comment.versionId,
    kind: 'comment',
    id: comment.id,
  })
  return comment
}
