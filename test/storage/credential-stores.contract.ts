import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  emptyBitstring,
  type IssuedCredential,
  minimumStatusListLength,
  type Organisation,
  type OrganisationSigningKey,
  type StatusList,
  withBit,
} from '../../src/core/index.js'
import { composeForTest, type TestComposition } from '../support/compose-for-test.js'
import type { TestDatabase } from '../support/test-databases.js'

const organisation: Organisation = {
  id: '20000000-0000-4000-8000-000000000001',
  slug: 'issuing-university',
  kind: 'institution',
  name: { en: 'Issuing University' },
  country: 'FI',
  region: undefined,
  createdAt: new Date('2026-01-01T00:00:00Z'),
}

function buildKey(
  n: number,
  overrides: Partial<OrganisationSigningKey> = {},
): OrganisationSigningKey {
  return {
    id: `21000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    organisationId: organisation.id,
    publicKeyMultibase: `z6MkTestKey${n}`,
    sealedSecret: `v1.sealed-${n}`,
    createdAt: new Date(`2026-02-0${n}T00:00:00Z`),
    retiredAt: undefined,
    ...overrides,
  }
}

function buildList(n: number, overrides: Partial<StatusList> = {}): StatusList {
  const at = new Date('2026-03-01T00:00:00Z')
  return {
    id: `22000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    organisationId: organisation.id,
    purpose: 'revocation',
    sequence: n,
    length: minimumStatusListLength,
    bits: emptyBitstring(),
    credential: {
      id: `list-${n}`,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    },
    signedAt: at,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  }
}

function buildCredential(n: number, overrides: Partial<IssuedCredential> = {}): IssuedCredential {
  return {
    id: `23000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    organisationId: organisation.id,
    format: 'eddsa-rdfc-2022',
    credential: { id: `urn:uuid:${n}`, proof: { proofValue: 'z123' } },
    jwt: undefined,
    state: 'active',
    revocation: undefined,
    suspension: undefined,
    issuedAt: new Date('2026-04-01T00:00:00Z'),
    statusChangedAt: undefined,
    statusReason: undefined,
    learnerPersonId: undefined,
    specificationVersionId: undefined,
    enrolmentId: undefined,
    ...overrides,
  }
}

/** The credential stores' contract; run against PGlite and a PostgreSQL server. */
export function describeCredentialStoreContract(database: TestDatabase): void {
  describe(`credential stores on the ${database.name} database`, () => {
    let osaamo: TestComposition
    beforeAll(async () => {
      osaamo = await composeForTest(database, { isDemo: false })
      await osaamo.deps.stores.organisations.create(organisation)
    })
    afterAll(async () => {
      await osaamo?.close()
    })

    describe('signing key store', () => {
      it('stores a first active key, field for field, and refuses a second active one', async () => {
        const { signingKeys } = osaamo.deps.stores
        expect(await signingKeys.createIfNoneActive(buildKey(1))).toBe(true)
        expect(await signingKeys.createIfNoneActive(buildKey(2))).toBe(false)
        expect(await signingKeys.findActive(organisation.id)).toEqual(buildKey(1))
      })

      it('stores exactly one of two first keys made at the same time', async () => {
        const other: Organisation = {
          ...organisation,
          id: '20000000-0000-4000-8000-000000000002',
          slug: 'racing-university',
        }
        await osaamo.deps.stores.organisations.create(other)
        const results = await Promise.all(
          [3, 4].map((n) =>
            osaamo.deps.transaction((stores) =>
              stores.signingKeys.createIfNoneActive(buildKey(n, { organisationId: other.id })),
            ),
          ),
        )
        expect(results.filter(Boolean)).toHaveLength(1)
        expect(await osaamo.deps.stores.signingKeys.listForOrganisation(other.id)).toHaveLength(1)
      })

      it('retires the active key, keeps it, and then takes a new active one', async () => {
        const { signingKeys } = osaamo.deps.stores
        const at = new Date('2026-02-05T00:00:00Z')
        expect(await signingKeys.retireActive(organisation.id, at)).toEqual(
          buildKey(1, { retiredAt: at }),
        )
        expect(await signingKeys.findActive(organisation.id)).toBeUndefined()
        expect(await signingKeys.createIfNoneActive(buildKey(5))).toBe(true)
        expect(await signingKeys.listForOrganisation(organisation.id)).toEqual([
          buildKey(1, { retiredAt: at }),
          buildKey(5),
        ])
        expect(await signingKeys.retireActive(organisation.id, at)).toEqual(
          buildKey(5, { retiredAt: at }),
        )
        expect(await signingKeys.retireActive(organisation.id, at)).toBeUndefined()
      })
    })

    describe('status list store', () => {
      it('stores a list with its bits and credential, once per sequence number', async () => {
        const { statusLists } = osaamo.deps.stores
        const list = buildList(1, { bits: withBit(emptyBitstring(), 131_071, true) })
        expect(await statusLists.create(list)).toBe(true)
        expect(await statusLists.create(buildList(2, { sequence: 1 }))).toBe(false)
        const found = await statusLists.findById(list.id)
        expect(found).toEqual(list)
        expect(found?.bits).toBeInstanceOf(Uint8Array)
      })

      it('refuses a list shorter than 131,072 entries', async () => {
        await expect(
          osaamo.deps.stores.statusLists.create(
            buildList(9, { sequence: 9, length: 1024, bits: emptyBitstring(1024) }),
          ),
        ).rejects.toThrow()
      })

      it('finds the latest list of an organisation and purpose', async () => {
        const { statusLists } = osaamo.deps.stores
        await statusLists.create(buildList(3, { sequence: 2 }))
        await statusLists.create(buildList(4, { purpose: 'suspension' }))
        expect((await statusLists.findLatest(organisation.id, 'revocation'))?.id).toBe(
          buildList(3).id,
        )
        expect((await statusLists.findLatest(organisation.id, 'suspension'))?.id).toBe(
          buildList(4).id,
        )
        expect(
          await statusLists.findLatest('20000000-0000-4000-8000-0000000000ff', 'revocation'),
        ).toBeUndefined()
      })

      it('replaces the bits and the signed credential', async () => {
        const { statusLists } = osaamo.deps.stores
        const bits = withBit(emptyBitstring(), 5, true)
        const signedAt = new Date('2026-03-02T00:00:00Z')
        await statusLists.update(buildList(3).id, {
          bits,
          credential: { id: 'list-3', version: 2 },
          signedAt,
        })
        expect(await statusLists.findById(buildList(3).id)).toMatchObject({
          bits,
          credential: { id: 'list-3', version: 2 },
          signedAt,
          updatedAt: signedAt,
        })
      })

      it('hands out each index of a list once, ever', async () => {
        const { statusLists } = osaamo.deps.stores
        const at = new Date('2026-03-03T00:00:00Z')
        const listId = buildList(3).id
        expect(await statusLists.claimIndex(listId, 7, at)).toBe(true)
        expect(await statusLists.claimIndex(listId, 7, at)).toBe(false)
        expect(await statusLists.claimIndex(buildList(4).id, 7, at)).toBe(true)
        expect(await statusLists.countClaimedIndexes(listId)).toBe(1)
      })

      it('finds the n-th index never claimed', async () => {
        const { statusLists } = osaamo.deps.stores
        const at = new Date('2026-03-03T00:00:00Z')
        const listId = buildList(1).id
        for (const index of [0, 1, 3]) {
          await statusLists.claimIndex(listId, index, at)
        }
        const length = minimumStatusListLength
        expect(await statusLists.findUnclaimedIndex(listId, length, 0)).toBe(2)
        expect(await statusLists.findUnclaimedIndex(listId, length, 1)).toBe(4)
        expect(await statusLists.findUnclaimedIndex(listId, length, length - 4)).toBe(length - 1)
        expect(await statusLists.findUnclaimedIndex(listId, length, length - 3)).toBeUndefined()
      })
    })

    describe('issued credential store', () => {
      it('returns a stored credential with its status positions, field for field', async () => {
        const credential = buildCredential(1, {
          revocation: { listId: buildList(1).id, index: 42 },
          suspension: { listId: buildList(4).id, index: 99 },
        })
        await osaamo.deps.stores.issuedCredentials.create(credential)
        expect(await osaamo.deps.stores.issuedCredentials.findById(credential.id)).toEqual(
          credential,
        )
      })

      it('keeps a VC-JWT with the credential it carries', async () => {
        const credential = buildCredential(2, { format: 'vc+jwt', jwt: 'eyJ.eyJ.sig' })
        await osaamo.deps.stores.issuedCredentials.create(credential)
        expect(await osaamo.deps.stores.issuedCredentials.findById(credential.id)).toEqual(
          credential,
        )
      })

      it('refuses a second credential with the same id', async () => {
        await expect(
          osaamo.deps.stores.issuedCredentials.create(buildCredential(1)),
        ).rejects.toMatchObject({ code: 'CREDENTIAL_INVALID' })
      })

      it('changes the state with its reason and time', async () => {
        const at = new Date('2026-04-02T00:00:00Z')
        await osaamo.deps.transaction(async (stores) => {
          const locked = await stores.issuedCredentials.findById(buildCredential(1).id, {
            isForUpdate: true,
          })
          expect(locked?.state).toBe('active')
          await stores.issuedCredentials.updateState(buildCredential(1).id, {
            state: 'suspended',
            reason: 'Under investigation',
            at,
          })
        })
        expect(
          await osaamo.deps.stores.issuedCredentials.findById(buildCredential(1).id),
        ).toMatchObject({
          state: 'suspended',
          statusReason: 'Under investigation',
          statusChangedAt: at,
        })
      })

      it('finds nothing for an unknown id', async () => {
        expect(
          await osaamo.deps.stores.issuedCredentials.findById(
            '23000000-0000-4000-8000-0000000000ff',
          ),
        ).toBeUndefined()
      })
    })
  })
}
