import { describe, expect, it } from 'vitest'
import { runDifferentialShard } from './fast-rdfc-differential.js'

const numRuns = 2_500
describe('the fast canonicalisation path, shard 1', () => {
  it('gives the canonical N-Quads and proofs of jsonld.js and @digitalbazaar/vc for generated credentials', {
    timeout: 600_000,
  }, async () => {
    const fast = await runDifferentialShard(0x05ee_d001, numRuns)
    // Nearly every generated credential must take the fast path, or the test proves nothing.
    expect(fast).toBeGreaterThan(numRuns * 0.95)
  })
})
