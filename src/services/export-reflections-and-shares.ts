import type { Deps } from './deps.js'

/**
 * The person's reflections, counsellor invitations (made and received), the comments on their
 * reflections and those they wrote as a counsellor, and their shares with each opening: the part
 * of the personal-data export that comes from reflecting and sharing. Share tokens are not in it
 * (only their hashes are kept, and those are no use to anyone).
 */
export async function exportReflectionsAndShares(deps: Pick<Deps, 'stores'>, personId: string) {
  const addresses = (await deps.stores.people.listEmailAddresses(personId)).map(
    (address) => address.address,
  )
  const reflections = await deps.stores.reflections.listForPerson(personId)
  const comments = await deps.stores.reflections.listComments(reflections.map((each) => each.id))
  const invitations = await deps.stores.reflections.listInvitationsByLearner(personId)
  const received = await deps.stores.reflections.listInvitationsForCounsellor(personId, addresses)
  const written = await deps.stores.reflections.listCommentsBy(personId)
  const shares = await deps.stores.shares.listForPerson(personId)
  const accesses = await deps.stores.shares.listAccesses(shares.map((share) => share.id))
  const iso = (date: Date | undefined) => date?.toISOString() ?? null
  return {
    reflections: reflections.map((reflection) => ({
      id: reflection.id,
      credential: reflection.credential,
      learningOutcomeKey: reflection.learningOutcomeKey,
      text: reflection.text,
      date: reflection.reflectedOn,
      evidenceUrl: reflection.evidenceUrl ?? null,
      createdAt: iso(reflection.createdAt),
      updatedAt: iso(reflection.updatedAt),
      comments: comments
        .filter((comment) => comment.reflectionId === reflection.id)
        .map((comment) => ({
          authorName: comment.authorName,
          text: comment.text,
          createdAt: iso(comment.createdAt),
        })),
    })),
    counsellorInvitations: invitations.map((invitation) => ({
      id: invitation.id,
      counsellorEmailAddress: invitation.counsellorEmailAddress,
      credentials: invitation.credentials,
      state: invitation.state,
      createdAt: iso(invitation.createdAt),
      acceptedAt: iso(invitation.acceptedAt),
      revokedAt: iso(invitation.revokedAt),
    })),
    counsellingInvitationsReceived: received
      .filter((invitation) => invitation.learnerPersonId !== personId)
      .map((invitation) => ({
        id: invitation.id,
        learnerName: invitation.learnerName,
        state: invitation.state,
        createdAt: iso(invitation.createdAt),
      })),
    commentsAsCounsellor: written.map((comment) => ({
      reflectionId: comment.reflectionId,
      text: comment.text,
      createdAt: iso(comment.createdAt),
    })),
    shares: shares.map((share) => ({
      id: share.id,
      credentials: share.credentials,
      includesReflections: share.includesReflections,
      createdAt: iso(share.createdAt),
      expiresAt: iso(share.expiresAt),
      withdrawnAt: iso(share.withdrawnAt),
      accesses: accesses
        .filter((access) => access.shareId === share.id)
        .map((access) => ({
          openedAt: iso(access.openedAt),
          viewerOrganisationIds: access.viewerOrganisationIds,
        })),
    })),
  }
}
