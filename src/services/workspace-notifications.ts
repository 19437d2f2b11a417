import type { SpecificationVersion, Stores } from '../core/index.js'
import { toWorkspaceCommentMail } from '../core/index.js'
import type { Deps } from './deps.js'
import { findMailAddress, workspaceTitle, workspaceUrl } from './workspace-access.js'

/**
 * Mails everyone who takes part in the workspace about a new comment: the invited partner
 * people, the designers who invited them and everyone who has commented, except its author. In
 * the comment's transaction, so the mails go only when the comment lands. Osaamo keeps no
 * language per person; workspace mail is in Finnish, as other mail without a chosen language.
 */
export async function notifyWorkspaceComment(
  deps: Pick<Deps, 'clock' | 'ids' | 'publicUrl'>,
  stores: Stores,
  change: { version: SpecificationVersion; authorId: string; text: string },
): Promise<void> {
  const { version } = change
  const participants = await stores.workspaceParticipants.listForVersion(version.id)
  const comments = await stores.workspaceComments.listForVersion(version.id)
  const people = new Set<string>([
    ...participants.map((participant) => participant.personId),
    ...participants.flatMap((participant) =>
      participant.invitedBy === undefined ? [] : [participant.invitedBy],
    ),
    ...comments.map((comment) => comment.authorId),
  ])
  people.delete(change.authorId)
  const author = await stores.people.findById(change.authorId)
  const mails = []
  for (const personId of [...people].sort()) {
    const recipient = await findMailAddress(stores, personId)
    if (recipient === undefined) {
      continue
    }
    mails.push({
      id: deps.ids.newId(),
      recipient,
      createdAt: deps.clock.now(),
      ...toWorkspaceCommentMail('fi', {
        title: workspaceTitle(version, 'fi'),
        actorName: author?.displayName ?? 'Osaamo',
        workspaceUrl: workspaceUrl(deps, version.id),
        comment: change.text,
      }),
    })
  }
  await stores.mailOutbox.enqueueMany(mails)
}
