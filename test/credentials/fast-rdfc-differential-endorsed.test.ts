import { describe, expect, it } from 'vitest'
import { endorsedCredential } from './fast-rdfc-credentials.js'
import { runDifferentialShard } from './fast-rdfc-differential.js'

// Credentials carrying signed endorsements: nested @context lists and embedded proofs (@graph
// containers) on the fast path, against jsonld.js and the reference library.
const numRuns = 600
describe('the fast canonicalisation path, endorsed credentials', () => {
  it('gives the canonical N-Quads and proofs of jsonld.js and @digitalbazaar/vc for generated endorsed credentials', {
    timeout: 600_000,
  }, async () => {
    const fast = await runDifferentialShard(0x05ee_d0e5, numRuns, 5, endorsedCredential)
    expect(fast).toBeGreaterThan(numRuns * 0.9)
  })
})
