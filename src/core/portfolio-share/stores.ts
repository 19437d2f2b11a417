import type { CounsellorInvitation } from './counsellor-invitation.js'
import type { CredentialReference } from './credential-reference.js'
import type { Reflection, ReflectionComment } from './reflection.js'
import type { Share, ShareAccess } from './share.js'

/** Learners' reflections, counsellors' invitations and their comments. */
export interface ReflectionStore {
  create(reflection: Reflection): Promise<void>
  /** Changes the text, date and evidence of the person's reflection; false when there is none. */
  update(
    personId: string,
    id: string,
    change: Pick<Reflection, 'text' | 'reflectedOn' | 'evidenceUrl' | 'updatedAt'>,
  ): Promise<boolean>
  findById(id: string): Promise<Reflection | undefined>
  /** Removes the person's reflection (and its comments); false when there is none. */
  delete(personId: string, id: string): Promise<boolean>
  /** The person's reflections, on these credentials only when given, oldest day first. */
  listForPerson(
    personId: string,
    credentials?: readonly CredentialReference[],
  ): Promise<Reflection[]>
  createComment(comment: Omit<ReflectionComment, 'authorName'>): Promise<void>
  /** The comments on these reflections, oldest first, with their authors' names. */
  listComments(reflectionIds: readonly string[]): Promise<ReflectionComment[]>
  /** Comments the person wrote as a counsellor, on anyone's reflections. */
  listCommentsBy(authorPersonId: string): Promise<ReflectionComment[]>
  createInvitation(invitation: CounsellorInvitation): Promise<void>
  findInvitation(id: string): Promise<CounsellorInvitation | undefined>
  /** The learner's invitations, newest first. */
  listInvitationsByLearner(learnerPersonId: string): Promise<CounsellorInvitation[]>
  /** Invitations to a counsellor, by their person or any of their addresses; newest first. */
  listInvitationsForCounsellor(
    personId: string,
    emailAddresses: readonly string[],
  ): Promise<CounsellorInvitation[]>
  markInvitationAccepted(id: string, counsellorPersonId: string, at: Date): Promise<void>
  /** Revokes the learner's invitation unless revoked already; false otherwise. */
  revokeInvitation(learnerPersonId: string, id: string, at: Date): Promise<boolean>
  /**
   * Everything of the person's account here: their reflections (with the comments on them),
   * invitations they made or that were made to them (by person or address), comments they wrote.
   */
  deleteForPerson(personId: string, emailAddresses: readonly string[]): Promise<void>
}

/** Learners' shares and their access log. */
export interface ShareStore {
  create(share: Share): Promise<void>
  findById(id: string): Promise<Share | undefined>
  findByTokenHash(tokenHash: string): Promise<Share | undefined>
  /** The person's shares, newest first. */
  listForPerson(personId: string): Promise<Share[]>
  /** Withdraws the person's share unless withdrawn already; false otherwise. */
  withdraw(personId: string, id: string, at: Date): Promise<boolean>
  recordAccess(access: ShareAccess): Promise<void>
  /** The openings of these shares, newest first. */
  listAccesses(shareIds: readonly string[]): Promise<ShareAccess[]>
  /** The person's shares and their access log. */
  deleteForPerson(personId: string): Promise<void>
}
