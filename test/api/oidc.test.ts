import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { system } from '../../src/core/index.js'
import { verifyAuditLog } from '../../src/services/index.js'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { singleSignOn, startOidcProvider, type TestOidcProvider } from '../support/oidc-provider.js'
import { asPerson, signIn } from '../support/sign-in.js'
import { embeddedDatabase, testDatabases } from '../support/test-databases.js'

/** Accounts at the test provider, by subject. */
const providerAccounts = {
  'kaarnala-1001': {
    email: 'Uusi.Oppija@kaarnala.example.fi',
    email_verified: true,
    name: 'Uusi Oppija',
  },
  'kaarnala-1002': { email: 'learner@demo.osaamo.fi', email_verified: true, name: 'Sanni Laine' },
  'kaarnala-1003': {
    email: 'designer@demo.osaamo.fi',
    email_verified: true,
    name: 'Eero Korhonen',
  },
  'kaarnala-1004': { email: 'unverified@kaarnala.example.fi', email_verified: false },
  'kaarnala-1005': { email: 'admin@demo.osaamo.fi', email_verified: false, name: 'Not Aino' },
  'kaarnala-1006': { name: 'No Address' },
  'kaarnala-1007': { email: 'leaving@kaarnala.example.fi', email_verified: true, name: 'Leaving' },
  'kaarnala-1008': { email: 'claimed@kaarnala.example.fi', email_verified: true, name: 'Claimed' },
} as const

let provider: TestOidcProvider
beforeAll(async () => {
  provider = await startOidcProvider(providerAccounts)
})
afterAll(async () => {
  await provider?.close()
})

describe.each(testDatabases)(
  'single sign-on (OpenID Connect) on the $name database',
  (database) => {
    let testApp: TestApp
    beforeAll(async () => {
      testApp = await buildTestApp(database, {}, { oidc: provider.settings })
    })
    afterAll(async () => {
      await testApp?.close()
    })

    const me = (cookie: string) =>
      testApp.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })

    /** What must stay unchanged when a sign-on is refused. */
    const snapshot = async () => {
      const { stores } = testApp.osaamo.deps
      const people = await stores.people.list()
      return {
        people: people.map((person) => person.id),
        identities: (
          await Promise.all(people.map((person) => stores.oidc.listIdentities(person.id)))
        ).flat(),
        auditEntries: (await stores.audit.listAll()).length,
      }
    }

    const personIdOf = async (address: string) => {
      const found = await testApp.osaamo.deps.stores.people.findEmailAddress(address)
      if (found === undefined) {
        throw new Error(`no person has ${address}`)
      }
      return found.personId
    }

    it('says that single sign-on is on, with the provider’s name', async () => {
      const response = await testApp.app.inject({ method: 'GET', url: '/api/auth/oidc' })
      expect(response.json()).toEqual({ isEnabled: true, name: 'Kaarnala SSO' })
    })

    it('sends the browser to the provider with PKCE (S256), a state and a nonce', async () => {
      const response = await testApp.app.inject({ method: 'GET', url: '/api/auth/oidc/start' })
      expect(response.statusCode).toBe(302)
      const location = new URL(String(response.headers.location))
      expect(location.origin).toBe(provider.settings.issuer)
      expect(Object.fromEntries(location.searchParams)).toMatchObject({
        client_id: 'osaamo-test',
        response_type: 'code',
        redirect_uri: 'http://localhost:3000/api/auth/oidc/callback',
        code_challenge_method: 'S256',
        scope: 'openid email profile',
      })
      expect(location.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/)
      expect(location.searchParams.get('nonce')).toMatch(/^[A-Za-z0-9_-]{43}$/)
      const cookie = response.cookies.find((candidate) => candidate.name === 'osaamo_oidc_state')
      expect(cookie).toMatchObject({
        value: location.searchParams.get('state'),
        httpOnly: true,
        sameSite: 'Lax',
        path: '/api/auth/oidc/callback',
      })
    })

    it('creates a learner with the verified address and signs them in; the next sign-on reaches the same person', async () => {
      const first = await singleSignOn(testApp.app, 'kaarnala-1001')
      expect(first).toMatchObject({ statusCode: 302, location: '/account' })
      expect(first.sessionCookie).toBeDefined()
      const account = await me(first.sessionCookie ?? '')
      expect(account.statusCode).toBe(200)
      expect(account.json()).toMatchObject({
        person: { displayName: 'Uusi Oppija' },
        emailAddresses: [{ address: 'uusi.oppija@kaarnala.example.fi', isVerified: true }],
        memberships: [],
      })
      const personId = account.json<{ person: { id: string } }>().person.id

      const second = await singleSignOn(testApp.app, 'kaarnala-1001')
      expect(second.location).toBe('/account')
      expect((await me(second.sessionCookie ?? '')).json()).toMatchObject({
        person: { id: personId },
      })
      expect(await testApp.osaamo.deps.stores.oidc.listIdentities(personId)).toEqual([
        expect.objectContaining({ issuer: provider.settings.issuer, subject: 'kaarnala-1001' }),
      ])
      const actions = (await testApp.osaamo.deps.stores.audit.listAll())
        .filter((entry) => entry.subject.personId === personId)
        .map((entry) => [entry.action, entry.subject.method])
      expect(actions).toEqual([
        ['person.created', undefined],
        ['oidc-identity.linked', undefined],
        ['session.started', 'oidc'],
        ['session.started', 'oidc'],
      ])
      expect((await verifyAuditLog(testApp.osaamo.deps, system)).isIntact).toBe(true)
    })

    it('never links an existing person’s address silently: the person confirms, signed in with their password', async () => {
      const learnerId = await personIdOf('learner@demo.osaamo.fi')
      const before = await snapshot()

      const outcome = await singleSignOn(testApp.app, 'kaarnala-1002')
      expect(outcome.statusCode).toBe(302)
      expect(outcome.sessionCookie).toBeUndefined()
      const match = /^\/sign-in\/link\?token=(osaamo_ol_[A-Za-z0-9_-]{43})$/.exec(outcome.location)
      const token = match?.[1] ?? ''
      expect(token).not.toBe('')
      expect(await snapshot()).toEqual(before)

      const link = (headers: Record<string, string>) =>
        testApp.app.inject({
          method: 'POST',
          url: '/api/auth/oidc/link',
          headers,
          payload: { token },
        })
      expect((await link({})).json()).toMatchObject({ code: 'AUTHENTICATION_REQUIRED' })
      const designer = await signIn(testApp.app, 'designer@demo.osaamo.fi')
      expect((await link(asPerson(designer))).json()).toMatchObject({ code: 'OIDC_LINK_NOT_FOUND' })
      const learner = await signIn(testApp.app, 'learner@demo.osaamo.fi')
      expect((await link({ cookie: learner.cookie })).json()).toMatchObject({
        code: 'CSRF_TOKEN_INVALID',
      })
      expect(await testApp.osaamo.deps.stores.oidc.listIdentities(learnerId)).toEqual([])

      expect((await link(asPerson(learner))).statusCode).toBe(204)
      expect(await testApp.osaamo.deps.stores.oidc.listIdentities(learnerId)).toEqual([
        expect.objectContaining({ subject: 'kaarnala-1002' }),
      ])
      expect((await link(asPerson(learner))).json()).toMatchObject({ code: 'OIDC_LINK_NOT_FOUND' })
      const lastEntry = (await testApp.osaamo.deps.stores.audit.listAll()).at(-1)
      expect(lastEntry).toMatchObject({
        action: 'oidc-identity.linked',
        actor: { kind: 'person', id: learnerId },
        subject: { personId: learnerId },
      })

      const again = await singleSignOn(testApp.app, 'kaarnala-1002')
      expect(again.location).toBe('/account')
      expect((await me(again.sessionCookie ?? '')).json()).toMatchObject({
        person: { id: learnerId, displayName: 'Sanni Laine' },
      })
    })

    it('forgets a pending link that the person declines, linking nothing', async () => {
      const designerId = await personIdOf('designer@demo.osaamo.fi')
      const outcome = await singleSignOn(testApp.app, 'kaarnala-1003')
      const token = new URL(outcome.location, 'http://localhost').searchParams.get('token') ?? ''
      const decline = () =>
        testApp.app.inject({
          method: 'POST',
          url: '/api/auth/oidc/link/decline',
          payload: { token },
        })
      expect((await decline()).statusCode).toBe(204)
      expect((await decline()).json()).toMatchObject({ code: 'OIDC_LINK_NOT_FOUND' })
      const designer = await signIn(testApp.app, 'designer@demo.osaamo.fi')
      const link = await testApp.app.inject({
        method: 'POST',
        url: '/api/auth/oidc/link',
        headers: asPerson(designer),
        payload: { token },
      })
      expect(link.json()).toMatchObject({ code: 'OIDC_LINK_NOT_FOUND' })
      expect(await testApp.osaamo.deps.stores.oidc.listIdentities(designerId)).toEqual([])
    })

    it.each([
      ['an unverified new address', 'kaarnala-1004'],
      ['an unverified address of an existing person', 'kaarnala-1005'],
      ['no address at all', 'kaarnala-1006'],
    ])('refuses %s and creates nothing', async (_case, subject) => {
      const before = await snapshot()
      const outcome = await singleSignOn(testApp.app, subject)
      expect(outcome).toEqual({
        statusCode: 302,
        location: '/sign-in?error=OIDC_EMAIL_UNVERIFIED',
        sessionCookie: undefined,
      })
      expect(await snapshot()).toEqual(before)
    })

    it('offers no link to a person whose copy of the address is unverified, and creates nothing', async () => {
      const { deps, clock } = testApp.osaamo
      await deps.stores.people.addEmailAddress({
        id: deps.ids.newId(),
        personId: await personIdOf('partner@demo.osaamo.fi'),
        address: 'claimed@kaarnala.example.fi',
        verifiedAt: undefined,
        createdAt: clock.now(),
      })
      const before = await snapshot()
      const outcome = await singleSignOn(testApp.app, 'kaarnala-1008')
      expect(outcome.location).toBe('/sign-in?error=OIDC_SIGN_IN_FAILED')
      expect(await snapshot()).toEqual(before)
    })

    it('refuses a forged or unknown state, and a callback without the browser’s state cookie, changing nothing', async () => {
      const before = await snapshot()
      const forged = await testApp.app.inject({
        method: 'GET',
        url: '/api/auth/oidc/callback?code=forged-code&state=forged-state',
        headers: { cookie: 'osaamo_oidc_state=forged-state' },
      })
      expect(forged.statusCode).toBe(302)
      expect(forged.headers.location).toBe('/sign-in?error=OIDC_SIGN_IN_FAILED')
      expect(forged.cookies.find((cookie) => cookie.name === 'osaamo_session')).toBeUndefined()

      // A real flow's callback URL, planted in another browser (no state cookie): refused.
      const start = await testApp.app.inject({ method: 'GET', url: '/api/auth/oidc/start' })
      const state = new URL(String(start.headers.location)).searchParams.get('state')
      const planted = await testApp.app.inject({
        method: 'GET',
        url: `/api/auth/oidc/callback?code=some-code&state=${state}`,
      })
      expect(planted.headers.location).toBe('/sign-in?error=OIDC_SIGN_IN_FAILED')
      expect(await snapshot()).toEqual(before)
    })

    it('sends a cancelled sign-on back to the sign-in page', async () => {
      const outcome = await singleSignOn(testApp.app, undefined)
      expect(outcome.location).toBe('/sign-in?error=OIDC_SIGN_IN_FAILED')
      expect(outcome.sessionCookie).toBeUndefined()
    })

    it('exports the linked identity, and deleting the account removes it', async () => {
      const outcome = await singleSignOn(testApp.app, 'kaarnala-1007')
      const cookie = outcome.sessionCookie ?? ''
      const { csrfToken, person } = (await me(cookie)).json<{
        csrfToken: string
        person: { id: string }
      }>()
      const exported = await testApp.app.inject({
        method: 'GET',
        url: '/api/me/export',
        headers: { cookie },
      })
      expect(exported.json()).toMatchObject({
        singleSignOnIdentities: [{ issuer: provider.settings.issuer, subject: 'kaarnala-1007' }],
      })
      const deleted = await testApp.app.inject({
        method: 'DELETE',
        url: '/api/me',
        headers: { cookie, 'x-csrf-token': csrfToken },
      })
      expect(deleted.statusCode).toBe(204)
      expect(await testApp.osaamo.deps.stores.oidc.listIdentities(person.id)).toEqual([])

      const afterwards = await singleSignOn(testApp.app, 'kaarnala-1007')
      expect(afterwards.location).toBe('/account')
      expect((await me(afterwards.sessionCookie ?? '')).json()).not.toMatchObject({
        person: { id: person.id },
      })
    })
  },
)

describe('single sign-on when no provider is configured', () => {
  let testApp: TestApp
  beforeAll(async () => {
    testApp = await buildTestApp(embeddedDatabase)
  })
  afterAll(async () => {
    await testApp?.close()
  })

  it('says it is off, sends the browser back with OIDC_NOT_CONFIGURED, and answers link requests 404', async () => {
    const status = await testApp.app.inject({ method: 'GET', url: '/api/auth/oidc' })
    expect(status.json()).toEqual({ isEnabled: false, name: null })
    const start = await testApp.app.inject({ method: 'GET', url: '/api/auth/oidc/start' })
    expect(start.statusCode).toBe(302)
    expect(start.headers.location).toBe('/sign-in?error=OIDC_NOT_CONFIGURED')
    const link = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/oidc/link',
      payload: { token: 'osaamo_ol_anything' },
    })
    expect(link.statusCode).toBe(404)
    expect(link.json()).toMatchObject({ code: 'OIDC_NOT_CONFIGURED' })
  })
})
