import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  emptyBitstring,
  type JsonObject,
  minimumStatusListLength,
  type Organisation,
  type RandomNumbers,
  type StatusList,
  type StatusListStore,
  type Stores,
  system,
} from '../../src/core/index.js'
import {
  createCredentialSigner,
  createKeyVault,
  encodeStatusList,
} from '../../src/credentials/index.js'
import { allocateStatusEntry } from '../../src/services/allocate-status-entry.js'
import {
  createOrganisation,
  findPublicDocument,
  issueSignedCredential,
} from '../../src/services/index.js'
import {
  composeForTest,
  fixedClock,
  sequentialIds,
  type TestComposition,
  testPublicUrl,
} from '../support/compose-for-test.js'
import {
  statusBits,
  statusEntries,
  unsignedCredential,
  verifiesWithDidDocument,
} from '../support/credential-fixtures.js'
import { testDatabases } from '../support/test-databases.js'

/** A random source that answers the given numbers in turn, then keeps answering the last. */
function pinnedRandom(values: number[]): RandomNumbers {
  let next = 0
  return {
    integerBelow: (limit) => {
      const value = values[Math.min(next, values.length - 1)] ?? 0
      next += 1
      return value % limit
    },
  }
}

for (const database of testDatabases) {
  describe(`status list indexes on the ${database.name} database`, () => {
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

    const issue = (deps = osaamo.deps) =>
      issueSignedCredential(deps, {
        actor: system,
        organisationId: organisation.id,
        credential: unsignedCredential(),
        format: 'eddsa-rdfc-2022',
        withStatus: true,
      })

    it('publishes lists of at least 131,072 entries, signed by the organisation’s DID', async () => {
      const { verifiableCredential } = await issue()
      for (const { url } of Object.values(statusEntries(verifiableCredential as JsonObject))) {
        const list = await findPublicDocument(osaamo.deps, url)
        expect(list).toBeDefined()
        const listCredential = list as JsonObject
        expect(listCredential).toMatchObject({
          '@context': ['https://www.w3.org/ns/credentials/v2'],
          id: url,
          type: ['VerifiableCredential', 'BitstringStatusListCredential'],
          issuer: 'did:web:localhost%3A3000:organisations:kaarnala-open',
          validFrom: '2026-11-28T10:00:00Z',
          credentialSubject: { id: `${url}#list`, type: 'BitstringStatusList' },
          proof: { cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod' },
        })
        expect(statusBits(listCredential).length * 8).toBeGreaterThanOrEqual(131_072)
        expect(statusBits(listCredential).every((byte) => byte === 0)).toBe(true)
        expect(await verifiesWithDidDocument(osaamo.deps, listCredential)).toBe(true)
      }
    })

    it('hands out random indexes, each once', async () => {
      const indexes: number[] = []
      for (let count = 0; count < 40; count += 1) {
        const { verifiableCredential } = await issue()
        indexes.push(statusEntries(verifiableCredential as JsonObject).revocation.index)
      }
      expect(new Set(indexes).size).toBe(indexes.length)
      // Issue order must not show: the indexes are neither ascending nor bunched together.
      expect(indexes).not.toEqual([...indexes].sort((a, b) => a - b))
      expect(Math.max(...indexes) - Math.min(...indexes)).toBeGreaterThan(10_000)
      expect(indexes.every((index) => index >= 0 && index < minimumStatusListLength)).toBe(true)
    })

    it('draws again when the random index was handed out before, and never reuses it', async () => {
      const deps = {
        ...osaamo.deps,
        random: pinnedRandom([70_001, 70_001, 70_001, 90_009, 70_001, 110_011]),
      }
      const first = statusEntries((await issue(deps)).verifiableCredential as JsonObject)
      const second = statusEntries((await issue(deps)).verifiableCredential as JsonObject)
      expect([first.revocation.index, first.suspension.index]).toEqual([70_001, 70_001])
      expect([second.revocation.index, second.suspension.index]).toEqual([90_009, 110_011])
      expect(
        await osaamo.deps.stores.statusLists.claimIndex(
          first.revocation.url.split('/').pop() ?? '',
          70_001,
          new Date(),
        ),
      ).toBe(false)
    })
  })
}

/** An in-memory StatusListStore, to test lists far smaller than any real one. */
function memoryStatusLists(
  lists: StatusList[],
  claimed: Map<string, Set<number>>,
): StatusListStore {
  const claimsOf = (listId: string) => {
    const set = claimed.get(listId) ?? new Set<number>()
    claimed.set(listId, set)
    return set
  }
  return {
    async create(list) {
      if (lists.some((l) => l.purpose === list.purpose && l.sequence === list.sequence)) {
        return false
      }
      lists.push(list)
      return true
    },
    async findById(id) {
      return lists.find((list) => list.id === id)
    },
    async findLatest(_organisationId, purpose) {
      return lists
        .filter((list) => list.purpose === purpose)
        .sort((a, b) => b.sequence - a.sequence)[0]
    },
    async update() {},
    async claimIndex(listId, index) {
      const claims = claimsOf(listId)
      if (claims.has(index)) {
        return false
      }
      claims.add(index)
      return true
    },
    async claimIndexes(listId, indexes) {
      const claims = claimsOf(listId)
      const fresh = indexes.filter((index) => !claims.has(index))
      for (const index of fresh) {
        claims.add(index)
      }
      return fresh
    },
    async countClaimedIndexes(listId) {
      return claimsOf(listId).size
    },
    async findUnclaimedIndex(listId, length, position) {
      const free = Array.from({ length }, (_, index) => index).filter(
        (index) => !claimsOf(listId).has(index),
      )
      return free[position]
    },
  }
}

describe('status list allocation in a crowded or full list', () => {
  const vault = createKeyVault(new Uint8Array(32).fill(3))
  const generated = vault.generate()
  const key = vault.open({
    ...generated,
    verificationMethod: `did:example:x#${generated.publicKeyMultibase}`,
  })
  const smallList: StatusList = {
    id: '00000000-0000-4000-8000-0000000000aa',
    organisationId: '00000000-0000-4000-8000-0000000000bb',
    purpose: 'revocation',
    sequence: 1,
    length: 16,
    bits: emptyBitstring(16),
    credential: {},
    signedAt: new Date('2026-01-01T00:00:00Z'),
    createdAt: new Date('2026-01-01T00:00:00Z'),
    updatedAt: new Date('2026-01-01T00:00:00Z'),
  }
  const context = {
    organisationId: smallList.organisationId,
    purpose: 'revocation' as const,
    issuer: 'did:example:x',
    key,
  }
  const deps = (random: RandomNumbers) => ({
    clock: fixedClock(),
    ids: sequentialIds(),
    random,
    credentialSigner: createCredentialSigner(),
    statusListEncoder: { encode: encodeStatusList },
    publicUrl: testPublicUrl,
  })

  it('finds the last free index of a crowded list when random picks keep missing', async () => {
    const claimed = new Map([
      [smallList.id, new Set([...Array(16).keys()].filter((i) => i !== 11))],
    ])
    const stores = { statusLists: memoryStatusLists([smallList], claimed) } as unknown as Stores
    const { list, index } = await allocateStatusEntry(deps(pinnedRandom([0])), stores, context)
    expect(list.id).toBe(smallList.id)
    expect(index).toBe(11)
  })

  it('opens the next list, full size and signed, when the latest is full', async () => {
    const lists = [smallList]
    const claimed = new Map([[smallList.id, new Set(Array.from({ length: 16 }, (_, i) => i))]])
    const stores = { statusLists: memoryStatusLists(lists, claimed) } as unknown as Stores
    const { list, index } = await allocateStatusEntry(
      deps(pinnedRandom([0, 4242])),
      stores,
      context,
    )
    expect(list).toMatchObject({ sequence: 2, length: minimumStatusListLength })
    expect(list.credential).toMatchObject({
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      proof: { cryptosuite: 'eddsa-rdfc-2022' },
    })
    expect(lists).toHaveLength(2)
    expect(index).toBe(4242)
  })
})
