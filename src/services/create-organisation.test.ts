import { describe, expect, it } from 'vitest'
import type { Organisation, Stores } from '../core/index.js'
import { createOrganisation } from './create-organisation.js'

function memoryStores(): Stores & { saved: Organisation[] } {
  const saved: Organisation[] = []
  return {
    saved,
    organisations: {
      create: async (organisation) => {
        saved.push(organisation)
      },
      findById: async (id) => saved.find((organisation) => organisation.id === id),
      findBySlug: async (slug) => saved.find((organisation) => organisation.slug === slug),
      list: async () => [...saved],
    },
    settings: { find: async () => undefined, setIfAbsent: async () => true },
  }
}

const deps = (stores: Stores) => ({
  clock: { now: () => new Date('2026-11-28T12:00:00Z') },
  ids: { newId: () => '20000000-0000-4000-8000-000000000001' },
  stores,
})

describe('createOrganisation', () => {
  it('stores the organisation with a new id and the current time', async () => {
    const stores = memoryStores()
    const created = await createOrganisation(deps(stores), {
      slug: 'lappi-open',
      kind: 'institution',
      name: { fi: 'Lapin avoin yliopisto' },
      country: 'FI',
      region: 'Lappi',
    })
    expect(created).toMatchObject({
      id: '20000000-0000-4000-8000-000000000001',
      slug: 'lappi-open',
    })
    expect(created.createdAt.toISOString()).toBe('2026-11-28T12:00:00.000Z')
    expect(stores.saved).toEqual([created])
  })

  it('reports every problem at once and stores nothing', async () => {
    const stores = memoryStores()
    const attempt = createOrganisation(deps(stores), {
      slug: 'Not A Slug',
      kind: 'partner',
      name: { fi: '  ' },
      country: 'Finland',
      region: undefined,
    })
    await expect(attempt).rejects.toMatchObject({
      code: 'REQUEST_INVALID',
      details: {
        problems: [
          expect.objectContaining({ path: 'slug' }),
          expect.objectContaining({ path: 'name' }),
          expect.objectContaining({ path: 'country' }),
        ],
      },
    })
    expect(stores.saved).toEqual([])
  })
})
