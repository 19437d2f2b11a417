import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Mail } from '../../src/core/index.js'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { asPerson, type SignedIn, signIn } from '../support/sign-in.js'
import { testDatabases } from '../support/test-databases.js'

const vector = (file: string) =>
  readFile(new URL(`../fixtures/vectors/real-credentials/${file}`, import.meta.url), 'utf8')

type Reference = { kind: 'issued' | 'imported'; id: string }
type Outcome = {
  key: string
  text: string
  source: string
  reflections: {
    id: string
    text: string
    date: string
    evidenceUrl: string | null
    comments: { authorName: string; text: string }[]
  }[]
}
type ShareBody = {
  id: string
  state: string
  accesses: { openedAt: string; viewerOrganisations: { id: string; name: string }[] }[]
}

describe.each(testDatabases)(
  'reflections, counsellors and shares on the $name database',
  (database) => {
    let testApp: TestApp
    let learner: SignedIn
    let counsellor: SignedIn
    let bystander: SignedIn
    let employer: SignedIn
    let issued: Reference
    let imported: Reference

    beforeAll(async () => {
      testApp = await buildTestApp(database, { logLevel: 'error' }, { withDemoActivity: true })
      learner = await signIn(testApp.app, 'learner@demo.osaamo.fi')
      counsellor = await signIn(testApp.app, 'designer@demo.osaamo.fi')
      bystander = await signIn(testApp.app, 'reviewer@demo.osaamo.fi')
      employer = await signIn(testApp.app, 'partner@demo.osaamo.fi')
      const mine = await testApp.app.inject({
        method: 'GET',
        url: '/api/me/credentials',
        headers: asPerson(learner),
      })
      issued = { kind: 'issued', id: mine.json<{ items: { id: string }[] }>().items[0]?.id ?? '' }
      const added = await testApp.app.inject({
        method: 'POST',
        url: '/api/me/portfolio/imports',
        headers: asPerson(learner),
        payload: { credential: await vector('1edtech-ob30-complete.json'), origin: 'paste' },
      })
      expect(added.statusCode, added.body).toBe(201)
      imported = { kind: 'imported', id: added.json<{ id: string }>().id }
      // Demo activity issues a cohort's credentials: slow on a busy two-core machine.
    }, 240_000)
    afterAll(async () => {
      await testApp?.close()
    })

    const request = (
      as: SignedIn | undefined,
      method: 'GET' | 'POST' | 'PUT' | 'DELETE',
      url: string,
      payload?: object,
    ) =>
      testApp.app.inject({
        method,
        url,
        headers: as === undefined ? {} : asPerson(as),
        ...(payload === undefined ? {} : { payload }),
      })
    const outcomesOf = async (reference: Reference, as: SignedIn = learner) =>
      (
        await request(
          as,
          'GET',
          `/api/me/portfolio/credentials/${reference.kind}/${reference.id}/reflections?language=en`,
        )
      ).json<{ outcomes: Outcome[] }>().outcomes
    const auditLength = async () => (await testApp.osaamo.deps.stores.audit.listAll()).length
    const unsentMails = async () => {
      const mails: Mail[] = []
      await testApp.osaamo.deps.stores.mailOutbox.claimUnsent(100, async (mail) => {
        mails.push(mail)
      })
      return mails
    }

    it('lists an Osaamo credential’s learning outcomes and an imported one’s alignments', async () => {
      const osaamo = await outcomesOf(issued)
      expect(osaamo.length).toBeGreaterThan(1)
      expect(osaamo.every((outcome) => outcome.source === 'learning-outcome')).toBe(true)
      expect(osaamo[0]?.key).toMatch(/#learning-outcome-1$/)
      const other = await outcomesOf(imported)
      expect(other.map((outcome) => outcome.source)).toContain('alignment')
      expect(other[0]).toMatchObject({
        key: 'alignment:https://1edtech.edu/catalog/degree',
        text: '1EdTech University Degree',
        reflections: [],
      })
    })

    it('keeps a reflection on a learning outcome, and changes and removes it', async () => {
      const [first] = await outcomesOf(issued)
      const url = `/api/me/portfolio/credentials/issued/${issued.id}/reflections`
      const created = await request(learner, 'POST', url, {
        learningOutcomeKey: first?.key,
        text: '  Kirjoitin harjoitustyön Pythonilla.  ',
        date: '2026-11-20',
        evidenceUrl: 'https://github.com/sanni/harjoitustyo',
      })
      expect(created.statusCode, created.body).toBe(201)
      const reflectionId = created.json<{ id: string }>().id
      expect((await outcomesOf(issued))[0]?.reflections).toEqual([
        expect.objectContaining({
          id: reflectionId,
          text: 'Kirjoitin harjoitustyön Pythonilla.',
          date: '2026-11-20',
          evidenceUrl: 'https://github.com/sanni/harjoitustyo',
        }),
      ])
      const changed = await request(
        learner,
        'PUT',
        `/api/me/portfolio/reflections/${reflectionId}`,
        {
          text: 'Kirjoitin ja testasin harjoitustyön.',
          date: '2026-11-21',
          evidenceUrl: null,
        },
      )
      expect(changed.statusCode, changed.body).toBe(200)
      expect((await outcomesOf(issued))[0]?.reflections[0]).toMatchObject({
        text: 'Kirjoitin ja testasin harjoitustyön.',
        evidenceUrl: null,
      })
      const throwaway = await request(learner, 'POST', url, {
        learningOutcomeKey: first?.key,
        text: 'Poistettava',
        date: '2026-11-22',
      })
      const throwawayUrl = `/api/me/portfolio/reflections/${throwaway.json<{ id: string }>().id}`
      expect((await request(bystander, 'DELETE', throwawayUrl)).statusCode).toBe(404)
      expect((await request(learner, 'DELETE', throwawayUrl)).statusCode).toBe(204)
      expect((await request(learner, 'DELETE', throwawayUrl)).json()).toMatchObject({
        code: 'REFLECTION_NOT_FOUND',
      })
      expect((await outcomesOf(issued))[0]?.reflections).toHaveLength(1)
    })

    it('refuses a reflection with every problem at once, changing nothing', async () => {
      const before = await outcomesOf(issued)
      const auditBefore = await auditLength()
      const refused = await request(
        learner,
        'POST',
        `/api/me/portfolio/credentials/issued/${issued.id}/reflections`,
        {
          learningOutcomeKey: 'no-such-outcome',
          text: '   ',
          date: '2026-12-24',
          evidenceUrl: 'javascript:alert(1)',
        },
      )
      expect(refused.statusCode).toBe(400)
      const problems = refused.json<{
        code: string
        details: { problems: { path: string; code: string }[] }
      }>()
      expect(problems.code).toBe('REFLECTION_INVALID')
      expect(
        problems.details.problems.map((problem) => `${problem.path}:${problem.code}`).sort(),
      ).toEqual([
        'date:future',
        'evidenceUrl:invalid',
        'learningOutcomeKey:unknown',
        'text:required',
      ])
      const badDate = await request(
        learner,
        'PUT',
        `/api/me/portfolio/reflections/${before[0]?.reflections[0]?.id}`,
        {
          text: 'Muuttunut',
          date: '2026-02-30',
        },
      )
      expect(badDate.json()).toMatchObject({
        details: { problems: [{ path: 'date', code: 'invalid' }] },
      })
      const someoneElses = await request(
        bystander,
        'POST',
        `/api/me/portfolio/credentials/issued/${issued.id}/reflections`,
        { learningOutcomeKey: before[0]?.key, text: 'Ei minun', date: '2026-11-20' },
      )
      expect(someoneElses.json()).toMatchObject({ code: 'CREDENTIAL_NOT_FOUND' })
      expect(await outcomesOf(issued)).toEqual(before)
      expect(await auditLength()).toBe(auditBefore)
    })

    it('lets an invited counsellor read the invited credential’s reflections and comment, until revoked', async () => {
      await unsentMails()
      const invited = await request(learner, 'POST', '/api/me/portfolio/counsellors', {
        emailAddress: ' Designer@Demo.Osaamo.fi ',
        credentials: [issued, issued],
        language: 'en',
      })
      expect(invited.statusCode, invited.body).toBe(201)
      const invitation = invited.json<{ id: string; state: string; credentials: Reference[] }>()
      expect(invitation).toMatchObject({ state: 'invited', credentials: [issued] })
      const [mail] = await unsentMails()
      expect(mail?.recipient).toBe('designer@demo.osaamo.fi')
      expect(mail?.text).toContain(`/counselling/${invitation.id}`)

      const listed = await request(counsellor, 'GET', '/api/me/counselling')
      expect(listed.json<{ items: { id: string }[] }>().items.map((item) => item.id)).toEqual([
        invitation.id,
      ])
      const opened = await request(
        counsellor,
        'GET',
        `/api/me/counselling/${invitation.id}?language=en`,
      )
      expect(opened.statusCode, opened.body).toBe(200)
      const view = opened.json<{ credentials: { credential: Reference; outcomes: Outcome[] }[] }>()
      expect(view.credentials.map((credential) => credential.credential)).toEqual([issued])
      const reflection = view.credentials[0]?.outcomes[0]?.reflections[0]
      expect(reflection?.text).toBe('Kirjoitin ja testasin harjoitustyön.')

      const comment = await request(
        counsellor,
        'POST',
        `/api/me/counselling/${invitation.id}/reflections/${reflection?.id}/comments`,
        { text: 'Hyvä! Mitä opit testaamisesta?' },
      )
      expect(comment.statusCode, comment.body).toBe(201)
      expect((await outcomesOf(issued))[0]?.reflections[0]?.comments).toEqual([
        expect.objectContaining({
          authorName: 'Eero Korhonen',
          text: 'Hyvä! Mitä opit testaamisesta?',
        }),
      ])
      for (const url of [`/api/me/counselling/${invitation.id}`]) {
        expect((await request(bystander, 'GET', url)).json()).toMatchObject({
          code: 'COUNSELLOR_INVITATION_NOT_FOUND',
        })
      }
      const empty = await request(
        counsellor,
        'POST',
        `/api/me/counselling/${invitation.id}/reflections/${reflection?.id}/comments`,
        { text: ' ' },
      )
      expect(empty.json()).toMatchObject({ code: 'COUNSELLOR_INVITATION_INVALID' })

      expect(
        (await request(learner, 'DELETE', `/api/me/portfolio/counsellors/${invitation.id}`))
          .statusCode,
      ).toBe(204)
      expect(
        (await request(counsellor, 'GET', `/api/me/counselling/${invitation.id}`)).statusCode,
      ).toBe(404)
      expect((await request(counsellor, 'GET', '/api/me/counselling')).json()).toEqual({
        items: [],
      })
      const mine = await request(learner, 'GET', '/api/me/portfolio/counsellors')
      expect(mine.json<{ items: { state: string }[] }>().items.map((item) => item.state)).toEqual([
        'revoked',
      ])
    })

    it('refuses an invitation to no one, to oneself or for credentials not held, changing nothing', async () => {
      const auditBefore = await auditLength()
      const refused = await request(learner, 'POST', '/api/me/portfolio/counsellors', {
        emailAddress: 'learner@demo.osaamo.fi',
        credentials: [{ kind: 'imported', id: '00000000-0000-4000-8000-000000000000' }],
      })
      expect(refused.statusCode).toBe(400)
      expect(refused.json()).toMatchObject({
        code: 'COUNSELLOR_INVITATION_INVALID',
        details: {
          problems: [
            { path: 'emailAddress', code: 'own' },
            { path: 'credentials/0', code: 'unknown' },
          ],
        },
      })
      const nobody = await request(learner, 'POST', '/api/me/portfolio/counsellors', {
        emailAddress: 'not an address',
        credentials: [],
      })
      expect(nobody.json<{ details: { problems: unknown[] } }>().details.problems).toHaveLength(2)
      expect(await auditLength()).toBe(auditBefore)
      expect(await unsentMails()).toEqual([])
    })

    it('shares a selection with reflections, verified anew on each opening and logged with the viewer’s organisation', async () => {
      const created = await request(learner, 'POST', '/api/me/portfolio/shares', {
        credentials: [issued, imported],
        includesReflections: true,
        expiresOn: '2026-12-31',
      })
      expect(created.statusCode, created.body).toBe(201)
      const { share, token, url } = created.json<{
        share: ShareBody & { expiresAt: string }
        token: string
        url: string
      }>()
      // The end of 31 December in Helsinki (UTC+2 in winter).
      expect(share.expiresAt).toBe('2026-12-31T22:00:00.000Z')
      expect(url).toBe(`http://localhost:3000/shares/${token}`)
      const stored = await testApp.osaamo.deps.stores.shares.findById(share.id)
      expect(stored?.tokenHash).not.toContain(token)

      const anonymous = await request(undefined, 'GET', `/api/shares/${token}?language=en`)
      expect(anonymous.statusCode, anonymous.body).toBe(200)
      const page = anonymous.json<{
        learnerName: string
        credentials: {
          kind: string
          report: { verified: boolean; checks: unknown[] }
          outcomes: Outcome[] | null
        }[]
      }>()
      expect(page.learnerName).toBe('Sanni Laine')
      expect(page.credentials.map((credential) => credential.kind)).toEqual(['issued', 'imported'])
      expect(page.credentials[0]?.report.verified).toBe(true)
      expect(page.credentials[0]?.report.checks.length).toBeGreaterThan(3)
      const sharedReflection = page.credentials[0]?.outcomes?.[0]?.reflections[0]
      expect(sharedReflection?.text).toBe('Kirjoitin ja testasin harjoitustyön.')
      // Counsellors' comments stay between the learner and the counsellor.
      expect(sharedReflection?.comments).toEqual([])

      expect((await request(employer, 'GET', `/api/shares/${token}`)).statusCode).toBe(200)
      const [listed] = (await request(learner, 'GET', '/api/me/portfolio/shares')).json<{
        items: ShareBody[]
      }>().items
      expect(listed?.state).toBe('active')
      expect(
        listed?.accesses
          .map((access) => access.viewerOrganisations.map((organisation) => organisation.name))
          .sort(),
      ).toEqual([[], ['Revontuli Software Oy']])
      const inSwedish = (
        await request(learner, 'GET', '/api/me/portfolio/shares?language=sv')
      ).json<{ items: ShareBody[] }>().items[0]
      expect(
        inSwedish?.accesses.flatMap((access) =>
          access.viewerOrganisations.map((organisation) => organisation.name),
        ),
      ).toEqual(['Revontuli Software Ab'])
    })

    it('leaves reflections out of a share made without them, and exports the selection as a presentation', async () => {
      const created = await request(learner, 'POST', '/api/me/portfolio/shares', {
        credentials: [imported, issued],
        includesReflections: false,
        expiresOn: '2027-01-15',
      })
      const { share, token } = created.json<{ share: { id: string }; token: string }>()
      const page = (await request(undefined, 'GET', `/api/shares/${token}`)).json<{
        credentials: { outcomes: unknown }[]
      }>()
      expect(page.credentials.map((credential) => credential.outcomes)).toEqual([null, null])

      const presentation = await request(
        learner,
        'GET',
        `/api/me/portfolio/shares/${share.id}/presentation`,
      )
      expect(presentation.statusCode).toBe(200)
      expect(presentation.headers['content-type']).toContain('application/vp+ld+json')
      const body = JSON.parse(presentation.body) as {
        type: string[]
        '@context': string[]
        verifiableCredential: unknown[]
      }
      expect(body.type).toEqual(['VerifiablePresentation'])
      expect(body['@context']).toEqual(['https://www.w3.org/ns/credentials/v2'])
      const importedDocument = JSON.parse(await vector('1edtech-ob30-complete.json'))
      const issuedDocument = (
        await testApp.osaamo.deps.stores.issuedCredentials.findById(issued.id)
      )?.credential
      expect(body.verifiableCredential).toEqual([importedDocument, issuedDocument])
      expect(
        (await request(bystander, 'GET', `/api/me/portfolio/shares/${share.id}/presentation`))
          .statusCode,
      ).toBe(404)
    })

    it('refuses a share with every problem at once, changing nothing', async () => {
      const before = (await request(learner, 'GET', '/api/me/portfolio/shares')).json()
      const auditBefore = await auditLength()
      for (const [payload, expected] of [
        [{ credentials: [], expiresOn: '2026-11-27' }, ['credentials:required', 'expiresOn:past']],
        [
          { credentials: [{ kind: 'issued', id: imported.id }], expiresOn: '2028-01-01' },
          ['credentials/0:unknown', 'expiresOn:too-far'],
        ],
        [{ credentials: [issued], expiresOn: '31.12.2026' }, ['expiresOn:invalid']],
      ] as const) {
        const refused = await request(learner, 'POST', '/api/me/portfolio/shares', {
          ...payload,
          includesReflections: false,
        })
        expect(refused.statusCode).toBe(400)
        const body = refused.json<{
          code: string
          details: { problems: { path: string; code: string }[] }
        }>()
        expect(body.code).toBe('SHARE_INVALID')
        expect(body.details.problems.map((problem) => `${problem.path}:${problem.code}`)).toEqual(
          expected,
        )
      }
      expect((await request(undefined, 'POST', '/api/me/portfolio/shares', {})).statusCode).toBe(
        400,
      )
      expect((await request(learner, 'GET', '/api/me/portfolio/shares')).json()).toEqual(before)
      expect(await auditLength()).toBe(auditBefore)
    })

    it('answers a withdrawn or expired link with 410 and its reason, and logs no opening', async () => {
      const created = await request(learner, 'POST', '/api/me/portfolio/shares', {
        credentials: [issued],
        includesReflections: false,
        expiresOn: '2026-11-28',
      })
      const { share, token } = created.json<{ share: { id: string }; token: string }>()
      expect(
        (await request(bystander, 'DELETE', `/api/me/portfolio/shares/${share.id}`)).statusCode,
      ).toBe(404)

      testApp.osaamo.clock.set('2026-11-28T22:00:00Z')
      try {
        const expired = await request(undefined, 'GET', `/api/shares/${token}`)
        expect(expired.statusCode).toBe(410)
        expect(expired.json()).toMatchObject({
          code: 'SHARE_EXPIRED',
          details: { expiredAt: '2026-11-28T22:00:00.000Z' },
        })
      } finally {
        testApp.osaamo.clock.set('2026-11-28T10:00:00Z')
      }
      expect((await request(undefined, 'GET', `/api/shares/${token}`)).statusCode).toBe(200)
      expect(
        (await request(learner, 'DELETE', `/api/me/portfolio/shares/${share.id}`)).statusCode,
      ).toBe(204)
      const withdrawn = await request(undefined, 'GET', `/api/shares/${token}`)
      expect(withdrawn.statusCode).toBe(410)
      expect(withdrawn.json()).toMatchObject({ code: 'SHARE_WITHDRAWN' })
      expect(
        (await request(learner, 'DELETE', `/api/me/portfolio/shares/${share.id}`)).json(),
      ).toMatchObject({
        code: 'SHARE_WITHDRAWN',
      })
      const items = (await request(learner, 'GET', '/api/me/portfolio/shares')).json<{
        items: ShareBody[]
      }>().items
      const listed = items.find((item) => item.id === share.id)
      expect(listed?.state).toBe('withdrawn')
      expect(listed?.accesses).toHaveLength(1)
      for (const unknown of ['osh_nothing-here', 'not-a-share-token']) {
        expect((await request(undefined, 'GET', `/api/shares/${unknown}`)).json()).toMatchObject({
          code: 'SHARE_NOT_FOUND',
        })
      }
    })

    it('removes an imported credential’s reflections with it and leaves it out of shares', async () => {
      const [outcome] = await outcomesOf(imported)
      await request(
        learner,
        'POST',
        `/api/me/portfolio/credentials/imported/${imported.id}/reflections`,
        {
          learningOutcomeKey: outcome?.key,
          text: 'Tutkinto',
          date: '2026-11-01',
        },
      )
      const created = await request(learner, 'POST', '/api/me/portfolio/shares', {
        credentials: [imported, issued],
        includesReflections: true,
        expiresOn: '2026-12-01',
      })
      const { token } = created.json<{ token: string }>()
      expect(
        (await request(learner, 'DELETE', `/api/me/portfolio/imports/${imported.id}`)).statusCode,
      ).toBe(204)
      const reflections = await testApp.osaamo.deps.stores.reflections.listForPerson(
        learner.personId,
      )
      expect(reflections.map((reflection) => reflection.credential.kind)).toEqual(['issued'])
      const page = (await request(undefined, 'GET', `/api/shares/${token}`)).json<{
        credentials: { kind: string }[]
      }>()
      expect(page.credentials.map((credential) => credential.kind)).toEqual(['issued'])
    })

    it('exports reflections, invitations, comments and shares with the personal data, and deletes them with the account', async () => {
      const exported = (await request(learner, 'GET', '/api/me/export')).json<{
        reflections: { text: string; comments: unknown[] }[]
        counsellorInvitations: { state: string }[]
        shares: { accesses: unknown[] }[]
      }>()
      expect(exported.reflections.map((reflection) => reflection.comments.length)).toEqual([1])
      expect(exported.counsellorInvitations.map((invitation) => invitation.state)).toEqual([
        'revoked',
      ])
      expect(exported.shares).toHaveLength(4)
      expect(exported.shares.flatMap((share) => share.accesses).length).toBeGreaterThanOrEqual(5)
      const counsellorData = (await request(counsellor, 'GET', '/api/me/export')).json<{
        commentsAsCounsellor: { text: string }[]
      }>()
      expect(counsellorData.commentsAsCounsellor.map((comment) => comment.text)).toEqual([
        'Hyvä! Mitä opit testaamisesta?',
      ])

      expect((await request(learner, 'DELETE', '/api/me')).statusCode).toBe(204)
      const { stores } = testApp.osaamo.deps
      expect(await stores.reflections.listForPerson(learner.personId)).toEqual([])
      expect(await stores.reflections.listInvitationsByLearner(learner.personId)).toEqual([])
      expect(await stores.reflections.listCommentsBy(counsellor.personId)).toEqual([])
      expect(await stores.shares.listForPerson(learner.personId)).toEqual([])
    })
  },
)
