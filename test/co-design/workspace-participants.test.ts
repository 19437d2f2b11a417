import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type Actor,
  emptySpecificationContent,
  isAppError,
  type Mail,
  type SpecificationVersion,
  system,
} from '../../src/core/index.js'
import {
  createOrganisation,
  createPerson,
  createSpecification,
  demoPassword,
  grantRoles,
  inviteToWorkspace,
} from '../../src/services/index.js'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { testDatabases } from '../support/test-databases.js'

/** The actor a signed-in demo person is, with their memberships. */
async function actorOf(testApp: TestApp, emailAddress: string): Promise<Actor> {
  const { stores } = testApp.osaamo.deps
  const address = await stores.people.findEmailAddress(emailAddress)
  if (address === undefined) {
    throw new Error(`no demo person ${emailAddress}`)
  }
  return {
    kind: 'person',
    personId: address.personId,
    sessionId: undefined,
    memberships: await stores.people.listMemberships(address.personId),
  }
}

describe.each(testDatabases)(
  'inviting partners into a design workspace on the $name database',
  (database) => {
    let testApp: TestApp
    let designer: Actor
    let draft: SpecificationVersion
    let partnerId: string

    const takeMails = async () => {
      const mails: Mail[] = []
      await testApp.osaamo.deps.stores.mailOutbox.claimUnsent(100, async (mail) => {
        mails.push(mail)
      })
      return mails
    }
    const refusal = (promise: Promise<unknown>) =>
      promise.then(
        () => 'accepted',
        (error: unknown) => (isAppError(error) ? error.code : error),
      )

    beforeAll(async () => {
      testApp = await buildTestApp(database)
      const { deps } = testApp.osaamo
      designer = await actorOf(testApp, 'designer@demo.osaamo.fi')
      const kaarnala = (await deps.stores.organisations.findBySlug('kaarnala-open'))?.id ?? ''
      draft = (
        await createSpecification(deps, designer, {
          organisationId: kaarnala,
          content: {
            ...emptySpecificationContent,
            title: { fi: 'Yhteinen luonnos' },
          },
        })
      ).version
      partnerId =
        (await deps.stores.people.findEmailAddress('partner@demo.osaamo.fi'))?.personId ?? ''
    })
    afterAll(async () => {
      await testApp?.close()
    })

    it('invites a partner person by address: a participant, an audit entry and a mail', async () => {
      const { deps } = testApp.osaamo
      await takeMails()
      expect(await deps.stores.workspaceParticipants.isParticipant(draft.id, partnerId)).toBe(false)
      const participant = await inviteToWorkspace(deps, designer, {
        versionId: draft.id,
        emailAddress: 'Partner@Demo.Osaamo.fi',
        language: 'en',
      })
      expect(participant).toMatchObject({
        versionId: draft.id,
        personId: partnerId,
        displayName: 'Mikael Heikkinen',
      })
      expect(await deps.stores.workspaceParticipants.isParticipant(draft.id, partnerId)).toBe(true)
      expect(
        (await deps.stores.workspaceParticipants.listForVersion(draft.id)).map((p) => p.personId),
      ).toEqual([partnerId])
      const mails = await takeMails()
      expect(mails.map((mail) => [mail.recipient, mail.subject])).toEqual([
        ['partner@demo.osaamo.fi', 'Invitation to co-design a micro-credential: Yhteinen luonnos'],
      ])
      expect(mails[0]?.text).toContain(`http://localhost:3000/co-design/workspaces/${draft.id}`)
      const audit = await deps.stores.audit.listAll()
      expect(audit.at(-1)).toMatchObject({
        action: 'workspace.participant-invited',
        subject: { versionId: draft.id, personId: partnerId },
      })
    })

    it('refuses a second invitation, people of no partner organisation and non-designers, changing nothing', async () => {
      const { deps } = testApp.osaamo
      const auditBefore = (await deps.stores.audit.listAll()).length
      await takeMails()
      const invite = (actor: Actor, emailAddress: string) =>
        refusal(inviteToWorkspace(deps, actor, { versionId: draft.id, emailAddress }))
      expect(await invite(designer, 'partner@demo.osaamo.fi')).toBe('WORKSPACE_PARTICIPANT_EXISTS')
      expect(await invite(designer, 'learner@demo.osaamo.fi')).toBe('WORKSPACE_INVITEE_NOT_PARTNER')
      expect(await invite(designer, 'reviewer@demo.osaamo.fi')).toBe(
        'WORKSPACE_INVITEE_NOT_PARTNER',
      )
      expect(await invite(designer, 'nobody@example.fi')).toBe('PERSON_NOT_FOUND')
      expect(await invite(designer, 'not an address')).toBe('REQUEST_INVALID')
      // The reviewer sees the draft but does not run its workspace; the partner takes part only.
      expect(
        await invite(await actorOf(testApp, 'reviewer@demo.osaamo.fi'), 'partner@demo.osaamo.fi'),
      ).toBe('PERMISSION_DENIED')
      expect(
        await invite(await actorOf(testApp, 'partner@demo.osaamo.fi'), 'partner@demo.osaamo.fi'),
      ).toBe('PERMISSION_DENIED')
      // A learner, and a partner of another workspace, do not learn the draft exists.
      expect(
        await invite(await actorOf(testApp, 'learner@demo.osaamo.fi'), 'partner@demo.osaamo.fi'),
      ).toBe('WORKSPACE_NOT_FOUND')
      expect(
        await refusal(
          inviteToWorkspace(deps, designer, {
            versionId: '00000000-0000-4000-8000-999999999999',
            emailAddress: 'partner@demo.osaamo.fi',
          }),
        ),
      ).toBe('WORKSPACE_NOT_FOUND')
      expect((await deps.stores.audit.listAll()).length).toBe(auditBefore)
      expect(await takeMails()).toEqual([])
      expect(await deps.stores.workspaceParticipants.listForVersion(draft.id)).toHaveLength(1)
    })

    it('invites a person of a second partner organisation, as a member of it', async () => {
      const { deps } = testApp.osaamo
      const other = await createOrganisation(deps, system, {
        slug: 'kuusi-logistics',
        kind: 'partner',
        name: { fi: 'Kuusi Logistiikka Oy' },
        country: 'FI',
        region: 'Uusimaa',
      })
      const person = await createPerson(deps, system, {
        displayName: 'Toinen Kumppani',
        emailAddress: 'partner@kuusi.example.fi',
        password: demoPassword,
      })
      await grantRoles(deps, system, {
        organisationId: other.id,
        personId: person.id,
        roles: ['partner'],
      })
      const participant = await inviteToWorkspace(deps, designer, {
        versionId: draft.id,
        emailAddress: 'partner@kuusi.example.fi',
      })
      expect(participant.organisationId).toBe(other.id)
      expect(await deps.stores.workspaceParticipants.listForPerson(person.id)).toHaveLength(1)
      expect(
        await deps.stores.workspaceParticipants.listOpenedVersionIds([draft.organisationId]),
      ).toEqual([draft.id])
    })
  },
)
