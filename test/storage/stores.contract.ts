import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError, type Organisation } from '../../src/core/index.js'
import { migrateToLatest, openDatabase } from '../../src/storage/index.js'
import { composeForTest, type TestComposition } from '../support/compose-for-test.js'
import type { TestDatabase } from '../support/test-databases.js'

function buildOrganisation(overrides: Partial<Organisation> = {}): Organisation {
  return {
    id: '10000000-0000-4000-8000-000000000001',
    slug: 'test-university',
    kind: 'institution',
    name: { fi: 'Testiyliopisto', en: 'Test University' },
    country: 'FI',
    region: 'Uusimaa',
    createdAt: new Date('2026-01-02T03:04:05.678Z'),
    ...overrides,
  }
}

/** The behaviour every storage back end must have; run against PGlite and a PostgreSQL server. */
export function describeStorageContract(database: TestDatabase): void {
  describe(`storage on the ${database.name} database`, () => {
    let osaamo: TestComposition
    beforeAll(async () => {
      osaamo = await composeForTest(database, { isDemo: false })
    })
    afterAll(async () => {
      await osaamo?.close()
    })

    describe('organisation store', () => {
      it('returns a created organisation by id and by slug, field for field', async () => {
        const organisation = buildOrganisation()
        await osaamo.deps.stores.organisations.create(organisation)
        expect(await osaamo.deps.stores.organisations.findById(organisation.id)).toEqual(
          organisation,
        )
        expect(await osaamo.deps.stores.organisations.findBySlug(organisation.slug)).toEqual(
          organisation,
        )
      })

      it('keeps an absent region absent', async () => {
        const organisation = buildOrganisation({
          id: '10000000-0000-4000-8000-000000000002',
          slug: 'no-region',
          region: undefined,
        })
        await osaamo.deps.stores.organisations.create(organisation)
        expect(
          (await osaamo.deps.stores.organisations.findById(organisation.id))?.region,
        ).toBeUndefined()
      })

      it('finds nothing for an unknown slug or id', async () => {
        expect(await osaamo.deps.stores.organisations.findBySlug('nobody')).toBeUndefined()
        expect(
          await osaamo.deps.stores.organisations.findById('10000000-0000-4000-8000-0000000000ff'),
        ).toBeUndefined()
      })

      it('refuses a second organisation with a taken slug', async () => {
        const duplicate = buildOrganisation({ id: '10000000-0000-4000-8000-000000000003' })
        await expect(osaamo.deps.stores.organisations.create(duplicate)).rejects.toMatchObject({
          code: 'ORGANISATION_SLUG_TAKEN',
        })
      })

      it('lists organisations ordered by slug', async () => {
        const slugs = (await osaamo.deps.stores.organisations.list()).map(
          (organisation) => organisation.slug,
        )
        expect(slugs).toEqual([...slugs].sort())
        expect(slugs).toContain('test-university')
      })
    })

    describe('setting store', () => {
      it('stores a value only the first time', async () => {
        const at = new Date('2026-05-01T00:00:00Z')
        expect(await osaamo.deps.stores.settings.setIfAbsent('colour', { name: 'blue' }, at)).toBe(
          true,
        )
        expect(await osaamo.deps.stores.settings.setIfAbsent('colour', { name: 'red' }, at)).toBe(
          false,
        )
        expect(await osaamo.deps.stores.settings.find('colour')).toEqual({ name: 'blue' })
      })

      it('round-trips strings, numbers and arrays as JSON', async () => {
        const at = new Date('2026-05-01T00:00:00Z')
        await osaamo.deps.stores.settings.setIfAbsent('text', 'kaksi', at)
        await osaamo.deps.stores.settings.setIfAbsent('list', [1, 'two', null], at)
        expect(await osaamo.deps.stores.settings.find('text')).toBe('kaksi')
        expect(await osaamo.deps.stores.settings.find('list')).toEqual([1, 'two', null])
      })
    })

    describe('unit of work', () => {
      it('keeps nothing of a transaction that fails part-way', async () => {
        const failure = new AppError('REQUEST_INVALID')
        await expect(
          osaamo.deps.transaction(async (stores) => {
            await stores.organisations.create(
              buildOrganisation({ id: '10000000-0000-4000-8000-000000000010', slug: 'half-saved' }),
            )
            throw failure
          }),
        ).rejects.toBe(failure)
        expect(await osaamo.deps.stores.organisations.findBySlug('half-saved')).toBeUndefined()
      })

      it('keeps every write of a transaction that succeeds', async () => {
        await osaamo.deps.transaction(async (stores) => {
          await stores.organisations.create(
            buildOrganisation({ id: '10000000-0000-4000-8000-000000000011', slug: 'first' }),
          )
          await stores.organisations.create(
            buildOrganisation({ id: '10000000-0000-4000-8000-000000000012', slug: 'second' }),
          )
        })
        expect(await osaamo.deps.stores.organisations.findBySlug('first')).toBeDefined()
        expect(await osaamo.deps.stores.organisations.findBySlug('second')).toBeDefined()
      })
    })

    describe('migrations', () => {
      it('build an empty database, then apply nothing once it is up to date', async () => {
        const { location, drop } = await database.create()
        // The embedded test template is migrated already; start this one from an empty cluster.
        const emptyLocation =
          location.kind === 'embedded'
            ? ({ kind: 'embedded', directory: undefined } as const)
            : location
        const handle = await openDatabase(emptyLocation)
        try {
          const first = await migrateToLatest(handle.db)
          const second = await migrateToLatest(handle.db)
          expect(first.applied.length).toBeGreaterThan(0)
          expect(second.applied).toEqual([])
        } finally {
          await handle.close()
          await drop()
        }
      })
    })
  })
}
