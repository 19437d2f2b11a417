import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type JsonObject, type Organisation, system } from '../../src/core/index.js'
import {
  changeCredentialStatus,
  getDidDocument,
  getOrganisation,
  issueSignedCredential,
  rotateSigningKey,
} from '../../src/services/index.js'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import {
  statusEntries,
  unsignedCredential,
  verifiesWithDidDocument,
} from '../support/credential-fixtures.js'
import { asPerson, type SignedIn, signIn } from '../support/sign-in.js'
import { testDatabases } from '../support/test-databases.js'

const did = 'did:web:localhost%3A3000:organisations:kaarnala-open'

type KeyBody = {
  id: string
  publicKeyMultibase: string
  verificationMethod: string
  createdAt: string
  retiredAt: string | null
}

for (const database of testDatabases) {
  describe(`signing keys and their rotation on the ${database.name} database`, () => {
    let testApp: TestApp
    let kaarnala: Organisation
    const people: Record<string, SignedIn> = {}
    beforeAll(async () => {
      testApp = await buildTestApp(database)
      kaarnala = await getOrganisation(testApp.osaamo.deps, 'kaarnala-open')
      for (const role of ['admin', 'registrar', 'designer', 'partner', 'learner']) {
        people[role] = await signIn(testApp.app, `${role}@demo.osaamo.fi`)
      }
    })
    afterAll(async () => {
      await testApp?.close()
    })

    const as = (role: string) => asPerson(people[role] as SignedIn)
    const issue = () =>
      issueSignedCredential(testApp.osaamo.deps, {
        actor: system,
        organisationId: kaarnala.id,
        credential: unsignedCredential(),
        format: 'eddsa-rdfc-2022',
        withStatus: true,
      })
    const listKeys = async (role = 'designer') => {
      const response = await testApp.app.inject({
        method: 'GET',
        url: '/api/organisations/kaarnala-open/signing-keys',
        headers: as(role),
      })
      expect(response.statusCode).toBe(200)
      return response.json<{ items: KeyBody[] }>().items
    }
    const rotate = (headers: Record<string, string>, slug = 'kaarnala-open') =>
      testApp.app.inject({
        method: 'POST',
        url: `/api/organisations/${slug}/signing-keys/rotate`,
        headers,
      })

    it('has no key before the organisation first signs, and one active key after', async () => {
      expect(await listKeys()).toEqual([])
      await issue()
      const [key, ...others] = await listKeys()
      expect(others).toEqual([])
      expect(key).toMatchObject({
        publicKeyMultibase: expect.stringMatching(/^z6Mk/),
        retiredAt: null,
      })
      expect(key?.verificationMethod).toBe(`${did}#${key?.publicKeyMultibase}`)
      const document = await getDidDocument(testApp.osaamo.deps, 'kaarnala-open')
      expect(document).toEqual({
        '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
        id: did,
        verificationMethod: [
          {
            id: key?.verificationMethod,
            type: 'Multikey',
            controller: did,
            publicKeyMultibase: key?.publicKeyMultibase,
          },
        ],
        assertionMethod: [key?.verificationMethod],
        authentication: [key?.verificationMethod],
      })
    })

    it('shows the keys to every member of the organisation’s staff, and to nobody else', async () => {
      for (const role of ['admin', 'registrar', 'designer']) {
        expect(await listKeys(role)).toHaveLength(1)
      }
      for (const role of ['partner', 'learner']) {
        const response = await testApp.app.inject({
          method: 'GET',
          url: '/api/organisations/kaarnala-open/signing-keys',
          headers: as(role),
        })
        expect(response.statusCode).toBe(403)
      }
      const anonymous = await testApp.app.inject({
        method: 'GET',
        url: '/api/organisations/kaarnala-open/signing-keys',
      })
      expect(anonymous.statusCode).toBe(401)
    })

    it('lets only admins rotate', async () => {
      for (const role of ['registrar', 'designer', 'partner', 'learner']) {
        const response = await rotate(as(role))
        expect(response.statusCode).toBe(403)
        expect(response.json()).toMatchObject({ code: 'PERMISSION_DENIED' })
      }
      expect((await rotate({})).statusCode).toBe(401)
      expect((await rotate(as('admin'), 'nobody')).statusCode).toBe(404)
      expect(await listKeys()).toHaveLength(1)
    })

    it('rotates: the old key is retired but stays in the DID document, so old credentials verify', async () => {
      const before = (await issue()).verifiableCredential as JsonObject
      const [oldKey] = await listKeys()
      const response = await rotate(as('admin'))
      expect(response.statusCode).toBe(201)
      const { activeKey, retiredKey } = response.json<{
        activeKey: KeyBody
        retiredKey: KeyBody
      }>()
      expect(retiredKey).toMatchObject({
        id: oldKey?.id,
        retiredAt: '2026-11-28T10:00:00.000Z',
      })
      expect(activeKey.publicKeyMultibase).not.toBe(oldKey?.publicKeyMultibase)
      expect((await listKeys()).map((key) => key.retiredAt === null)).toEqual([false, true])

      const document = await getDidDocument(testApp.osaamo.deps, 'kaarnala-open')
      expect(document.verificationMethod).toHaveLength(2)
      expect(document.assertionMethod).toEqual([
        retiredKey.verificationMethod,
        activeKey.verificationMethod,
      ])
      expect(document.authentication).toEqual([activeKey.verificationMethod])
      expect(await verifiesWithDidDocument(testApp.osaamo.deps, before)).toBe(true)

      const after = (await issue()).verifiableCredential as JsonObject
      expect((after.proof as JsonObject).verificationMethod).toBe(activeKey.verificationMethod)
      expect(await verifiesWithDidDocument(testApp.osaamo.deps, after)).toBe(true)
    })

    it('signs a status list again with the new key after a rotation', async () => {
      const credential = await issue()
      await rotate(as('admin'))
      await changeCredentialStatus(testApp.osaamo.deps, system, credential.id, 'revoke', 'Test')
      const { url } = statusEntries(credential.verifiableCredential as JsonObject).revocation
      const list = (
        await testApp.app.inject({ method: 'GET', url: url.replace('http://localhost:3000', '') })
      ).json<JsonObject>()
      const [, , activeKey] = await listKeys()
      expect((list.proof as JsonObject).verificationMethod).toBe(activeKey?.verificationMethod)
      expect(await verifiesWithDidDocument(testApp.osaamo.deps, list)).toBe(true)
    })

    it('records making and rotating keys in the audit log', async () => {
      const response = await testApp.app.inject({
        method: 'GET',
        url: '/api/organisations/kaarnala-open/audit?limit=500',
        headers: as('admin'),
      })
      const actions = response
        .json<{ items: { action: string; actor: { kind: string } }[] }>()
        .items.map((entry) => `${entry.action} by ${entry.actor.kind}`)
      expect(actions).toContain('signing-key.created by system')
      expect(actions.filter((action) => action === 'signing-key.rotated by person')).toHaveLength(2)
    })

    it('rotates an organisation that has no key yet into its first key', async () => {
      const { activeKey, retiredKey } = await rotateSigningKey(
        testApp.osaamo.deps,
        system,
        'pohjanranta-uas',
      )
      expect(retiredKey).toBeUndefined()
      expect(activeKey.verificationMethod).toMatch(
        /^did:web:localhost%3A3000:organisations:pohjanranta-uas#z6Mk/,
      )
    })
  })
}
