import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { asPerson, type SignedIn, signIn } from '../support/sign-in.js'
import { testDatabases } from '../support/test-databases.js'

const vector = (file: string) =>
  readFile(new URL(`../fixtures/vectors/real-credentials/${file}`, import.meta.url), 'utf8')

type ImportedBody = {
  id: string
  achievementName: string
  issuerName: string
  isVerified: boolean
  failedChecks: string[]
  credential: unknown
  report: { verified: boolean; checks: { id: string; outcome: string }[] }
}

describe.each(testDatabases)(
  'importing credentials into the portfolio on the $name database',
  (database) => {
    let testApp: TestApp
    let learner: SignedIn
    let designer: SignedIn

    beforeAll(async () => {
      testApp = await buildTestApp(database, { logLevel: 'error' })
      learner = await signIn(testApp.app, 'learner@demo.osaamo.fi')
      designer = await signIn(testApp.app, 'designer@demo.osaamo.fi')
    })
    afterAll(async () => {
      await testApp?.close()
    })

    const importCredential = (as: SignedIn | undefined, payload: Record<string, unknown>) =>
      testApp.app.inject({
        method: 'POST',
        url: '/api/me/portfolio/imports?language=en',
        headers: as === undefined ? {} : asPerson(as),
        payload,
      })
    const listed = async (as: SignedIn) =>
      (
        await testApp.app.inject({
          method: 'GET',
          url: '/api/me/portfolio/imports',
          headers: asPerson(as),
        })
      ).json<{ items: ImportedBody[] }>().items
    const auditLength = async () => (await testApp.osaamo.deps.stores.audit.listAll()).length

    it('verifies a pasted credential from another issuer and keeps it with the full report', async () => {
      const text = await vector('1edtech-ob30-simple-did-key.json')
      const response = await importCredential(learner, { credential: text, origin: 'paste' })
      expect(response.statusCode, response.body).toBe(201)
      const body = response.json<ImportedBody>()
      expect(body).toMatchObject({
        isVerified: true,
        failedChecks: [],
        issuerName: 'Andy F. Miller',
      })
      expect(body.report.checks.find((check) => check.id === 'proof')?.outcome).toBe('ok')
      expect(body.credential).toEqual(JSON.parse(text))
      expect((await listed(learner)).map((item) => item.id)).toEqual([body.id])
      const detail = await testApp.app.inject({
        method: 'GET',
        url: `/api/me/portfolio/imports/${body.id}`,
        headers: asPerson(learner),
      })
      expect(detail.json<ImportedBody>().report.verified).toBe(true)
    })

    it('refuses the same credential again, however it arrives, and names the one held', async () => {
      const [held] = await listed(learner)
      const auditBefore = await auditLength()
      const again = await importCredential(learner, {
        credential: JSON.parse(await vector('1edtech-ob30-simple-did-key.json')),
        origin: 'upload',
      })
      expect(again.statusCode).toBe(409)
      expect(again.json()).toMatchObject({
        code: 'PORTFOLIO_CREDENTIAL_DUPLICATE',
        details: { held: { kind: 'imported', id: held?.id } },
      })
      expect(await listed(learner)).toHaveLength(1)
      expect(await auditLength()).toBe(auditBefore)
    })

    it('keeps a tampered credential, marked with the failed check', async () => {
      const response = await importCredential(learner, {
        credential: await vector('dcc-v2-tampered.json'),
        origin: 'upload',
      })
      expect(response.statusCode, response.body).toBe(201)
      const body = response.json<ImportedBody>()
      expect(body.isVerified).toBe(false)
      expect(body.failedChecks.length).toBeGreaterThan(0)
      // The test clock stands still: both have one import time, so either may come first.
      expect((await listed(learner)).map((item) => item.isVerified).sort()).toEqual([false, true])
    })

    it.each([
      ['an empty paste', '', 'empty'],
      ['plain text', 'my badge', 'not-json'],
      ['JSON that is not a credential', '{"name":"Badge image manifest"}', 'not-a-credential'],
      [
        'a presentation',
        '{"@context":["https://www.w3.org/ns/credentials/v2"],"type":["VerifiablePresentation"]}',
        'not-a-credential',
      ],
    ])('refuses %s, changing nothing', async (_name, credential, code) => {
      const before = await listed(learner)
      const auditBefore = await auditLength()
      const response = await importCredential(learner, { credential, origin: 'paste' })
      expect(response.statusCode).toBe(400)
      expect(response.json()).toMatchObject({
        code: 'PORTFOLIO_IMPORT_INVALID',
        details: { problems: [{ path: 'credential', code }] },
      })
      expect(await listed(learner)).toEqual(before)
      expect(await auditLength()).toBe(auditBefore)
    })

    it('fetches a credential from its address, and explains an address that gives none', async () => {
      const documents: Record<string, string> = {
        '/badge.json': await vector('obspec-ob3-ldp-testvector.json'),
        '/not-a-badge.json': '{"name":"a page about badges"}',
      }
      const server: Server = createServer((request, response) => {
        const body = documents[request.url ?? '']
        response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' })
        response.end(body ?? '{}')
      })
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      try {
        const fetched = await importCredential(learner, {
          url: `${base}/badge.json`,
          origin: 'url',
        })
        expect(fetched.statusCode, fetched.body).toBe(201)
        expect(fetched.json()).toMatchObject({ origin: 'url', sourceUrl: `${base}/badge.json` })
        const before = await listed(learner)
        for (const [url, code] of [
          ['ftp://example.fi/badge.json', 'url-invalid'],
          ['not an address', 'url-invalid'],
          [`${base}/missing.json`, 'url-unreachable'],
          [`${base}/not-a-badge.json`, 'not-a-credential'],
        ]) {
          const refused = await importCredential(learner, { url, origin: 'url' })
          expect(refused.statusCode, url).toBe(400)
          expect(refused.json()).toMatchObject({ details: { problems: [{ code }] } })
        }
        expect(await listed(learner)).toEqual(before)
        const removed = await testApp.app.inject({
          method: 'DELETE',
          url: `/api/me/portfolio/imports/${fetched.json<ImportedBody>().id}`,
          headers: asPerson(learner),
        })
        expect(removed.statusCode).toBe(204)
      } finally {
        server.close()
      }
    })

    it('asks who is importing, and keeps each learner’s portfolio to themselves', async () => {
      const anonymous = await importCredential(undefined, { credential: '{}', origin: 'paste' })
      expect(anonymous.statusCode).toBe(401)
      const [mine] = await listed(learner)
      expect(await listed(designer)).toEqual([])
      for (const method of ['GET', 'DELETE'] as const) {
        const other = await testApp.app.inject({
          method,
          url: `/api/me/portfolio/imports/${mine?.id}`,
          headers: asPerson(designer),
        })
        expect(other.statusCode).toBe(404)
      }
      expect(await listed(learner)).toHaveLength(2)
    })

    it('exports the imported credentials with the personal data, and removes one on request', async () => {
      const exported = await testApp.app.inject({
        method: 'GET',
        url: '/api/me/export',
        headers: asPerson(learner),
      })
      const data = exported.json<{ importedCredentials: { id: string; isVerified: boolean }[] }>()
      expect(data.importedCredentials.map((item) => item.isVerified).sort()).toEqual([false, true])
      const tampered = (await listed(learner)).find((item) => !item.isVerified)
      const url = `/api/me/portfolio/imports/${tampered?.id}`
      const removed = await testApp.app.inject({
        method: 'DELETE',
        url,
        headers: asPerson(learner),
      })
      expect(removed.statusCode).toBe(204)
      const again = await testApp.app.inject({ method: 'DELETE', url, headers: asPerson(learner) })
      expect(again.statusCode).toBe(404)
      expect(again.json()).toMatchObject({ code: 'PORTFOLIO_CREDENTIAL_NOT_FOUND' })
      expect(await listed(learner)).toHaveLength(1)
    })

    it('deletes the imported credentials with the account', async () => {
      await testApp.app.inject({ method: 'DELETE', url: '/api/me', headers: asPerson(learner) })
      expect(
        await testApp.osaamo.deps.stores.importedCredentials.listForPerson(learner.personId),
      ).toEqual([])
    })
  },
)
