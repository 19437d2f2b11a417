import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Mail } from '../../src/core/index.js'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { asPerson, type SignedIn, signIn } from '../support/sign-in.js'
import { testDatabases } from '../support/test-databases.js'

describe.each(testDatabases)(
  'adding a person by e-mail address on the $name database',
  (database) => {
    let testApp: TestApp
    let admin: SignedIn
    let registrar: SignedIn

    beforeAll(async () => {
      testApp = await buildTestApp(database)
      admin = await signIn(testApp.app, 'admin@demo.osaamo.fi')
      registrar = await signIn(testApp.app, 'registrar@demo.osaamo.fi')
    })
    afterAll(async () => {
      await testApp?.close()
    })

    const add = (as: SignedIn, payload: Record<string, unknown>, slug = 'kaarnala-open') =>
      testApp.app.inject({
        method: 'POST',
        url: `/api/organisations/${slug}/members`,
        headers: asPerson(as),
        payload,
      })
    const memberNames = async () =>
      (
        await testApp.app.inject({
          method: 'GET',
          url: '/api/organisations/kaarnala-open/members',
          headers: asPerson(admin),
        })
      )
        .json<{ items: { person: { displayName: string } }[] }>()
        .items.map((member) => member.person.displayName)
    /** Takes every unsent mail from the outbox. */
    const sentMails = async () => {
      const mails: Mail[] = []
      await testApp.osaamo.deps.stores.mailOutbox.claimUnsent(100, async (mail) => {
        mails.push(mail)
      })
      return mails
    }
    const auditLength = async () => (await testApp.osaamo.deps.stores.audit.listAll()).length

    it('refuses bad input, unknown addresses and non-admins, changing nothing', async () => {
      await sentMails()
      const membersBefore = await memberNames()
      const auditBefore = await auditLength()
      const invalid = await add(admin, { emailAddress: 'not an address', roles: [] })
      expect(invalid.statusCode).toBe(400)
      expect(
        invalid
          .json<{ details: { problems: { path: string }[] } }>()
          .details.problems.map((problem) => problem.path),
      ).toEqual(['emailAddress', 'roles'])
      const unknownRole = await add(admin, {
        emailAddress: 'learner@demo.osaamo.fi',
        roles: ['boss'],
      })
      expect(unknownRole.statusCode).toBe(400)
      const nobody = await add(admin, { emailAddress: 'nobody@example.fi', roles: ['designer'] })
      expect(nobody.statusCode).toBe(404)
      expect(nobody.json()).toMatchObject({ code: 'PERSON_NOT_FOUND' })
      const notAdmin = await add(registrar, {
        emailAddress: 'learner@demo.osaamo.fi',
        roles: ['designer'],
      })
      expect(notAdmin.statusCode).toBe(403)
      const member = await add(admin, {
        emailAddress: 'REGISTRAR@demo.osaamo.fi',
        roles: ['designer'],
      })
      expect(member.statusCode).toBe(409)
      expect(member.json()).toMatchObject({ code: 'MEMBERSHIP_EXISTS' })
      expect(await memberNames()).toEqual(membersBefore)
      expect(await auditLength()).toBe(auditBefore)
      expect(await sentMails()).toEqual([])
    })

    it('adds a person with a verified address, records it and tells them in their language', async () => {
      const added = await add(admin, {
        emailAddress: 'learner@demo.osaamo.fi',
        roles: ['assessor', 'designer'],
        language: 'sv',
      })
      expect(added.statusCode, added.body).toBe(201)
      expect(added.json()).toMatchObject({
        person: { displayName: 'Sanni Laine' },
        roles: ['designer', 'assessor'],
      })
      expect(await memberNames()).toContain('Sanni Laine')
      const [mail, ...others] = await sentMails()
      expect(others).toEqual([])
      expect(mail).toMatchObject({ recipient: 'learner@demo.osaamo.fi' })
      expect(mail?.subject).toBe('Du har lagts till i Kaarnala öppna universitet i Osaamo')
      expect(mail?.text).toContain('planerare, bedömare')
      expect(mail?.text).toContain('http://localhost:3000/sign-in')
      const [entry] = (await testApp.osaamo.deps.stores.audit.listAll()).slice(-1)
      expect(entry?.action).toBe('membership.roles-set')
    })
  },
)
