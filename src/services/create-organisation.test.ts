import { describe, expect, it } from 'vitest'
import {
  type AuditEntry,
  anonymous,
  type Organisation,
  type Stores,
  system,
} from '../core/index.js'
import { createOrganisation } from './create-organisation.js'

/** Just enough of the stores for this use case, in memory. */
function memoryStores() {
  const saved: Organisation[] = []
  const audited: string[] = []
  const stores = {
    organisations: {
      create: async (organisation: Organisation) => {
        saved.push(organisation)
      },
    },
    audit: {
      append: async (entry: { action: string }) => {
        audited.push(entry.action)
        return {} as AuditEntry
      },
    },
  }
  return { saved, audited, stores: stores as unknown as Stores }
}

function depsWith(stores: Stores) {
  return {
    clock: { now: () => new Date('2026-11-28T12:00:00Z') },
    ids: { newId: () => '20000000-0000-4000-8000-000000000001' },
    transaction: <T>(work: (stores: Stores) => Promise<T>) => work(stores),
  }
}

const lappi = {
  slug: 'lappi-open',
  kind: 'institution',
  name: { fi: 'Lapin avoin yliopisto' },
  country: 'FI',
  region: 'Lappi',
} as const

describe('createOrganisation', () => {
  it('stores the organisation with a new id and the current time, and audits it', async () => {
    const { saved, audited, stores } = memoryStores()
    const created = await createOrganisation(depsWith(stores), system, lappi)
    expect(created).toMatchObject({
      id: '20000000-0000-4000-8000-000000000001',
      slug: 'lappi-open',
    })
    expect(created.createdAt.toISOString()).toBe('2026-11-28T12:00:00.000Z')
    expect(saved).toEqual([created])
    expect(audited).toEqual(['organisation.created'])
  })

  it('reports every problem at once and stores nothing', async () => {
    const { saved, stores } = memoryStores()
    const attempt = createOrganisation(depsWith(stores), system, {
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
    expect(saved).toEqual([])
  })

  it('is the operator’s alone: anyone else is refused', async () => {
    const { saved, stores } = memoryStores()
    await expect(createOrganisation(depsWith(stores), anonymous, lappi)).rejects.toMatchObject({
      code: 'AUTHENTICATION_REQUIRED',
    })
    expect(saved).toEqual([])
  })
})
