import { verify } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { anonymous, type JsonObject, type Organisation, system } from '../../src/core/index.js'
import { keyFromMultikey } from '../../src/credentials/index.js'
import {
  createOrganisation,
  getDidDocument,
  issueSignedCredential,
} from '../../src/services/index.js'
import { composeForTest, type TestComposition } from '../support/compose-for-test.js'
import {
  personWithRoles,
  statusEntries,
  unsignedCredential,
  verifiesWithDidDocument,
} from '../support/credential-fixtures.js'
import { testDatabases } from '../support/test-databases.js'

const did = 'did:web:localhost%3A3000:organisations:kaarnala-open'

for (const database of testDatabases) {
  describe(`issuing a signed credential on the ${database.name} database`, () => {
    let osaamo: TestComposition
    let organisation: Organisation
    beforeAll(async () => {
      osaamo = await composeForTest(database, { isDemo: false })
      organisation = await createOrganisation(osaamo.deps, system, {
        slug: 'kaarnala-open',
        kind: 'institution',
        name: { en: 'Kaarnala Open University' },
        country: 'FI',
        region: undefined,
      })
    })
    afterAll(async () => {
      await osaamo?.close()
    })

    const issue = (overrides: Partial<Parameters<typeof issueSignedCredential>[1]> = {}) =>
      issueSignedCredential(osaamo.deps, {
        actor: personWithRoles(organisation.id, ['registrar']),
        organisationId: organisation.id,
        credential: unsignedCredential(),
        format: 'eddsa-rdfc-2022',
        withStatus: true,
        ...overrides,
      })

    async function countAudit(action: string): Promise<number> {
      const entries = await osaamo.deps.stores.audit.listAll()
      return entries.filter((entry) => entry.action === action).length
    }

    it('gives the credential an id, the DID as issuer, two status entries and a proof that verifies', async () => {
      const { id, verifiableCredential } = await issue()
      const signed = verifiableCredential as JsonObject
      expect(signed.id).toBe(`urn:uuid:${id}`)
      expect(signed.issuer).toBe(did)
      const { revocation, suspension } = statusEntries(signed)
      for (const [purpose, { url, index, entry }] of [
        ['revocation', revocation],
        ['suspension', suspension],
      ] as const) {
        expect(url).toMatch(/^http:\/\/localhost:3000\/status-lists\/[0-9a-f-]{36}$/)
        expect(entry).toEqual({
          id: `${url}#${index}`,
          type: 'BitstringStatusListEntry',
          statusPurpose: purpose,
          statusListIndex: String(index),
          statusListCredential: url,
        })
      }
      expect(revocation.url).not.toBe(suspension.url)
      expect(signed.proof).toMatchObject({
        type: 'DataIntegrityProof',
        cryptosuite: 'eddsa-rdfc-2022',
        proofPurpose: 'assertionMethod',
        verificationMethod: expect.stringMatching(new RegExp(`^${did}#z6Mk`)),
      })
      expect(await verifiesWithDidDocument(osaamo.deps, signed)).toBe(true)
    })

    it('stores the credential as active with its status positions, and audits the issue', async () => {
      const before = await countAudit('credential.issued')
      const { id, verifiableCredential } = await issue()
      const stored = await osaamo.deps.stores.issuedCredentials.findById(id)
      const { revocation } = statusEntries(verifiableCredential as JsonObject)
      expect(stored).toMatchObject({
        id,
        organisationId: organisation.id,
        format: 'eddsa-rdfc-2022',
        state: 'active',
        credential: verifiableCredential,
        jwt: undefined,
        revocation: { index: revocation.index },
      })
      expect(await countAudit('credential.issued')).toBe(before + 1)
    })

    it('signs with eddsa-jcs-2022 too', async () => {
      const { verifiableCredential } = await issue({ format: 'eddsa-jcs-2022' })
      const signed = verifiableCredential as JsonObject
      expect(signed.proof).toMatchObject({ cryptosuite: 'eddsa-jcs-2022' })
      expect(await verifiesWithDidDocument(osaamo.deps, signed)).toBe(true)
    })

    it('makes a VC-JWT whose signature the DID document’s key verifies', async () => {
      const { id, verifiableCredential } = await issue({ format: 'vc+jwt', withStatus: false })
      expect(typeof verifiableCredential).toBe('string')
      const [header, payload, signature] = String(verifiableCredential).split('.')
      const decodedHeader = JSON.parse(Buffer.from(header ?? '', 'base64url').toString())
      expect(decodedHeader).toMatchObject({ alg: 'EdDSA', typ: 'vc+jwt' })
      expect(JSON.parse(Buffer.from(payload ?? '', 'base64url').toString())).toMatchObject({
        id: `urn:uuid:${id}`,
        issuer: did,
        iss: did,
        jti: `urn:uuid:${id}`,
      })
      const didDocument = await getDidDocument(osaamo.deps, 'kaarnala-open')
      const method = (didDocument.verificationMethod as JsonObject[]).find(
        (candidate) => candidate.id === decodedHeader.kid,
      )
      const key = keyFromMultikey({
        type: 'Multikey',
        publicKeyMultibase: String(method?.publicKeyMultibase),
      })
      expect(
        verify(
          null,
          Buffer.from(`${header}.${payload}`),
          key.publicKey,
          Buffer.from(signature ?? '', 'base64url'),
        ),
      ).toBe(true)
      expect((await osaamo.deps.stores.issuedCredentials.findById(id))?.jwt).toBe(
        verifiableCredential,
      )
    })

    it('keeps an issuer object with the DID as its id, and leaves out status when asked', async () => {
      const issuer = { id: did, type: ['Profile'], name: 'Kaarnala Open University' }
      const { verifiableCredential } = await issue({
        credential: unsignedCredential({
          '@context': [
            'https://www.w3.org/ns/credentials/v2',
            'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
          ],
          issuer,
        }),
        withStatus: false,
      })
      expect((verifiableCredential as JsonObject).issuer).toEqual(issuer)
      expect((verifiableCredential as JsonObject).credentialStatus).toBeUndefined()
    })

    it('takes the credential’s own urn:uuid id, and refuses to issue that id twice', async () => {
      const credentialId = 'urn:uuid:3b8f0c52-1c7e-4f2a-9a77-0d6c1f0e2b11'
      const { id } = await issue({ credential: unsignedCredential({ id: credentialId }) })
      expect(id).toBe('3b8f0c52-1c7e-4f2a-9a77-0d6c1f0e2b11')
      await expect(
        issue({ credential: unsignedCredential({ id: credentialId }) }),
      ).rejects.toMatchObject({ code: 'CREDENTIAL_INVALID' })
    })

    it.each([
      ['another issuer', { issuer: 'did:web:elsewhere.example' }],
      ['an issuer object with another id', { issuer: { id: 'https://elsewhere.example' } }],
      ['a proof already', { proof: { type: 'DataIntegrityProof' } }],
      ['its own credentialStatus', { credentialStatus: { type: 'BitstringStatusListEntry' } }],
      ['a term no context defines', { favouriteColour: 'blue' }],
    ])('refuses a credential with %s, and changes nothing', async (_what, overrides) => {
      const auditBefore = (await osaamo.deps.stores.audit.listAll()).length
      const listBefore = await osaamo.deps.stores.statusLists.findLatest(
        organisation.id,
        'revocation',
      )
      const claimedBefore =
        listBefore === undefined
          ? 0
          : await osaamo.deps.stores.statusLists.countClaimedIndexes(listBefore.id)
      await expect(
        issue({ credential: unsignedCredential(overrides as JsonObject) }),
      ).rejects.toMatchObject({ code: 'CREDENTIAL_INVALID' })
      expect((await osaamo.deps.stores.audit.listAll()).length).toBe(auditBefore)
      const listAfter = await osaamo.deps.stores.statusLists.findLatest(
        organisation.id,
        'revocation',
      )
      expect(listAfter?.id).toBe(listBefore?.id)
      if (listAfter !== undefined) {
        expect(await osaamo.deps.stores.statusLists.countClaimedIndexes(listAfter.id)).toBe(
          claimedBefore,
        )
      }
    })

    it('refuses an unknown learner or a specification version that is not the organisation’s', async () => {
      await expect(
        issue({ learnerPersonId: '99999999-0000-4000-8000-0000000000ff' }),
      ).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' })
      await expect(issue({ specificationVersionId: 'not-a-uuid' })).rejects.toMatchObject({
        code: 'SPECIFICATION_VERSION_NOT_FOUND',
      })
    })

    it('lets registrars and admins issue, nobody else', async () => {
      await expect(
        issue({ actor: personWithRoles(organisation.id, ['admin']) }),
      ).resolves.toMatchObject({ id: expect.any(String) })
      await expect(
        issue({ actor: personWithRoles(organisation.id, ['designer', 'assessor']) }),
      ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' })
      await expect(issue({ actor: anonymous })).rejects.toMatchObject({
        code: 'AUTHENTICATION_REQUIRED',
      })
    })

    it('makes the organisation’s first key once, however many issue at the same time', async () => {
      const other = await createOrganisation(osaamo.deps, system, {
        slug: 'racing-university',
        kind: 'institution',
        name: { en: 'Racing University' },
        country: 'FI',
        region: undefined,
      })
      const results = await Promise.all(
        [1, 2, 3].map(() =>
          issueSignedCredential(osaamo.deps, {
            actor: system,
            organisationId: other.id,
            credential: unsignedCredential(),
            format: 'eddsa-rdfc-2022',
            withStatus: true,
          }),
        ),
      )
      const keys = await osaamo.deps.stores.signingKeys.listForOrganisation(other.id)
      expect(keys).toHaveLength(1)
      for (const { verifiableCredential } of results) {
        expect(((verifiableCredential as JsonObject).proof as JsonObject).verificationMethod).toBe(
          `did:web:localhost%3A3000:organisations:racing-university#${keys[0]?.publicKeyMultibase}`,
        )
      }
    })
  })
}
