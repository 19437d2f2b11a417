import {
  type Actor,
  AppError,
  isLanguage,
  type Language,
  normaliseEmailAddress,
  type Stores,
  toWorkspaceInvitationMail,
  type WorkspaceParticipant,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { inTransaction } from './in-transaction.js'
import { recordAudit } from './record-audit.js'
import {
  getWorkspaceVersion,
  requireDesignerSide,
  requireOpenWorkspace,
  workspaceTitle,
  workspaceUrl,
} from './workspace-access.js'

/** A participant with the name people see. */
export type WorkspaceParticipantView = WorkspaceParticipant & { readonly displayName: string }

/**
 * Opens a draft's design workspace to one more person: a designer or admin of the owning
 * organisation invites someone of a partner organisation by one of their verified e-mail
 * addresses. The invitation mail goes through the outbox in the same transaction, and every open
 * workspace stream hears of the new participant.
 */
export async function inviteToWorkspace(
  deps: Pick<Deps, 'clock' | 'ids' | 'stores' | 'transaction' | 'publicUrl' | 'workspaceEvents'>,
  actor: Actor,
  input: { versionId: string; emailAddress: string; language?: string | undefined },
  stores?: Stores,
): Promise<WorkspaceParticipantView> {
  const language: Language = isLanguage(input.language) ? input.language : 'fi'
  const participant = await inTransaction(deps, stores, async (stores) => {
    const { version, side } = await getWorkspaceVersion(actor, input.versionId, stores, {
      isForUpdate: true,
    })
    requireDesignerSide(side)
    requireOpenWorkspace(version)
    const address = normaliseEmailAddress(input.emailAddress)
    if (address === undefined) {
      throw new AppError('REQUEST_INVALID', 'Give an e-mail address such as maija@example.fi.', {
        details: { problems: [{ path: 'emailAddress', message: 'Not an e-mail address.' }] },
      })
    }
    const found = await stores.people.findEmailAddress(address)
    const person = found === undefined ? undefined : await stores.people.findById(found.personId)
    if (found?.verifiedAt === undefined || person === undefined || person.erasedAt !== undefined) {
      throw new AppError('PERSON_NOT_FOUND', 'No account has this verified e-mail address.')
    }
    const partnerOrganisationId = await findPartnerOrganisationId(stores, person.id)
    if (partnerOrganisationId === undefined) {
      throw new AppError('WORKSPACE_INVITEE_NOT_PARTNER')
    }
    const participant: WorkspaceParticipant = {
      versionId: version.id,
      personId: person.id,
      organisationId: partnerOrganisationId,
      invitedBy: actor.kind === 'person' ? actor.personId : undefined,
      invitedAt: deps.clock.now(),
    }
    if (!(await stores.workspaceParticipants.add(participant))) {
      throw new AppError('WORKSPACE_PARTICIPANT_EXISTS')
    }
    await recordAudit(deps, stores, actor, {
      action: 'workspace.participant-invited',
      organisationId: version.organisationId,
      subject: {
        specificationId: version.specificationId,
        versionId: version.id,
        personId: person.id,
      },
    })
    const inviter =
      actor.kind === 'person' ? await stores.people.findById(actor.personId) : undefined
    await stores.mailOutbox.enqueue({
      id: deps.ids.newId(),
      recipient: address,
      createdAt: deps.clock.now(),
      ...toWorkspaceInvitationMail(language, {
        title: workspaceTitle(version, language),
        actorName: inviter?.displayName ?? 'Osaamo',
        workspaceUrl: workspaceUrl(deps, version.id),
      }),
    })
    return { ...participant, displayName: person.displayName }
  })
  await deps.workspaceEvents.publish({ versionId: participant.versionId, kind: 'participants' })
  return participant
}

/** The first partner organisation the person is a member of, by id; undefined when none. */
async function findPartnerOrganisationId(
  stores: Stores,
  personId: string,
): Promise<string | undefined> {
  const memberships = await stores.people.listMemberships(personId)
  const ids = memberships
    .filter((membership) => membership.roles.length > 0)
    .map((membership) => membership.organisationId)
    .sort()
  for (const id of ids) {
    const organisation = await stores.organisations.findById(id)
    if (organisation?.kind === 'partner') {
      return organisation.id
    }
  }
  return undefined
}
