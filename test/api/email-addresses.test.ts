import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deliverMail } from '../../src/services/index.js'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { asPerson, type SignedIn, signIn } from '../support/sign-in.js'
import { type ReceivedMail, startSmtpTestServer } from '../support/smtp-test-server.js'
import { testDatabases } from '../support/test-databases.js'

describe.each(testDatabases)(
  'e-mail addresses on the $name database, through a real SMTP server',
  (database) => {
    let testApp: TestApp
    let smtp: Awaited<ReturnType<typeof startSmtpTestServer>>
    let learner: SignedIn

    beforeAll(async () => {
      smtp = await startSmtpTestServer()
      testApp = await buildTestApp(
        database,
        {},
        { mail: { kind: 'smtp', url: smtp.url, from: 'Osaamo <no-reply@osaamo.test>' } },
      )
      learner = await signIn(testApp.app, 'learner@demo.osaamo.fi')
    })
    afterAll(async () => {
      await testApp?.close()
      await smtp?.stop()
    })

    const addAddress = (emailAddress: string, language = 'en', as = learner) =>
      testApp.app.inject({
        method: 'POST',
        url: '/api/me/email-addresses',
        headers: asPerson(as),
        payload: { emailAddress, language },
      })
    const verify = (token: string) =>
      testApp.app.inject({ method: 'POST', url: '/api/email-verifications', payload: { token } })
    const addresses = async (as = learner) =>
      (
        await testApp.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: as.cookie } })
      ).json<{
        emailAddresses: { address: string; isVerified: boolean }[]
      }>().emailAddresses
    const tokenIn = (mail: ReceivedMail | undefined) =>
      /verify-email\?token=([A-Za-z0-9_%-]+)/.exec(mail?.text ?? '')?.[1] ?? ''

    it('mails a verification link in the reader’s language, and the link verifies the address once', async () => {
      expect((await addAddress('sanni.laine@work.example.fi', 'sv')).statusCode).toBe(202)
      expect(await addresses()).toContainEqual({
        address: 'sanni.laine@work.example.fi',
        isVerified: false,
        addedAt: expect.any(String),
      })
      expect(await deliverMail(testApp.osaamo.deps)).toBe(1)
      const mail = smtp.received.at(-1)
      expect(mail).toMatchObject({
        to: 'sanni.laine@work.example.fi',
        subject: 'Bekräfta din e-postadress i Osaamo',
      })
      expect(mail?.text).toContain('http://localhost:3000/verify-email?token=')

      const token = decodeURIComponent(tokenIn(mail))
      const verified = await verify(token)
      expect(verified.statusCode).toBe(200)
      expect(verified.json()).toEqual({ emailAddress: 'sanni.laine@work.example.fi' })
      expect(await addresses()).toContainEqual(
        expect.objectContaining({ address: 'sanni.laine@work.example.fi', isVerified: true }),
      )
      expect((await verify(token)).json()).toMatchObject({ code: 'EMAIL_VERIFICATION_INVALID' })
    })

    it('lets the person sign in with the newly verified address, which is the same person', async () => {
      const again = await signIn(testApp.app, 'sanni.laine@work.example.fi')
      expect(again.personId).toBe(learner.personId)
    })

    it('answers an address that belongs to someone else exactly as any other, and mails nothing', async () => {
      const before = smtp.received.length
      const response = await addAddress('admin@demo.osaamo.fi')
      expect(response.statusCode).toBe(202)
      expect(await deliverMail(testApp.osaamo.deps)).toBe(0)
      expect(smtp.received.length).toBe(before)
      expect((await addresses()).map((address) => address.address)).not.toContain(
        'admin@demo.osaamo.fi',
      )
    })

    it('does not let an unverified address sign in', async () => {
      await addAddress('not.yet@example.fi')
      const response = await testApp.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { emailAddress: 'not.yet@example.fi', password: 'osaamo-demo-2026' },
      })
      expect(response.statusCode).toBe(401)
    })

    it('refuses an expired link and leaves the address unverified', async () => {
      await addAddress('late@example.fi')
      await deliverMail(testApp.osaamo.deps)
      const token = decodeURIComponent(tokenIn(smtp.received.at(-1)))
      testApp.osaamo.clock.set(
        new Date(testApp.osaamo.clock.now().getTime() + 25 * 60 * 60 * 1000).toISOString(),
      )
      expect((await verify(token)).statusCode).toBe(400)
      expect(await addresses()).toContainEqual(
        expect.objectContaining({ address: 'late@example.fi', isVerified: false }),
      )
    })

    it('refuses a malformed address with the field path', async () => {
      const response = await addAddress('not an address')
      expect(response.statusCode).toBe(400)
      expect(response.json()).toMatchObject({ details: { problems: [{ path: 'emailAddress' }] } })
    })

    it('removes an address, but never the last verified one', async () => {
      expect(
        (
          await testApp.app.inject({
            method: 'DELETE',
            url: '/api/me/email-addresses/late@example.fi',
            headers: asPerson(learner),
          })
        ).statusCode,
      ).toBe(204)
      const partner = await signIn(testApp.app, 'partner@demo.osaamo.fi')
      const refused = await testApp.app.inject({
        method: 'DELETE',
        url: '/api/me/email-addresses/partner@demo.osaamo.fi',
        headers: asPerson(partner),
      })
      expect(refused.statusCode).toBe(409)
      expect(refused.json()).toMatchObject({ code: 'EMAIL_ADDRESS_LAST_VERIFIED' })
      const notMine = await testApp.app.inject({
        method: 'DELETE',
        url: '/api/me/email-addresses/admin@demo.osaamo.fi',
        headers: asPerson(partner),
      })
      expect(notMine.statusCode).toBe(404)
    })
  },
)
