import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { asPerson, type SignedIn, signIn } from '../support/sign-in.js'
import { testDatabases } from '../support/test-databases.js'

describe.each(testDatabases)('an organisation keeps an admin on the $name database', (database) => {
  let testApp: TestApp
  let admin: SignedIn
  let designer: SignedIn

  beforeAll(async () => {
    testApp = await buildTestApp(database)
    admin = await signIn(testApp.app, 'admin@demo.osaamo.fi')
    designer = await signIn(testApp.app, 'designer@demo.osaamo.fi')
  })
  afterAll(async () => {
    await testApp?.close()
  })

  const setRoles = (as: SignedIn, personId: string, roles: string[]) =>
    testApp.app.inject({
      method: 'PUT',
      url: `/api/organisations/kaarnala-open/members/${personId}`,
      headers: asPerson(as),
      payload: { roles },
    })
  const rolesOf = async (personId: string) => {
    const organisation = await testApp.osaamo.deps.stores.organisations.findBySlug('kaarnala-open')
    const members = await testApp.osaamo.deps.stores.people.listMembers(organisation?.id ?? '')
    return members.find((member) => member.personId === personId)?.roles ?? []
  }

  it('refuses to take the role from the last admin, changing nothing', async () => {
    const auditBefore = (await testApp.osaamo.deps.stores.audit.listAll()).length
    for (const roles of [[], ['designer']]) {
      const response = await setRoles(admin, admin.personId, roles)
      expect(response.statusCode, response.body).toBe(409)
      expect(response.json()).toMatchObject({ code: 'ORGANISATION_LAST_ADMIN' })
    }
    expect(await rolesOf(admin.personId)).toContain('admin')
    expect((await testApp.osaamo.deps.stores.audit.listAll()).length).toBe(auditBefore)
  })

  it('lets two admins part with the role one at a time, never both at once', async () => {
    expect((await setRoles(admin, designer.personId, ['admin', 'designer'])).statusCode).toBe(200)
    const both = await Promise.all([
      setRoles(admin, designer.personId, ['designer']),
      setRoles(designer, admin.personId, []),
    ])
    expect(both.map((response) => response.statusCode).sort()).toEqual([200, 409])
    const admins = [
      (await rolesOf(admin.personId)).includes('admin'),
      (await rolesOf(designer.personId)).includes('admin'),
    ]
    expect(admins.filter(Boolean)).toHaveLength(1)
  })
})
