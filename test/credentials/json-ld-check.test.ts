import fc from 'fast-check'
import jsonld from 'jsonld'
import { describe, expect, it } from 'vitest'
import {
  addDataIntegrityProof,
  createDocumentLoader,
  generateEd25519Key,
  type JsonObject,
} from '../../src/credentials/index.js'
import { checkJsonLd } from '../../src/credentials/json-ld-check.js'
import { credential } from './fast-rdfc-credentials.js'

// The verifier's json-ld check answers "valid" from the fast path when it covers the document and
// each of its proofs (decision 0021); these tests hold that answer to jsonld.js's safe mode on the
// whole signed document, proof included.

const loader = createDocumentLoader()
const key = generateEd25519Key()
const signed = (document: JsonObject) =>
  addDataIntegrityProof(
    document,
    key,
    {
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      created: '2026-11-28T10:00:00Z',
      verificationMethod: `did:key:${key.publicKeyMultibase}#${key.publicKeyMultibase}`,
      proofPurpose: 'assertionMethod',
    },
    loader,
  )

function sampleCredential(seed: number): JsonObject {
  const [sample] = fc.sample(credential, { numRuns: 1, seed })
  if (sample === undefined) {
    throw new TypeError('fast-check gave no sample')
  }
  return sample
}

async function isValidForJsonLd(document: JsonObject): Promise<boolean> {
  try {
    await jsonld.expand(document, { documentLoader: loader, safe: true, base: null })
    return true
  } catch {
    return false
  }
}

describe('the json-ld check of a signed credential', () => {
  it('agrees with jsonld.js safe mode on the whole document for generated credentials', async () => {
    await fc.assert(
      fc.asyncProperty(credential, async (document) => {
        // Some generated documents cannot be signed at all (safe mode, canonicalisation limits):
        // the differential tests cover those; here only signed ones count.
        const secured = await signed(document).catch(() => undefined)
        if (secured === undefined) {
          return
        }
        const check = await checkJsonLd(secured, loader)
        expect(check.outcome === 'ok').toBe(await isValidForJsonLd(secured))
      }),
      { numRuns: 100, seed: 20261129 },
    )
  })

  it('refuses an undefined term inside the proof, naming it', async () => {
    const secured = await signed(sampleCredential(7))
    const proof = { ...(secured.proof as JsonObject), undefinedProofTerm: 'x' }
    const check = await checkJsonLd({ ...secured, proof }, loader)
    expect(check).toMatchObject({ outcome: 'failed', code: 'TERM_UNDEFINED' })
    expect(JSON.stringify(check)).toContain('undefinedProofTerm')
  })

  it('refuses an undefined term in the credential beside a valid proof', async () => {
    const secured = await signed(sampleCredential(8))
    const check = await checkJsonLd({ ...secured, undefinedTerm: 'x' }, loader)
    expect(check).toMatchObject({ outcome: 'failed', code: 'TERM_UNDEFINED' })
  })

  it('checks every proof of a proof set and a proof with its own context through jsonld.js', async () => {
    const secured = await signed(sampleCredential(9))
    const proof = secured.proof as JsonObject
    const set = await checkJsonLd({ ...secured, proof: [proof, { ...proof, bogus: 1 }] }, loader)
    expect(set).toMatchObject({ outcome: 'failed', code: 'TERM_UNDEFINED' })
    const withContext = await checkJsonLd(
      {
        ...secured,
        proof: { '@context': 'https://w3id.org/security/data-integrity/v2', ...proof },
      },
      loader,
    )
    expect(withContext.outcome).toBe(
      (await isValidForJsonLd({
        ...secured,
        proof: { '@context': 'https://w3id.org/security/data-integrity/v2', ...proof },
      }))
        ? 'ok'
        : 'failed',
    )
  })
})
