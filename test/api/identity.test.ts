import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { system } from '../../src/core/index.js'
import {
  createApiToken,
  createPerson,
  demoPassword,
  getOrganisation,
  issueOpenBadge,
  sendClaimLink,
  verifyAuditLog,
} from '../../src/services/index.js'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { asPerson, signIn } from '../support/sign-in.js'
import { testDatabases } from '../support/test-databases.js'

describe.each(testDatabases)('identity and access on the $name database', (database) => {
  let testApp: TestApp
  beforeAll(async () => {
    testApp = await buildTestApp(database)
  })
  afterAll(async () => {
    await testApp?.close()
  })
  beforeEach(() => {
    // Each test starts a fresh throttling window.
    testApp.osaamo.clock.set(
      new Date(testApp.osaamo.clock.now().getTime() + 60 * 60 * 1000).toISOString(),
    )
  })

  const signInRequest = (emailAddress: string, password: string, remoteAddress = '192.0.2.10') =>
    testApp.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { emailAddress, password },
      remoteAddress,
    })

  describe('signing in with a password', () => {
    it('sets an HttpOnly, SameSite=Lax session cookie that opens the account', async () => {
      const response = await signInRequest('Designer@Demo.Osaamo.fi ', demoPassword)
      expect(response.statusCode).toBe(200)
      const cookie = response.cookies.find((candidate) => candidate.name === 'osaamo_session')
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' })
      expect(cookie?.secure).toBeUndefined()
      const me = await testApp.app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { cookie: `osaamo_session=${cookie?.value}` },
      })
      expect(me.statusCode).toBe(200)
      expect(me.json()).toMatchObject({
        person: { displayName: 'Eero Korhonen' },
        emailAddresses: [{ address: 'designer@demo.osaamo.fi', isVerified: true }],
        memberships: [{ organisation: { slug: 'kaarnala-open' }, roles: ['designer'] }],
        csrfToken: response.json<{ csrfToken: string }>().csrfToken,
      })
    })

    it('answers a wrong password and an unknown address alike', async () => {
      const wrongPassword = await signInRequest('designer@demo.osaamo.fi', 'not the password')
      const unknownAddress = await signInRequest('nobody@demo.osaamo.fi', 'not the password')
      expect(wrongPassword.statusCode).toBe(401)
      expect(unknownAddress.statusCode).toBe(401)
      const withoutId = (body: string) => ({ ...JSON.parse(body) })
      expect(withoutId(wrongPassword.body)).toEqual(withoutId(unknownAddress.body))
      expect(wrongPassword.json()).toMatchObject({ code: 'SIGN_IN_FAILED' })
    })

    it('pauses an account after five failures, even for the right password, and says when to retry', async () => {
      for (let attempt = 0; attempt < 5; attempt += 1) {
        expect(
          (await signInRequest('assessor@demo.osaamo.fi', 'wrong guess', `198.51.100.${attempt}`))
            .statusCode,
        ).toBe(401)
      }
      const paused = await signInRequest('assessor@demo.osaamo.fi', demoPassword)
      expect(paused.statusCode).toBe(429)
      expect(paused.headers['retry-after']).toBe('900')
      expect(paused.json()).toMatchObject({ code: 'REQUEST_RATE_LIMITED' })
    })

    it('pauses an unknown address the same way, revealing nothing', async () => {
      for (let attempt = 0; attempt < 5; attempt += 1) {
        await signInRequest('ghost@demo.osaamo.fi', 'wrong guess', `198.51.100.${attempt}`)
      }
      expect((await signInRequest('ghost@demo.osaamo.fi', 'wrong guess')).statusCode).toBe(429)
    })

    it('pauses a client address that guesses across many accounts', async () => {
      for (let attempt = 0; attempt < 50; attempt += 1) {
        await signInRequest(`guess${attempt}@example.fi`, 'wrong guess', '203.0.113.7')
      }
      expect(
        (await signInRequest('registrar@demo.osaamo.fi', demoPassword, '203.0.113.7')).statusCode,
      ).toBe(429)
      expect(
        (await signInRequest('registrar@demo.osaamo.fi', demoPassword, '203.0.113.8')).statusCode,
      ).toBe(200)
    })

    it('lets the account in again once the window has passed', async () => {
      for (let attempt = 0; attempt < 5; attempt += 1) {
        await signInRequest('reviewer@demo.osaamo.fi', 'wrong guess')
      }
      expect((await signInRequest('reviewer@demo.osaamo.fi', demoPassword)).statusCode).toBe(429)
      testApp.osaamo.clock.set(
        new Date(testApp.osaamo.clock.now().getTime() + 16 * 60 * 1000).toISOString(),
      )
      expect((await signInRequest('reviewer@demo.osaamo.fi', demoPassword)).statusCode).toBe(200)
    })

    it('refuses a body without the fields with 400 and the field paths', async () => {
      const response = await testApp.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { emailAddress: 'x' },
      })
      expect(response.statusCode).toBe(400)
      expect(response.json()).toMatchObject({ code: 'REQUEST_INVALID' })
    })
  })

  describe('sessions', () => {
    it('refuses a change made with the cookie but without the CSRF token, and changes nothing', async () => {
      const learner = await signIn(testApp.app, 'learner@demo.osaamo.fi')
      const response = await testApp.app.inject({
        method: 'POST',
        url: '/api/auth/sign-out',
        headers: { cookie: learner.cookie },
      })
      expect(response.statusCode).toBe(403)
      expect(response.json()).toMatchObject({ code: 'CSRF_TOKEN_INVALID' })
      const me = await testApp.app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { cookie: learner.cookie },
      })
      expect(me.statusCode).toBe(200)
    })

    it('ends the session on sign-out', async () => {
      const learner = await signIn(testApp.app, 'learner@demo.osaamo.fi')
      const response = await testApp.app.inject({
        method: 'POST',
        url: '/api/auth/sign-out',
        headers: asPerson(learner),
      })
      expect(response.statusCode).toBe(204)
      const me = await testApp.app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { cookie: learner.cookie },
      })
      expect(me.statusCode).toBe(401)
    })

    it('ends every session of the person on sign-out everywhere', async () => {
      const onLaptop = await signIn(testApp.app, 'partner@demo.osaamo.fi')
      const onPhone = await signIn(testApp.app, 'partner@demo.osaamo.fi')
      const response = await testApp.app.inject({
        method: 'POST',
        url: '/api/auth/sign-out-everywhere',
        headers: asPerson(onLaptop),
      })
      expect(response.statusCode).toBe(200)
      expect(response.json<{ endedSessions: number }>().endedSessions).toBeGreaterThanOrEqual(2)
      for (const session of [onLaptop, onPhone]) {
        expect(
          (
            await testApp.app.inject({
              method: 'GET',
              url: '/api/me',
              headers: { cookie: session.cookie },
            })
          ).statusCode,
        ).toBe(401)
      }
    })

    it('ends one other session by id, and refuses someone else’s', async () => {
      const first = await signIn(testApp.app, 'registrar@demo.osaamo.fi')
      const second = await signIn(testApp.app, 'registrar@demo.osaamo.fi')
      const account = (
        await testApp.app.inject({
          method: 'GET',
          url: '/api/me',
          headers: { cookie: first.cookie },
        })
      ).json<{
        sessions: { id: string; isCurrent: boolean }[]
      }>()
      const other = account.sessions.find((session) => !session.isCurrent)
      const stranger = await signIn(testApp.app, 'learner@demo.osaamo.fi')
      const refused = await testApp.app.inject({
        method: 'DELETE',
        url: `/api/me/sessions/${other?.id}`,
        headers: asPerson(stranger),
      })
      expect(refused.statusCode).toBe(404)
      const ended = await testApp.app.inject({
        method: 'DELETE',
        url: `/api/me/sessions/${other?.id}`,
        headers: asPerson(first),
      })
      expect(ended.statusCode).toBe(204)
      expect(
        (
          await testApp.app.inject({
            method: 'GET',
            url: '/api/me',
            headers: { cookie: second.cookie },
          })
        ).statusCode,
      ).toBe(401)
    })

    it('ignores an unknown or forged session cookie', async () => {
      const response = await testApp.app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { cookie: 'osaamo_session=osaamo_s_forged' },
      })
      expect(response.statusCode).toBe(401)
    })

    it('expires a session left unused for its idle lifetime', async () => {
      const learner = await signIn(testApp.app, 'learner@demo.osaamo.fi')
      testApp.osaamo.clock.set(
        new Date(testApp.osaamo.clock.now().getTime() + 15 * 24 * 60 * 60 * 1000).toISOString(),
      )
      expect(
        (
          await testApp.app.inject({
            method: 'GET',
            url: '/api/me',
            headers: { cookie: learner.cookie },
          })
        ).statusCode,
      ).toBe(401)
    })
  })

  describe('API tokens', () => {
    it('are shown once, work as bearer tokens, record their last use, and stop at revocation', async () => {
      const admin = await signIn(testApp.app, 'admin@demo.osaamo.fi')
      const created = await testApp.app.inject({
        method: 'POST',
        url: '/api/organisations/kaarnala-open/api-tokens',
        headers: asPerson(admin),
        payload: { name: 'Peppi export', roles: ['admin'] },
      })
      expect(created.statusCode).toBe(201)
      const { token, secret } = created.json<{ token: { id: string }; secret: string }>()
      expect(secret).toMatch(/^osaamo_at_[A-Za-z0-9_-]{43}$/)
      const asToken = { authorization: `Bearer ${secret}` }
      const used = await testApp.app.inject({
        method: 'GET',
        url: '/api/organisations/kaarnala-open/api-tokens',
        headers: asToken,
      })
      expect(used.statusCode).toBe(200)
      expect(used.body).not.toContain(secret)
      const listed = used
        .json<{ items: { id: string; lastUsedAt: string | null }[] }>()
        .items.find((item) => item.id === token.id)
      expect(listed?.lastUsedAt).not.toBeNull()

      const revoked = await testApp.app.inject({
        method: 'DELETE',
        url: `/api/organisations/kaarnala-open/api-tokens/${token.id}`,
        headers: asPerson(admin),
      })
      expect(revoked.json<{ revokedAt: string | null }>().revokedAt).not.toBeNull()
      const afterRevocation = await testApp.app.inject({
        method: 'GET',
        url: '/api/organisations/kaarnala-open/members',
        headers: asToken,
      })
      expect(afterRevocation.statusCode).toBe(401)
      expect(afterRevocation.json()).toMatchObject({ code: 'API_TOKEN_INVALID' })
    })

    it('answers a malformed token or Authorization header with 401', async () => {
      for (const authorization of [
        'Bearer not-a-token',
        'Basic dXNlcjpwYXNz',
        `Bearer osaamo_at_${'A'.repeat(43)}`,
      ]) {
        const response = await testApp.app.inject({
          method: 'GET',
          url: '/api/organisations',
          headers: { authorization },
        })
        expect(response.statusCode).toBe(401)
        expect(response.json()).toMatchObject({ code: 'API_TOKEN_INVALID' })
      }
    })

    it('refuses a token without roles or with an unknown role, listing every problem', async () => {
      const admin = await signIn(testApp.app, 'admin@demo.osaamo.fi')
      const response = await testApp.app.inject({
        method: 'POST',
        url: '/api/organisations/kaarnala-open/api-tokens',
        headers: asPerson(admin),
        payload: { name: '', roles: ['wizard'] },
      })
      expect(response.statusCode).toBe(400)
      expect(response.json<{ details: { problems: unknown[] } }>().details.problems).toHaveLength(2)
    })
  })

  describe('the audit log', () => {
    it('records changes with who did them, readable by the organisation’s admins, in an intact chain', async () => {
      const kaarnala = await getOrganisation(testApp.osaamo.deps, 'kaarnala-open')
      await createApiToken(testApp.osaamo.deps, system, {
        organisationId: kaarnala.id,
        name: 'audited',
        roles: ['registrar'],
      })
      const admin = await signIn(testApp.app, 'admin@demo.osaamo.fi')
      const response = await testApp.app.inject({
        method: 'GET',
        url: '/api/organisations/kaarnala-open/audit?limit=5',
        headers: asPerson(admin),
      })
      expect(response.statusCode).toBe(200)
      const entries = response.json<{ items: { action: string; position: number }[] }>().items
      expect(entries[0]?.action).toBe('api-token.created')
      expect(entries.map((entry) => entry.position)).toEqual(
        [...entries.map((entry) => entry.position)].sort((a, b) => b - a),
      )
      expect(await verifyAuditLog(testApp.osaamo.deps, system)).toMatchObject({ isIntact: true })
    })
  })

  describe('personal data', () => {
    it('exports everything about the person, and deleting the account erases it while the audit chain holds', async () => {
      await createPerson(testApp.osaamo.deps, system, {
        displayName: 'Poistuva Henkilö',
        emailAddress: 'leaving@example.fi',
        password: demoPassword,
      })
      const leaving = await signIn(testApp.app, 'leaving@example.fi')
      const exported = await testApp.app.inject({
        method: 'GET',
        url: '/api/me/export',
        headers: { cookie: leaving.cookie },
      })
      expect(exported.headers['content-disposition']).toContain('attachment')
      expect(exported.json()).toMatchObject({
        person: { displayName: 'Poistuva Henkilö' },
        emailAddresses: [{ address: 'leaving@example.fi' }],
      })
      const exportedActions = exported
        .json<{ auditEntries: { action: string }[] }>()
        .auditEntries.map((entry) => entry.action)
      expect(exportedActions).toEqual(['person.created', 'session.started'])

      const deleted = await testApp.app.inject({
        method: 'DELETE',
        url: '/api/me',
        headers: asPerson(leaving),
      })
      expect(deleted.statusCode).toBe(204)
      expect(
        (
          await testApp.app.inject({
            method: 'GET',
            url: '/api/me',
            headers: { cookie: leaving.cookie },
          })
        ).statusCode,
      ).toBe(401)
      expect((await signInRequest('leaving@example.fi', demoPassword)).statusCode).toBe(401)
      const person = await testApp.osaamo.deps.stores.people.findById(leaving.personId)
      expect(person?.displayName).not.toContain('Poistuva')
      expect(person?.erasedAt).toBeDefined()
      expect(
        await testApp.osaamo.deps.stores.people.findEmailAddress('leaving@example.fi'),
      ).toBeUndefined()
      expect(await verifyAuditLog(testApp.osaamo.deps, system)).toMatchObject({ isIntact: true })
    })

    it('exports the person’s claim links, and deleting the account leaves their address in none', async () => {
      const deps = testApp.osaamo.deps
      const created = await createPerson(deps, system, {
        displayName: 'Lunastava Henkilö',
        emailAddress: 'claiming@example.fi',
        password: demoPassword,
      })
      const claiming = await signIn(testApp.app, 'claiming@example.fi')
      const kaarnala = await getOrganisation(deps, 'kaarnala-open')
      const version = (
        await deps.stores.specifications.listLatestForOrganisation(kaarnala.id)
      ).find(
        (candidate) =>
          candidate.status === 'published' && candidate.content.gradingScheme === '0-5',
      )
      if (version === undefined) {
        throw new Error('the demo data lacks a published 0–5 version')
      }
      /** A credential with its claim link mailed to `emailAddress`, as cohort issuing sends it. */
      const issueWithLink = async (emailAddress: string) => {
        const { id } = await issueOpenBadge(deps, system, {
          specificationVersionId: version.id,
          learner: { name: 'Lunastava Henkilö', emailAddress },
          result: {
            grade: '4',
            assessedAt: new Date('2026-11-20T12:00:00Z'),
            identityVerification: 'supervised-with-id-verification',
          },
        })
        const credential = await deps.stores.issuedCredentials.findById(id)
        if (credential === undefined) {
          throw new Error(`no credential ${id}`)
        }
        return deps.transaction((stores) =>
          sendClaimLink(deps, stores, { credential, emailAddress, language: 'sv' }),
        )
      }
      const claimedHere = await issueWithLink('claiming@example.fi')
      const unclaimed = await issueWithLink('claiming@example.fi')
      const claimedFromElsewhere = await issueWithLink('old-work-address@example.fi')
      const someoneElses = await issueWithLink('someone-else@example.fi')
      const now = testApp.osaamo.clock.now()
      for (const claim of [claimedHere, claimedFromElsewhere]) {
        expect(await deps.stores.credentialClaims.markClaimed(claim.id, created.id, now)).toBe(true)
      }

      const exported = await testApp.app.inject({
        method: 'GET',
        url: '/api/me/export',
        headers: { cookie: claiming.cookie },
      })
      expect(exported.statusCode).toBe(200)
      const exportedClaim = (
        claim: typeof unclaimed,
        claimedAt: Date | undefined,
        isClaimedByThisPerson: boolean,
      ) => ({
        credentialId: claim.credentialId,
        emailAddress: claim.emailAddress,
        language: 'sv',
        sentCount: 1,
        lastSentAt: claim.lastSentAt.toISOString(),
        expiresAt: claim.expiresAt.toISOString(),
        claimedAt: claimedAt?.toISOString() ?? null,
        isClaimedByThisPerson,
      })
      expect(
        exported
          .json<{ credentialClaims: { credentialId: string }[] }>()
          .credentialClaims.toSorted((a, b) => a.credentialId.localeCompare(b.credentialId)),
      ).toEqual(
        [
          exportedClaim(claimedHere, now, true),
          exportedClaim(unclaimed, undefined, false),
          exportedClaim(claimedFromElsewhere, now, true),
        ].toSorted((a, b) => a.credentialId.localeCompare(b.credentialId)),
      )

      const deleted = await testApp.app.inject({
        method: 'DELETE',
        url: '/api/me',
        headers: asPerson(claiming),
      })
      expect(deleted.statusCode).toBe(204)
      const pseudonym = (await deps.stores.people.findById(created.id))?.displayName
      expect(pseudonym).toMatch(/^Erased person /)
      const claimOf = (claim: typeof unclaimed) =>
        deps.stores.credentialClaims.findByCredential(claim.credentialId)
      // The used links stay used (no second claimant), under the pseudonym; the unused one goes.
      for (const claim of [claimedHere, claimedFromElsewhere]) {
        expect(await claimOf(claim)).toMatchObject({
          emailAddress: pseudonym,
          claimedBy: created.id,
          claimedAt: now,
        })
      }
      expect(await claimOf(unclaimed)).toBeUndefined()
      expect(await claimOf(someoneElses)).toMatchObject({
        emailAddress: 'someone-else@example.fi',
        claimedAt: undefined,
      })
      expect(await verifyAuditLog(deps, system)).toMatchObject({ isIntact: true })
    })
  })
})
