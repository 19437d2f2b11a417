import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getBit, type JsonObject, type Organisation, system } from '../../src/core/index.js'
import {
  changeCredentialStatus,
  findPublicDocument,
  getDidDocument,
  getOrganisation,
  issueSignedCredential,
} from '../../src/services/index.js'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { statusBits, statusEntries, unsignedCredential } from '../support/credential-fixtures.js'
import { testDatabases } from '../support/test-databases.js'

for (const database of testDatabases) {
  describe(`status lists and DID documents over HTTP on the ${database.name} database`, () => {
    let testApp: TestApp
    let kaarnala: Organisation
    let credentialId: string
    let revocation: { url: string; index: number }
    beforeAll(async () => {
      testApp = await buildTestApp(database)
      kaarnala = await getOrganisation(testApp.osaamo.deps, 'kaarnala-open')
      const issued = await issueSignedCredential(testApp.osaamo.deps, {
        actor: system,
        organisationId: kaarnala.id,
        credential: unsignedCredential(),
        format: 'eddsa-rdfc-2022',
        withStatus: true,
      })
      credentialId = issued.id
      revocation = statusEntries(issued.verifiableCredential as JsonObject).revocation
    })
    afterAll(async () => {
      await testApp?.close()
    })

    const get = (url: string, headers: Record<string, string> = {}) =>
      testApp.app.inject({ method: 'GET', url: url.replace('http://localhost:3000', ''), headers })

    it('serves a status list publicly, cacheable for five minutes, with an ETag', async () => {
      const response = await get(revocation.url)
      expect(response.statusCode).toBe(200)
      expect(response.headers['content-type']).toMatch(/^application\/vc\+ld\+json/)
      expect(response.headers['cache-control']).toBe('public, max-age=300')
      expect(response.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/)
      expect(response.headers['access-control-allow-origin']).toBe('*')
      expect(response.json()).toEqual(await findPublicDocument(testApp.osaamo.deps, revocation.url))
    })

    it('answers 304 without a body while the list is unchanged', async () => {
      const { headers } = await get(revocation.url)
      const etag = String(headers.etag)
      for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
        const response = await get(revocation.url, { 'if-none-match': ifNoneMatch })
        expect(response.statusCode).toBe(304)
        expect(response.body).toBe('')
        expect(response.headers.etag).toBe(etag)
        expect(response.headers['cache-control']).toBe('public, max-age=300')
      }
      expect((await get(revocation.url, { 'if-none-match': '"other"' })).statusCode).toBe(200)
    })

    it('changes the ETag and the bit when a credential is revoked', async () => {
      const before = await get(revocation.url)
      await changeCredentialStatus(
        testApp.osaamo.deps,
        system,
        credentialId,
        'revoke',
        'Issued in error',
      )
      const after = await get(revocation.url, { 'if-none-match': String(before.headers.etag) })
      expect(after.statusCode).toBe(200)
      expect(after.headers.etag).not.toBe(before.headers.etag)
      expect(getBit(statusBits(before.json()), revocation.index)).toBe(false)
      expect(getBit(statusBits(after.json()), revocation.index)).toBe(true)
    })

    it('answers 404 STATUS_LIST_NOT_FOUND for an unknown list, whatever its id looks like', async () => {
      for (const id of ['00000000-0000-4000-8000-0000000000ff', 'not-a-list', '1']) {
        const response = await get(`/status-lists/${id}`)
        expect(response.statusCode).toBe(404)
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
        expect(response.json()).toMatchObject({ code: 'STATUS_LIST_NOT_FOUND' })
      }
    })

    it('serves the DID document as application/did+json, cacheable', async () => {
      const response = await get('/organisations/kaarnala-open/did.json')
      expect(response.statusCode).toBe(200)
      expect(response.headers['content-type']).toMatch(/^application\/did\+json/)
      expect(response.headers['cache-control']).toBe('public, max-age=300')
      const document = response.json()
      expect(document).toEqual(await getDidDocument(testApp.osaamo.deps, 'kaarnala-open'))
      expect(document).toMatchObject({
        '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
        id: 'did:web:localhost%3A3000:organisations:kaarnala-open',
      })
      expect(document.verificationMethod).toHaveLength(1)
      expect(
        await findPublicDocument(
          testApp.osaamo.deps,
          'http://localhost:3000/organisations/kaarnala-open/did.json',
        ),
      ).toEqual(document)
    })

    it('gives an organisation that has not signed yet a DID document with no keys', async () => {
      const response = await get('/organisations/pohjanranta-uas/did.json')
      expect(response.statusCode).toBe(200)
      expect(response.json()).toMatchObject({
        verificationMethod: [],
        assertionMethod: [],
        authentication: [],
      })
    })

    it('answers 404 for the DID document of an unknown organisation', async () => {
      const response = await get('/organisations/nobody/did.json')
      expect(response.statusCode).toBe(404)
      expect(response.json()).toMatchObject({ code: 'ORGANISATION_NOT_FOUND' })
      expect(
        await findPublicDocument(
          testApp.osaamo.deps,
          'http://localhost:3000/organisations/nobody/did.json',
        ),
      ).toBeUndefined()
    })

    it('finds no public document for addresses of other installations', async () => {
      for (const url of [
        revocation.url.replace('localhost:3000', 'elsewhere.example'),
        'https://example.com/organisations/kaarnala-open/did.json',
        'http://localhost:3000/status-lists/00000000-0000-4000-8000-0000000000ff',
      ]) {
        expect(await findPublicDocument(testApp.osaamo.deps, url)).toBeUndefined()
      }
    })
  })
}
