import {
  type Actor,
  AppError,
  type CounsellorInvitation,
  type CredentialReference,
  commentProblems,
  distinctReferences,
  type FieldProblem,
  isLanguage,
  type Language,
  normaliseEmailAddress,
  type ReflectionComment,
  requirePerson,
  toCounsellorInvitationMail,
} from '../core/index.js'
import type { Deps } from './deps.js'
import {
  listPortfolioCredentials,
  type PortfolioCredential,
  portfolioCredentialNames,
} from './portfolio-credentials.js'
import { recordAudit } from './record-audit.js'
import { type ReflectedOutcome, reflectedOutcomes } from './reflect-on-learning-outcome.js'

/**
 * Invites a guidance counsellor, by e-mail address, to read the signed-in learner's reflections
 * on the chosen credentials and comment on them; the mail goes in the same transaction. The
 * counsellor signs in with that address and sees those credentials only. Problems at once
 * (COUNSELLOR_INVITATION_INVALID): an address that is not one, one of the learner's own, no
 * credential, or one not in the portfolio.
 */
export async function inviteCounsellor(
  deps: Pick<Deps, 'clock' | 'ids' | 'stores' | 'transaction' | 'publicUrl'>,
  actor: Actor,
  input: { emailAddress: string; credentials: readonly CredentialReference[]; language?: string },
): Promise<CounsellorInvitation> {
  const { personId } = requirePerson(actor)
  const problems: FieldProblem[] = []
  const address = normaliseEmailAddress(input.emailAddress)
  const own = (await deps.stores.people.listEmailAddresses(personId)).map((each) => each.address)
  if (address === undefined) {
    problems.push({
      path: 'emailAddress',
      code: 'invalid',
      message: 'Give the counsellor’s e-mail address, such as ohjaaja@example.fi.',
    })
  } else if (own.includes(address)) {
    problems.push({
      path: 'emailAddress',
      code: 'own',
      message: 'This is your own address: give your counsellor’s.',
    })
  }
  const credentials = distinctReferences(input.credentials)
  const held = (await listPortfolioCredentials(deps.stores, personId)).map((each) => each.reference)
  if (credentials.length === 0) {
    problems.push({
      path: 'credentials',
      code: 'required',
      message: 'Choose the credentials whose reflections the counsellor may read.',
    })
  }
  credentials.forEach((reference, index) => {
    if (!held.some((each) => each.kind === reference.kind && each.id === reference.id)) {
      problems.push({
        path: `credentials/${index}`,
        code: 'unknown',
        message: 'This credential is not in your portfolio.',
      })
    }
  })
  if (problems.length > 0 || address === undefined) {
    throw new AppError('COUNSELLOR_INVITATION_INVALID', undefined, { details: { problems } })
  }
  const learner = await deps.stores.people.findById(personId)
  const language: Language = isLanguage(input.language) ? input.language : 'fi'
  const invitation: CounsellorInvitation = {
    id: deps.ids.newId(),
    learnerPersonId: personId,
    learnerName: learner?.displayName ?? '',
    counsellorEmailAddress: address,
    counsellorPersonId: undefined,
    credentials,
    state: 'invited',
    createdAt: deps.clock.now(),
    acceptedAt: undefined,
    revokedAt: undefined,
  }
  await deps.transaction(async (stores) => {
    await stores.reflections.createInvitation(invitation)
    await stores.mailOutbox.enqueue({
      id: deps.ids.newId(),
      recipient: address,
      createdAt: invitation.createdAt,
      ...toCounsellorInvitationMail(
        language,
        invitation.learnerName,
        new URL(`/counselling/${invitation.id}`, deps.publicUrl).href,
      ),
    })
    await recordAudit(deps, stores, actor, {
      action: 'portfolio.counsellor-invited',
      subject: { personId, invitationId: invitation.id },
    })
  })
  return invitation
}

/** The signed-in learner's counsellor invitations, newest first, revoked ones too. */
export async function listCounsellorInvitations(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
): Promise<CounsellorInvitation[]> {
  const { personId } = requirePerson(actor)
  return deps.stores.reflections.listInvitationsByLearner(personId)
}

/** Revokes one of the signed-in learner's invitations: the counsellor no longer sees anything. */
export async function revokeCounsellorInvitation(
  deps: Pick<Deps, 'clock' | 'transaction'>,
  actor: Actor,
  id: string,
): Promise<void> {
  const { personId } = requirePerson(actor)
  await deps.transaction(async (stores) => {
    if (!(await stores.reflections.revokeInvitation(personId, id, deps.clock.now()))) {
      throw new AppError('COUNSELLOR_INVITATION_NOT_FOUND')
    }
    await recordAudit(deps, stores, actor, {
      action: 'portfolio.counsellor-revoked',
      subject: { personId, invitationId: id },
    })
  })
}

/** The invitations the signed-in person has as a counsellor (by person or verified address), not revoked. */
export async function listCounsellingInvitations(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
): Promise<CounsellorInvitation[]> {
  const { personId } = requirePerson(actor)
  const addresses = await verifiedAddressesOf(deps, personId)
  const invitations = await deps.stores.reflections.listInvitationsForCounsellor(
    personId,
    addresses,
  )
  return invitations.filter((invitation) => invitation.state !== 'revoked')
}

/** What a counsellor sees of one invitation: the invited credentials with reflections and comments. */
export type Counselling = {
  readonly invitation: CounsellorInvitation
  readonly credentials: readonly {
    readonly reference: CredentialReference
    readonly achievementName: string
    readonly issuerName: string
    readonly outcomes: readonly ReflectedOutcome[]
  }[]
}

/**
 * Opens an invitation as its counsellor: the learner's reflections on the invited credentials,
 * with the comments. Anyone else, or after the learner revoked it, gets
 * COUNSELLOR_INVITATION_NOT_FOUND and learns nothing. The first opening binds the invitation to
 * the counsellor's person.
 */
export async function getCounselling(
  deps: Pick<Deps, 'clock' | 'stores'>,
  actor: Actor,
  invitationId: string,
  language: Language,
): Promise<Counselling> {
  const { invitation, personId } = await openInvitation(deps, actor, invitationId)
  if (invitation.state === 'invited') {
    await deps.stores.reflections.markInvitationAccepted(invitation.id, personId, deps.clock.now())
  }
  const held = await listPortfolioCredentials(deps.stores, invitation.learnerPersonId)
  const invited = held.filter((credential) =>
    invitation.credentials.some(
      (reference) =>
        reference.kind === credential.reference.kind && reference.id === credential.reference.id,
    ),
  )
  return {
    invitation,
    credentials: await Promise.all(
      invited.map(async (credential: PortfolioCredential) => ({
        reference: credential.reference,
        ...portfolioCredentialNames(credential, language),
        outcomes: await reflectedOutcomes(deps, invitation.learnerPersonId, credential, language, {
          withComments: true,
        }),
      })),
    ),
  }
}

/**
 * Adds the counsellor's comment to a reflection on one of the invited credentials. A reflection
 * outside the invitation is REFLECTION_NOT_FOUND; an empty or over-long comment is
 * COUNSELLOR_INVITATION_INVALID.
 */
export async function commentOnReflection(
  deps: Pick<Deps, 'clock' | 'ids' | 'stores' | 'transaction'>,
  actor: Actor,
  input: { invitationId: string; reflectionId: string; text: string },
): Promise<ReflectionComment> {
  const { invitation, personId } = await openInvitation(deps, actor, input.invitationId)
  const reflection = await deps.stores.reflections.findById(input.reflectionId)
  if (
    reflection === undefined ||
    reflection.personId !== invitation.learnerPersonId ||
    !invitation.credentials.some(
      (reference) =>
        reference.kind === reflection.credential.kind && reference.id === reflection.credential.id,
    )
  ) {
    throw new AppError('REFLECTION_NOT_FOUND')
  }
  const problems = commentProblems(input.text)
  if (problems.length > 0) {
    throw new AppError('COUNSELLOR_INVITATION_INVALID', 'The comment cannot be saved.', {
      details: { problems },
    })
  }
  const author = await deps.stores.people.findById(personId)
  const comment: ReflectionComment = {
    id: deps.ids.newId(),
    reflectionId: reflection.id,
    invitationId: invitation.id,
    authorPersonId: personId,
    authorName: author?.displayName ?? '',
    text: input.text.trim(),
    createdAt: deps.clock.now(),
  }
  await deps.transaction(async (stores) => {
    await stores.reflections.createComment(comment)
    await recordAudit(deps, stores, actor, {
      action: 'portfolio.reflection-commented',
      subject: {
        personId: invitation.learnerPersonId,
        reflectionId: reflection.id,
        commentId: comment.id,
      },
    })
  })
  return comment
}

async function openInvitation(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  invitationId: string,
): Promise<{ invitation: CounsellorInvitation; personId: string }> {
  const { personId } = requirePerson(actor)
  const invitation = await deps.stores.reflections.findInvitation(invitationId)
  const addresses = invitation === undefined ? [] : await verifiedAddressesOf(deps, personId)
  const isTheirs =
    invitation !== undefined &&
    invitation.state !== 'revoked' &&
    (invitation.counsellorPersonId === undefined
      ? addresses.includes(invitation.counsellorEmailAddress)
      : invitation.counsellorPersonId === personId)
  if (!isTheirs || invitation === undefined) {
    throw new AppError('COUNSELLOR_INVITATION_NOT_FOUND')
  }
  return { invitation, personId }
}

async function verifiedAddressesOf(deps: Pick<Deps, 'stores'>, personId: string) {
  return (await deps.stores.people.listEmailAddresses(personId))
    .filter((address) => address.verifiedAt !== undefined)
    .map((address) => address.address)
}
