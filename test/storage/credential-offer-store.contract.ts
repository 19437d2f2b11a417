import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CredentialOffer, Organisation } from '../../src/core/index.js'
import { composeForTest, type TestComposition } from '../support/compose-for-test.js'
import type { TestDatabase } from '../support/test-databases.js'

const organisation: Organisation = {
  id: '30000000-0000-4000-8000-000000000001',
  slug: 'offering-university',
  kind: 'institution',
  name: { en: 'Offering University' },
  country: 'FI',
  region: undefined,
  createdAt: new Date('2026-01-01T00:00:00Z'),
}
const credentialId = '31000000-0000-4000-8000-000000000001'
const createdAt = new Date('2026-11-28T10:00:00Z')
const expiresAt = new Date('2026-11-28T10:10:00Z')

function buildOffer(n: number, overrides: Partial<CredentialOffer> = {}): CredentialOffer {
  return {
    id: `32000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    credentialId,
    codeHash: `code-hash-${n}`,
    txCodeHash: undefined,
    failedTxAttempts: 0,
    expiresAt,
    usedAt: undefined,
    accessTokenHash: undefined,
    accessTokenExpiresAt: undefined,
    deliveredAt: undefined,
    createdAt,
    createdBy: undefined,
    ...overrides,
  }
}

const redeemAt = new Date('2026-11-28T10:05:00Z')
const tokenExpiresAt = new Date('2026-11-28T10:10:00Z')
const redemption = (n: number, at = redeemAt) => ({
  accessTokenHash: `token-hash-${n}`,
  accessTokenExpiresAt: tokenExpiresAt,
  at,
  maxFailedTxAttempts: 5,
})

/** The credential offer store's contract; run against PGlite and a PostgreSQL server. */
export function describeCredentialOfferStoreContract(database: TestDatabase): void {
  describe(`credential offer store on the ${database.name} database`, () => {
    let osaamo: TestComposition
    beforeAll(async () => {
      osaamo = await composeForTest(database, { isDemo: false })
      await osaamo.deps.stores.organisations.create(organisation)
      await osaamo.deps.stores.issuedCredentials.create({
        id: credentialId,
        organisationId: organisation.id,
        format: 'eddsa-rdfc-2022',
        credential: { id: `urn:uuid:${credentialId}` },
        jwt: undefined,
        state: 'active',
        revocation: undefined,
        suspension: undefined,
        issuedAt: createdAt,
        statusChangedAt: undefined,
        statusReason: undefined,
        learnerPersonId: undefined,
        specificationVersionId: undefined,
        enrolmentId: undefined,
      })
    })
    afterAll(async () => {
      await osaamo?.close()
    })

    it('stores an offer and finds it by its code hash, field for field', async () => {
      const { credentialOffers } = osaamo.deps.stores
      const offer = buildOffer(1, { txCodeHash: 'tx-hash-1', createdBy: 'someone' })
      await credentialOffers.create(offer)
      expect(await credentialOffers.findByCodeHash('code-hash-1')).toEqual(offer)
      expect(await credentialOffers.findByCodeHash('code-hash-unknown')).toBeUndefined()
    })

    it('finds an offer by its code hash for update inside a transaction', async () => {
      const found = await osaamo.deps.transaction((stores) =>
        stores.credentialOffers.findByCodeHash('code-hash-1', { isForUpdate: true }),
      )
      expect(found?.id).toBe(buildOffer(1).id)
    })

    it('refuses a second offer with the same code hash', async () => {
      await expect(
        osaamo.deps.stores.credentialOffers.create(buildOffer(2, { codeHash: 'code-hash-1' })),
      ).rejects.toThrow()
    })

    it('redeems a code once, and then finds the offer by its access token hash', async () => {
      const { credentialOffers } = osaamo.deps.stores
      await credentialOffers.create(buildOffer(3))
      const id = buildOffer(3).id
      expect(await credentialOffers.redeem(id, redemption(3))).toBe(true)
      expect(await credentialOffers.redeem(id, redemption(33))).toBe(false)
      expect(await credentialOffers.findByAccessTokenHash('token-hash-3')).toEqual(
        buildOffer(3, {
          usedAt: redeemAt,
          accessTokenHash: 'token-hash-3',
          accessTokenExpiresAt: tokenExpiresAt,
        }),
      )
      expect(await credentialOffers.findByAccessTokenHash('token-hash-33')).toBeUndefined()
    })

    it('redeems exactly one of two exchanges of one code at the same time', async () => {
      const { credentialOffers } = osaamo.deps.stores
      await credentialOffers.create(buildOffer(4))
      const results = await Promise.all(
        [41, 42].map((n) =>
          osaamo.deps.transaction((stores) =>
            stores.credentialOffers.redeem(buildOffer(4).id, redemption(n)),
          ),
        ),
      )
      expect(results.filter(Boolean)).toHaveLength(1)
    })

    it('does not redeem an expired code', async () => {
      const { credentialOffers } = osaamo.deps.stores
      await credentialOffers.create(buildOffer(5))
      expect(await credentialOffers.redeem(buildOffer(5).id, redemption(5, expiresAt))).toBe(false)
      expect((await credentialOffers.findByCodeHash('code-hash-5'))?.usedAt).toBeUndefined()
    })

    it('counts wrong transaction codes and does not redeem a code with too many', async () => {
      const { credentialOffers } = osaamo.deps.stores
      await credentialOffers.create(buildOffer(6, { txCodeHash: 'tx-hash-6' }))
      const id = buildOffer(6).id
      const counts: number[] = []
      for (let attempt = 0; attempt < 5; attempt += 1) {
        counts.push(await credentialOffers.recordFailedTxAttempt(id))
      }
      expect(counts).toEqual([1, 2, 3, 4, 5])
      expect(await credentialOffers.redeem(id, redemption(6))).toBe(false)
      expect((await credentialOffers.findByCodeHash('code-hash-6'))?.failedTxAttempts).toBe(5)
    })

    it('marks an offer delivered once, and not after its access token has expired', async () => {
      const { credentialOffers } = osaamo.deps.stores
      await credentialOffers.create(buildOffer(7))
      await credentialOffers.create(buildOffer(8))
      await credentialOffers.redeem(buildOffer(7).id, redemption(7))
      await credentialOffers.redeem(buildOffer(8).id, redemption(8))
      const at = new Date('2026-11-28T10:06:00Z')
      expect(await credentialOffers.markDelivered(buildOffer(7).id, at)).toBe(true)
      expect(await credentialOffers.markDelivered(buildOffer(7).id, at)).toBe(false)
      expect((await credentialOffers.findByAccessTokenHash('token-hash-7'))?.deliveredAt).toEqual(
        at,
      )
      expect(await credentialOffers.markDelivered(buildOffer(8).id, tokenExpiresAt)).toBe(false)
    })
  })
}
