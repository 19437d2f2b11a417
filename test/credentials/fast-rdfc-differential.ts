import fc from 'fast-check'
import { expect } from 'vitest'
import {
  toCanonicalNQuads,
  toCanonicalNQuadsWithJsonLd,
} from '../../src/credentials/canonical-form.js'
import { decideFastPath } from '../../src/credentials/fast-rdfc/fast-path.js'
import {
  addDataIntegrityProof,
  createDocumentLoader,
  generateEd25519Key,
  type JsonObject,
  toMultikeyDocument,
} from '../../src/credentials/index.js'
import { referenceIssuer } from '../support/digital-bazaar.js'
import { credential } from './fast-rdfc-credentials.js'

// One shard of the differential test of the fast canonicalisation path: generated credentials
// must give the same canonical N-Quads through Osaamo's routing (fast path) as through jsonld.js
// + rdf-canonize, and the same eddsa-rdfc-2022 proof as @digitalbazaar/vc with the same key and
// date. Several shards with their own seeds run in parallel (one Vitest worker each).

const loader = createDocumentLoader()
const controller = 'did:web:osaamo.example.fi:organisations:kaarnala-open'
const created = '2026-11-28T10:00:00Z'

type Outcome = { nquads: string } | { error: string }

async function outcomeOf(canonicalise: () => Promise<string>): Promise<Outcome> {
  try {
    return { nquads: await canonicalise() }
  } catch (error) {
    return { error: (error as { problem?: string }).problem ?? String(error) }
  }
}

/**
 * Runs `numRuns` generated credentials; answers how many took the fast path. Every credential's
 * N-Quads are compared with jsonld.js's; every `proofEvery`-th credential's proof also with the
 * reference library's (its signing runs jsonld.js twice, which is what the time goes on).
 */
export async function runDifferentialShard(
  seed: number,
  numRuns: number,
  proofEvery = 5,
  documents: fc.Arbitrary<JsonObject> = credential,
): Promise<number> {
  const key = generateEd25519Key()
  const reference = await referenceIssuer({
    ...toMultikeyDocument(key, { includeSecret: true, controller }),
    controller,
  })
  const options = {
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-rdfc-2022',
    created,
    verificationMethod: reference.verificationMethod,
    proofPurpose: 'assertionMethod',
  }
  let fast = 0
  let run = 0
  await fc.assert(
    fc.asyncProperty(documents, async (document) => {
      const decision = await decideFastPath(document, loader)
      if (decision.fast) {
        fast += 1
      }
      run += 1
      const routed = await outcomeOf(() => toCanonicalNQuads(document, loader))
      const general = await outcomeOf(() => toCanonicalNQuadsWithJsonLd(document, loader))
      expect(routed).toEqual(general)
      if ('error' in general) {
        await expect(addDataIntegrityProof(document, key, options, loader)).rejects.toThrow()
        return
      }
      if (run % proofEvery !== 0) {
        return
      }
      const ours = await addDataIntegrityProof(document, key, options, loader)
      const theirs = await reference.sign(document, created)
      expect((ours.proof as JsonObject).proofValue).toBe((theirs.proof as JsonObject).proofValue)
    }),
    { seed, numRuns, endOnFailure: true },
  )
  return fast
}
