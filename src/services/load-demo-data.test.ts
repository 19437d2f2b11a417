import { describe, expect, it } from 'vitest'
import type { Deps } from './deps.js'
import { loadDemoData } from './load-demo-data.js'

describe('loadDemoData', () => {
  it('refuses an installation that is not a demo, before touching anything', async () => {
    const untouchable = new Proxy({} as Deps, {
      get: (_target, property) => {
        if (property === 'isDemo') {
          return false
        }
        throw new TypeError(`loadDemoData touched deps.${String(property)}`)
      },
    })
    await expect(loadDemoData(untouchable)).rejects.toMatchObject({ code: 'DEMO_DATA_REFUSED' })
  })
})
