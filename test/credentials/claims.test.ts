import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type IssuedCredential,
  type JsonObject,
  type Language,
  type ProofFormat,
  type SpecificationVersion,
  system,
} from '../../src/core/index.js'
import {
  deliverMail,
  getOrganisation,
  issueOpenBadge,
  sendClaimLink,
} from '../../src/services/index.js'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { asPerson, type SignedIn, signIn } from '../support/sign-in.js'
import { type ReceivedMail, startSmtpTestServer } from '../support/smtp-test-server.js'
import { testDatabases } from '../support/test-databases.js'

const newPassword = 'a-long-enough-password'

type Preview = {
  credentialId: string
  achievementName: string
  issuerName: string
  emailAddress: string
  language: string
  expiresAt: string
  hasAccount: boolean
}

for (const database of testDatabases) {
  describe(`claim links on the ${database.name} database, through a real SMTP server`, () => {
    let testApp: TestApp
    let smtp: Awaited<ReturnType<typeof startSmtpTestServer>>
    let published: SpecificationVersion
    const people: Record<string, SignedIn> = {}

    beforeAll(async () => {
      smtp = await startSmtpTestServer()
      testApp = await buildTestApp(
        database,
        {},
        { mail: { kind: 'smtp', url: smtp.url, from: 'Osaamo <no-reply@osaamo.test>' } },
      )
      const kaarnala = await getOrganisation(testApp.osaamo.deps, 'kaarnala-open')
      const versions = await testApp.osaamo.deps.stores.specifications.listLatestForOrganisation(
        kaarnala.id,
      )
      const version = versions.find(
        (candidate) =>
          candidate.status === 'published' && candidate.content.gradingScheme === '0-5',
      )
      if (version === undefined) {
        throw new Error('the demo data lacks a published 0–5 version')
      }
      published = version
      for (const role of ['admin', 'registrar', 'designer', 'partner', 'learner']) {
        people[role] = await signIn(testApp.app, `${role}@demo.osaamo.fi`)
      }
    })
    afterAll(async () => {
      await testApp?.close()
      await smtp?.stop()
    })

    const deps = () => testApp.osaamo.deps
    const person = (role: string) => people[role] as SignedIn

    async function issue(
      learner: { name: string; emailAddress: string; personId?: string },
      format: ProofFormat = 'eddsa-rdfc-2022',
    ): Promise<IssuedCredential> {
      const { id } = await issueOpenBadge(deps(), system, {
        specificationVersionId: published.id,
        learner,
        result: {
          grade: '4',
          assessedAt: new Date('2026-11-20T12:00:00Z'),
          identityVerification: 'supervised-with-id-verification',
        },
        format,
      })
      return findCredential(id)
    }
    async function findCredential(id: string): Promise<IssuedCredential> {
      const credential = await deps().stores.issuedCredentials.findById(id)
      if (credential === undefined) {
        throw new Error(`no credential ${id}`)
      }
      return credential
    }
    /** Sends the claim link as cohort issuing does, in a transaction, and delivers the mail. */
    async function sendLink(
      credential: IssuedCredential,
      emailAddress: string,
      language: Language = 'fi',
    ): Promise<{ token: string; mail: ReceivedMail }> {
      await deps().transaction((stores) =>
        sendClaimLink(deps(), stores, { credential, emailAddress, language }),
      )
      return deliverLink()
    }
    async function deliverLink(): Promise<{ token: string; mail: ReceivedMail }> {
      expect(await deliverMail(deps())).toBe(1)
      const mail = smtp.received.at(-1)
      if (mail === undefined) {
        throw new Error('no mail arrived')
      }
      const token = /\/claim\/([A-Za-z0-9_%-]+)/.exec(mail.text)?.[1]
      if (token === undefined) {
        throw new Error(`no claim link in ${mail.text}`)
      }
      return { token: decodeURIComponent(token), mail }
    }
    /** A learner as enrolment import makes them: an unverified address and no password. */
    async function importedLearner(name: string, address: string): Promise<string> {
      const personId = deps().ids.newId()
      const now = deps().clock.now()
      await deps().transaction(async (stores) => {
        await stores.people.create({
          id: personId,
          displayName: name,
          createdAt: now,
          erasedAt: undefined,
        })
        await stores.people.addEmailAddress({
          id: deps().ids.newId(),
          personId,
          address,
          verifiedAt: undefined,
          createdAt: now,
        })
      })
      return personId
    }
    const preview = (token: string) =>
      testApp.app.inject({ method: 'GET', url: `/api/claims/${encodeURIComponent(token)}` })
    const claim = (token: string, as?: SignedIn) =>
      testApp.app.inject({
        method: 'POST',
        url: `/api/claims/${encodeURIComponent(token)}`,
        headers: as === undefined ? {} : asPerson(as),
      })
    const signUp = (token: string, payload: Record<string, unknown>) =>
      testApp.app.inject({
        method: 'POST',
        url: `/api/claims/${encodeURIComponent(token)}/account`,
        payload,
      })
    const resend = (credentialId: string, as: SignedIn, payload: Record<string, unknown> = {}) =>
      testApp.app.inject({
        method: 'POST',
        url: `/api/credentials/${credentialId}/claim-link`,
        headers: asPerson(as),
        payload,
      })
    const myCredentials = async (cookie: string) =>
      (
        await testApp.app.inject({ method: 'GET', url: '/api/me/credentials', headers: { cookie } })
      ).json<{ items: { id: string; achievementName: string; links: { json: string } }[] }>().items
    const claimOf = (credentialId: string) =>
      deps().stores.credentialClaims.findByCredential(credentialId)

    it('mails the claim link through SMTP in the claim’s language, naming the credential and its issuer', async () => {
      const credential = await issue({ name: 'Ilona Aalto', emailAddress: 'ilona@example.fi' })
      const { mail, token } = await sendLink(credential, 'Ilona@Example.fi', 'sv')
      expect(mail.to).toBe('ilona@example.fi')
      expect(mail.subject).toMatch(/^Din mikromerit väntar: \S/)
      expect(mail.text).toContain(`http://localhost:3000/claim/${encodeURIComponent(token)}`)
      expect(mail.text).toContain('Kaarnala')
      expect(mail.text).toContain('till och med 2026-12-28')
      expect(token.startsWith('osaamo_cl_')).toBe(true)
      const stored = await claimOf(credential.id)
      expect(stored).toMatchObject({
        emailAddress: 'ilona@example.fi',
        language: 'sv',
        sentCount: 1,
        expiresAt: new Date('2026-12-28T10:00:00.000Z'),
      })
      expect(stored?.tokenHash).not.toContain(token)
    })

    it('previews a link before sign-in, changing nothing', async () => {
      await importedLearner('Veikko Ranta', 'veikko@example.fi')
      const credential = await issue({ name: 'Veikko Ranta', emailAddress: 'veikko@example.fi' })
      const { token } = await sendLink(credential, 'veikko@example.fi', 'en')
      const response = await preview(token)
      expect(response.statusCode).toBe(200)
      expect(response.json<Preview>()).toEqual({
        credentialId: credential.id,
        achievementName: expect.any(String),
        issuerName: expect.stringContaining('Kaarnala'),
        issuedAt: '2026-11-28T10:00:00.000Z',
        state: 'active',
        emailAddress: 'veikko@example.fi',
        language: 'en',
        expiresAt: '2026-12-28T10:00:00.000Z',
        hasAccount: false,
      })
      expect(response.json<Preview>().achievementName).not.toBe('')
      expect((await claimOf(credential.id))?.claimedAt).toBeUndefined()
      expect((await preview(token)).statusCode).toBe(200)
    })

    it('tells the page to offer sign-in when the address has a password account', async () => {
      const credential = await issue({
        name: 'Sanni Laine',
        emailAddress: 'learner@demo.osaamo.fi',
      })
      const { token } = await sendLink(credential, 'learner@demo.osaamo.fi')
      expect((await preview(token)).json<Preview>().hasAccount).toBe(true)
    })

    it('answers an unknown link with 410', async () => {
      const response = await preview('osaamo_cl_not-a-real-token')
      expect(response.statusCode).toBe(410)
      expect(response.json()).toMatchObject({ code: 'CLAIM_LINK_INVALID' })
    })

    it('claims for the signed-in person, once: the credential becomes theirs and a second use changes nothing', async () => {
      const credential = await issue({ name: 'Sanni Laine', emailAddress: 'sanni@example.fi' })
      const { token } = await sendLink(credential, 'sanni@example.fi')
      expect((await claim(token)).statusCode).toBe(401)

      const claimed = await claim(token, person('learner'))
      expect(claimed.statusCode, claimed.body).toBe(200)
      expect(claimed.json()).toMatchObject({
        credential: {
          id: credential.id,
          state: 'active',
          links: {
            json: `/api/credentials/${credential.id}/download`,
            pdf: `/api/credentials/${credential.id}/certificate.pdf?language=fi`,
          },
        },
      })
      expect((await findCredential(credential.id)).learnerPersonId).toBe(person('learner').personId)
      expect((await myCredentials(person('learner').cookie)).map((item) => item.id)).toContain(
        credential.id,
      )

      const again = await claim(token, person('partner'))
      expect(again.statusCode).toBe(410)
      expect(again.json()).toMatchObject({ code: 'CLAIM_LINK_INVALID' })
      expect((await findCredential(credential.id)).learnerPersonId).toBe(person('learner').personId)
      expect((await claimOf(credential.id))?.claimedBy).toBe(person('learner').personId)
      expect((await preview(token)).statusCode).toBe(410)
    })

    it('lets only one of two claims at the same moment win', async () => {
      const credential = await issue({ name: 'Race', emailAddress: 'race@example.fi' })
      const { token } = await sendLink(credential, 'race@example.fi')
      const answers = await Promise.all([
        claim(token, person('learner')),
        claim(token, person('admin')),
      ])
      expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 410])
      const winner = answers[0]?.statusCode === 200 ? person('learner') : person('admin')
      expect((await findCredential(credential.id)).learnerPersonId).toBe(winner.personId)
      expect((await claimOf(credential.id))?.claimedBy).toBe(winner.personId)
    })

    it('needs the CSRF token to claim with the session cookie', async () => {
      const credential = await issue({ name: 'Sanni Laine', emailAddress: 'sanni@example.fi' })
      const { token } = await sendLink(credential, 'sanni@example.fi')
      const response = await testApp.app.inject({
        method: 'POST',
        url: `/api/claims/${encodeURIComponent(token)}`,
        headers: { cookie: person('learner').cookie },
      })
      expect(response.statusCode).toBe(403)
      expect((await claimOf(credential.id))?.claimedAt).toBeUndefined()
    })

    it('signs up an imported learner through the link: password, name, verified address and a working session', async () => {
      const personId = await importedLearner('Kalle Imported', 'kalle@example.fi')
      const credential = await issue({
        name: 'Kalle Imported',
        emailAddress: 'kalle@example.fi',
        personId,
      })
      const { token } = await sendLink(credential, 'kalle@example.fi')
      expect((await preview(token)).json<Preview>().hasAccount).toBe(false)

      const response = await signUp(token, {
        displayName: ' Kalle Virtanen ',
        password: newPassword,
      })
      expect(response.statusCode, response.body).toBe(201)
      const body = response.json<{
        person: { id: string; displayName: string }
        csrfToken: string
      }>()
      expect(body.person).toEqual({ id: personId, displayName: 'Kalle Virtanen' })
      const cookie = response.cookies.find((item) => item.name === 'osaamo_session')
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' })
      const sessionCookie = `osaamo_session=${cookie?.value}`

      const me = await testApp.app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { cookie: sessionCookie },
      })
      expect(me.json()).toMatchObject({
        person: { id: personId, displayName: 'Kalle Virtanen' },
        emailAddresses: [{ address: 'kalle@example.fi', isVerified: true }],
        csrfToken: body.csrfToken,
      })
      const listed = await myCredentials(sessionCookie)
      expect(listed).toEqual([
        expect.objectContaining({
          id: credential.id,
          issuerName: expect.stringContaining('Kaarnala'),
        }),
      ])
      expect((await signIn(testApp.app, 'kalle@example.fi', newPassword)).personId).toBe(personId)
      expect(
        (await signUp(token, { displayName: 'Kalle', password: newPassword })).statusCode,
      ).toBe(410)
    })

    it('signs up a new person for an address nobody has', async () => {
      const credential = await issue({ name: 'Uusi Oppija', emailAddress: 'uusi@example.fi' })
      const { token } = await sendLink(credential, 'uusi@example.fi')
      const response = await signUp(token, { displayName: 'Uusi Oppija', password: newPassword })
      expect(response.statusCode, response.body).toBe(201)
      const { person: created } = response.json<{ person: { id: string } }>()
      expect((await findCredential(credential.id)).learnerPersonId).toBe(created.id)
      const address = await deps().stores.people.findEmailAddress('uusi@example.fi')
      expect(address).toMatchObject({ personId: created.id, verifiedAt: expect.any(Date) })
    })

    it('refuses sign-up for an address that has a password account, and changes nothing', async () => {
      const credential = await issue({
        name: 'Sanni Laine',
        emailAddress: 'learner@demo.osaamo.fi',
      })
      const { token } = await sendLink(credential, 'learner@demo.osaamo.fi')
      const response = await signUp(token, { displayName: 'Someone Else', password: newPassword })
      expect(response.statusCode).toBe(409)
      expect(response.json()).toMatchObject({ code: 'CLAIM_ACCOUNT_EXISTS' })
      expect(response.cookies).toEqual([])
      expect((await claimOf(credential.id))?.claimedAt).toBeUndefined()
      expect((await findCredential(credential.id)).learnerPersonId).toBeUndefined()
      const learner = await deps().stores.people.findById(person('learner').personId)
      expect(learner?.displayName).toBe('Sanni Laine')
      expect((await signIn(testApp.app, 'learner@demo.osaamo.fi')).personId).toBe(
        person('learner').personId,
      )
      expect((await claim(token, person('learner'))).statusCode).toBe(200)
    })

    it('refuses bad sign-up input with every problem at once, and changes nothing', async () => {
      const personId = await importedLearner('Bad Input', 'bad.input@example.fi')
      const credential = await issue({ name: 'Bad Input', emailAddress: 'bad.input@example.fi' })
      const { token } = await sendLink(credential, 'bad.input@example.fi')

      const short = await signUp(token, { displayName: '   ', password: 'short' })
      expect(short.statusCode).toBe(400)
      expect(short.json()).toMatchObject({
        code: 'REQUEST_INVALID',
        details: { problems: [{ path: 'displayName' }, { path: 'password' }] },
      })
      const long = await signUp(token, { displayName: 'Bad Input', password: 'x'.repeat(201) })
      expect(long.statusCode).toBe(400)
      expect(long.json()).toMatchObject({ details: { problems: [{ path: 'password' }] } })
      const missingName = await signUp(token, { password: newPassword })
      expect(missingName.statusCode).toBe(400)
      expect(missingName.json()).toMatchObject({ code: 'REQUEST_INVALID' })

      expect(await deps().stores.people.findPasswordHash(personId)).toBeUndefined()
      expect((await deps().stores.people.findById(personId))?.displayName).toBe('Bad Input')
      expect(
        (await deps().stores.people.findEmailAddress('bad.input@example.fi'))?.verifiedAt,
      ).toBe(undefined)
      expect((await claimOf(credential.id))?.claimedAt).toBeUndefined()
      expect((await preview(token)).statusCode).toBe(200)
    })

    it('refuses an expired link, to read, claim or sign up with', async () => {
      const credential = await issue({ name: 'Myöhäinen', emailAddress: 'late@example.fi' })
      const { token } = await sendLink(credential, 'late@example.fi')
      const start = testApp.osaamo.clock.now().toISOString()
      testApp.osaamo.clock.set('2026-12-28T10:00:00.000Z')
      try {
        expect((await preview(token)).statusCode).toBe(410)
        const response = await signUp(token, { displayName: 'Myöhäinen', password: newPassword })
        expect(response.statusCode).toBe(410)
        expect(response.json()).toMatchObject({ code: 'CLAIM_LINK_INVALID' })
        expect(await deps().stores.people.findEmailAddress('late@example.fi')).toBeUndefined()
      } finally {
        testApp.osaamo.clock.set(start)
      }
      testApp.osaamo.clock.set('2026-12-28T09:59:59.000Z')
      try {
        expect((await preview(token)).statusCode).toBe(200)
      } finally {
        testApp.osaamo.clock.set(start)
      }
    })

    it('re-sends: the old link stops working, the new one works, to a corrected address and language', async () => {
      const credential = await issue({ name: 'Typo Person', emailAddress: 'typo@exmaple.fi' })
      const first = await sendLink(credential, 'typo@exmaple.fi')
      testApp.osaamo.clock.set('2026-11-30T10:00:00.000Z')
      try {
        const response = await resend(credential.id, person('registrar'), {
          emailAddress: 'typo@example.fi',
          language: 'en',
        })
        expect(response.statusCode, response.body).toBe(200)
        expect(response.json()).toEqual({
          credentialId: credential.id,
          emailAddress: 'typo@example.fi',
          language: 'en',
          expiresAt: '2026-12-30T10:00:00.000Z',
          sentCount: 2,
          lastSentAt: '2026-11-30T10:00:00.000Z',
        })
        const second = await deliverLink()
        expect(second.mail.to).toBe('typo@example.fi')
        expect(second.mail.subject).toMatch(/^Your micro-credential is waiting: /)
        expect(second.token).not.toBe(first.token)
        expect((await preview(first.token)).statusCode).toBe(410)
        expect((await preview(second.token)).json<Preview>()).toMatchObject({
          emailAddress: 'typo@example.fi',
          language: 'en',
        })
        expect((await claim(first.token, person('learner'))).statusCode).toBe(410)
        expect((await claim(second.token, person('learner'))).statusCode).toBe(200)
        const again = await resend(credential.id, person('admin'))
        expect(again.statusCode).toBe(409)
        expect(again.json()).toMatchObject({ code: 'CLAIM_ALREADY_USED' })
        expect(await deliverMail(deps())).toBe(0)
      } finally {
        testApp.osaamo.clock.set('2026-11-28T10:00:00.000Z')
      }
    })

    it('creates a link on re-send for a learner’s credential that has none, to their address', async () => {
      const credential = await issue({
        name: 'Sanni Laine',
        emailAddress: 'learner@demo.osaamo.fi',
        personId: person('learner').personId,
      })
      const response = await resend(credential.id, person('registrar'))
      expect(response.statusCode, response.body).toBe(200)
      expect(response.json()).toMatchObject({
        emailAddress: 'learner@demo.osaamo.fi',
        language: 'fi',
        sentCount: 1,
      })
      const { mail } = await deliverLink()
      expect(mail.to).toBe('learner@demo.osaamo.fi')
      expect(mail.subject).toMatch(/^Osaamismerkkisi odottaa: /)
    })

    it('re-sends only for registrars and admins of the issuing organisation, and audits ids only', async () => {
      const credential = await issue({ name: 'Audit Person', emailAddress: 'audit@example.fi' })
      await sendLink(credential, 'audit@example.fi')
      expect((await resend(credential.id, person('designer'))).statusCode).toBe(403)
      expect((await resend(credential.id, person('partner'))).statusCode).toBe(404)
      expect((await resend(credential.id, person('learner'))).statusCode).toBe(404)
      const anonymous = await testApp.app.inject({
        method: 'POST',
        url: `/api/credentials/${credential.id}/claim-link`,
        payload: {},
      })
      expect(anonymous.statusCode).toBe(401)
      expect((await resend(credential.id, person('admin'), { language: 'de' })).statusCode).toBe(
        400,
      )
      expect(
        (await resend(credential.id, person('admin'), { emailAddress: 'not an address' }))
          .statusCode,
      ).toBe(400)
      expect((await claimOf(credential.id))?.sentCount).toBe(1)

      expect((await resend(credential.id, person('admin'))).statusCode).toBe(200)
      await deliverLink()
      const audit = await testApp.app.inject({
        method: 'GET',
        url: '/api/organisations/kaarnala-open/audit?limit=500',
        headers: asPerson(person('admin')),
      })
      const entries = audit
        .json<{ items: { action: string; subject: Record<string, string> }[] }>()
        .items.filter((entry) => entry.action === 'credential.claim-link-sent')
      const claimId = (await claimOf(credential.id))?.id
      expect(entries).toContainEqual(
        expect.objectContaining({ subject: { credentialId: credential.id, claimId } }),
      )
      expect(JSON.stringify(entries)).not.toContain('@')
    })

    describe('downloading the signed credential', () => {
      let owned: IssuedCredential
      const download = (id: string, headers: Record<string, string> = {}) =>
        testApp.app.inject({ method: 'GET', url: `/api/credentials/${id}/download`, headers })

      beforeAll(async () => {
        owned = await issue({
          name: 'Sanni Laine',
          emailAddress: 'learner@demo.osaamo.fi',
          personId: person('learner').personId,
        })
      })

      it('gives the learner who owns it the credential as signed, as a JSON-LD file', async () => {
        const response = await download(owned.id, { cookie: person('learner').cookie })
        expect(response.statusCode).toBe(200)
        expect(response.headers['content-type']).toBe('application/vc+ld+json')
        expect(response.headers['content-disposition']).toMatch(
          new RegExp(`^attachment; filename="[a-z0-9-]+-${owned.id}\\.json"$`),
        )
        expect(response.json()).toEqual(owned.credential)
        expect((owned.credential as JsonObject).proof).toBeDefined()
      })

      it('gives it to staff of the issuing organisation', async () => {
        const response = await download(owned.id, { cookie: person('registrar').cookie })
        expect(response.statusCode).toBe(200)
        expect(response.json()).toEqual(owned.credential)
      })

      it('refuses another learner as if there were no such credential, and asks the anonymous to sign in', async () => {
        const other = await download(owned.id, { cookie: person('partner').cookie })
        expect(other.statusCode).toBe(404)
        expect(other.json()).toMatchObject({ code: 'CREDENTIAL_NOT_FOUND' })
        expect((await download(owned.id)).statusCode).toBe(401)
      })

      it('gives a VC-JWT as its compact JWT', async () => {
        const jwt = await issue(
          {
            name: 'Sanni Laine',
            emailAddress: 'learner@demo.osaamo.fi',
            personId: person('learner').personId,
          },
          'vc+jwt',
        )
        const response = await download(jwt.id, { cookie: person('learner').cookie })
        expect(response.statusCode).toBe(200)
        expect(response.headers['content-type']).toBe('application/vc+jwt')
        expect(response.headers['content-disposition']).toMatch(new RegExp(`-${jwt.id}\\.jwt"$`))
        expect(response.body).toBe(jwt.jwt)
      })

      it('lists the learner’s own credentials, newest first, with their links', async () => {
        const items = await myCredentials(person('learner').cookie)
        expect(items.map((item) => item.id)).toContain(owned.id)
        const item = items.find((candidate) => candidate.id === owned.id)
        expect(item?.links.json).toBe(`/api/credentials/${owned.id}/download`)
        const anonymous = await testApp.app.inject({ method: 'GET', url: '/api/me/credentials' })
        expect(anonymous.statusCode).toBe(401)
      })
    })

    describe('telling the learner about a status change', () => {
      const change = (id: string, action: string, reason: string) =>
        testApp.app.inject({
          method: 'POST',
          url: `/api/credentials/${id}/${action}`,
          headers: asPerson(person('registrar')),
          payload: { reason },
        })

      it('mails the claim’s address, in the claim’s language, what changed and why', async () => {
        const credential = await issue({ name: 'Stina Berg', emailAddress: 'stina@example.fi' })
        await sendLink(credential, 'stina@example.fi', 'sv')
        expect((await change(credential.id, 'suspend', 'Utredning pågår')).statusCode).toBe(200)
        expect(await deliverMail(deps())).toBe(1)
        const mail = smtp.received.at(-1)
        expect(mail?.to).toBe('stina@example.fi')
        expect(mail?.subject).toMatch(/^Din mikromerit har spärrats tillfälligt: /)
        expect(mail?.text).toContain('Orsak: Utredning pågår')
        expect(mail?.text).toContain(`http://localhost:3000/verify/${credential.id}`)

        expect((await change(credential.id, 'revoke', 'Bedömningen annullerad')).statusCode).toBe(
          200,
        )
        expect(await deliverMail(deps())).toBe(1)
        expect(smtp.received.at(-1)?.subject).toMatch(/^Din mikromerit har återkallats: /)
      })

      it('mails a learner without a claim at their verified address, in Finnish', async () => {
        const credential = await issue({
          name: 'Sanni Laine',
          emailAddress: 'learner@demo.osaamo.fi',
          personId: person('learner').personId,
        })
        expect((await change(credential.id, 'revoke', 'Arviointi mitätöity')).statusCode).toBe(200)
        expect(await deliverMail(deps())).toBe(1)
        const mail = smtp.received.at(-1)
        expect(mail?.to).toBe('learner@demo.osaamo.fi')
        expect(mail?.subject).toMatch(/^Osaamismerkkisi on peruttu: /)
        expect(mail?.text).toContain('Syy: Arviointi mitätöity')
      })

      it('mails no one for a credential with neither a claim nor a learner, and a refused change mails nothing', async () => {
        const credential = await issue({ name: 'Nobody', emailAddress: 'nobody@example.fi' })
        expect((await change(credential.id, 'revoke', 'Issued in error')).statusCode).toBe(200)
        expect(await deliverMail(deps())).toBe(0)
        const claimed = await issue({ name: 'Stina Berg', emailAddress: 'stina@example.fi' })
        await sendLink(claimed, 'stina@example.fi')
        expect((await change(claimed.id, 'reinstate', 'Not suspended')).statusCode).toBe(409)
        expect(await deliverMail(deps())).toBe(0)
      })
    })
  })
}
