import { createDecipheriv, createPrivateKey, createPublicKey } from 'node:crypto'
import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type JsonObject,
  type Organisation,
  type OrganisationSigningKey,
  system,
} from '../../src/core/index.js'
import { encodePublicKey, encodeSecretKey, rawPublicKey } from '../../src/credentials/multikey.js'
import { getOrganisation, issueSignedCredential } from '../../src/services/index.js'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { testKeyEncryptionKey } from '../support/compose-for-test.js'
import { statusEntries, unsignedCredential } from '../support/credential-fixtures.js'
import { asPerson, signIn } from '../support/sign-in.js'
import { testDatabases } from '../support/test-databases.js'

/** Opens a stored seal with the test installation's key-encryption key, as an attacker with it could. */
function unsealWithTestKey(key: OrganisationSigningKey): Buffer {
  const [, nonce, ciphertext, tag] = key.sealedSecret.split('.')
  const decipher = createDecipheriv(
    'aes-256-gcm',
    Buffer.from(testKeyEncryptionKey),
    Buffer.from(nonce ?? '', 'base64url'),
  )
  decipher.setAAD(Buffer.from(key.publicKeyMultibase, 'utf8'))
  decipher.setAuthTag(Buffer.from(tag ?? '', 'base64url'))
  return Buffer.concat([
    decipher.update(Buffer.from(ciphertext ?? '', 'base64url')),
    decipher.final(),
  ])
}

/** Every text form a 32-byte Ed25519 seed might take in an answer or a log line. */
function secretForms(key: OrganisationSigningKey): string[] {
  const seed = unsealWithTestKey(key)
  return [
    key.sealedSecret,
    key.sealedSecret.split('.')[2] ?? '',
    seed.toString('base64url'),
    seed.toString('base64'),
    seed.toString('hex'),
    encodeSecretKey(seed),
  ]
}

for (const database of testDatabases) {
  describe(`signing key secrecy on the ${database.name} database`, () => {
    let testApp: TestApp
    let kaarnala: Organisation
    const logLines: string[] = []
    beforeAll(async () => {
      const logStream = new Writable({
        write(chunk, _encoding, done) {
          logLines.push(String(chunk))
          done()
        },
      })
      testApp = await buildTestApp(database, { logLevel: 'trace', logStream })
      kaarnala = await getOrganisation(testApp.osaamo.deps, 'kaarnala-open')
    })
    afterAll(async () => {
      await testApp?.close()
    })

    it('stores the seed sealed: the column holds no form of it, and opens only with the KEK', async () => {
      await issueSignedCredential(testApp.osaamo.deps, {
        actor: system,
        organisationId: kaarnala.id,
        credential: unsignedCredential(),
        format: 'eddsa-rdfc-2022',
        withStatus: false,
      })
      const stored = await testApp.osaamo.deps.stores.signingKeys.findActive(kaarnala.id)
      if (stored === undefined) {
        throw new Error('no key was made')
      }
      expect(stored.sealedSecret).toMatch(/^v1\.[\w-]{16}\.[\w-]{43}\.[\w-]{22}$/)
      const seed = unsealWithTestKey(stored)
      expect(seed).toHaveLength(32)
      for (const form of secretForms(stored).slice(2)) {
        expect(stored.sealedSecret).not.toContain(form)
      }
      // The unsealed seed is the key's secret: it derives the stored public key.
      const publicKey = createPublicKey(
        createPrivateKey({
          key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]),
          format: 'der',
          type: 'pkcs8',
        }),
      )
      expect(encodePublicKey(rawPublicKey(publicKey))).toBe(stored.publicKeyMultibase)
    })

    it('never puts a secret in an API answer or the log', async () => {
      const admin = await signIn(testApp.app, 'admin@demo.osaamo.fi')
      const issued = await issueSignedCredential(testApp.osaamo.deps, {
        actor: system,
        organisationId: kaarnala.id,
        credential: unsignedCredential(),
        format: 'eddsa-rdfc-2022',
        withStatus: true,
      })
      const listUrl = statusEntries(issued.verifiableCredential as JsonObject).revocation.url
      const bodies: string[] = []
      const call = async (method: 'GET' | 'POST', url: string, payload?: JsonObject) => {
        const response = await testApp.app.inject({
          method,
          url,
          headers: asPerson(admin),
          ...(payload === undefined ? {} : { payload }),
        })
        expect(response.statusCode).toBeLessThan(300)
        bodies.push(response.body)
      }
      await call('GET', '/organisations/kaarnala-open/did.json')
      await call('GET', '/api/organisations/kaarnala-open/signing-keys')
      await call('POST', '/api/organisations/kaarnala-open/signing-keys/rotate')
      await call('GET', `/api/credentials/${issued.id}`)
      await call('POST', `/api/credentials/${issued.id}/suspend`, { reason: 'Checking' })
      await call('GET', listUrl.replace('http://localhost:3000', ''))
      await call('GET', '/api/organisations/kaarnala-open/audit?limit=500')
      await call('GET', '/api/organisations/kaarnala-open/signing-keys')
      const keys = await testApp.osaamo.deps.stores.signingKeys.listForOrganisation(kaarnala.id)
      expect(keys).toHaveLength(2)
      const everything = [...bodies, ...logLines].join('\n')
      expect(everything).not.toMatch(/secretKeyMultibase|sealedSecret|sealed_secret/)
      for (const key of keys) {
        expect(everything).toContain(key.publicKeyMultibase)
        for (const form of secretForms(key)) {
          expect(everything).not.toContain(form)
        }
      }
    })
  })
}
