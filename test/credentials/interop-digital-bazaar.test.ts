import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  addDataIntegrityProof,
  createDocumentLoader,
  generateEd25519Key,
  type JsonObject,
  toMultikeyDocument,
  verifyProofWithKey,
} from '../../src/credentials/index.js'
import { referenceIssuer } from '../support/digital-bazaar.js'

// Osaamo's eddsa-rdfc-2022 proofs and @digitalbazaar/vc's must be interchangeable: each verifies
// the other's, and for the same key, document and date both make the same proof.
const controller = 'https://issuer.example.fi/organisations/kaarnala-open'
const { proof: _proof, ...openBadge } = JSON.parse(
  readFileSync(
    new URL('../fixtures/vectors/real-credentials/obspec-ob3-ldp-testvector.json', import.meta.url),
    'utf8',
  ),
) as JsonObject
const unsigned: JsonObject = {
  ...openBadge,
  issuer: { ...(openBadge.issuer as JsonObject), id: controller },
  validFrom: '2026-11-28T10:00:00Z',
}
const created = '2026-11-28T10:00:00Z'
const loader = createDocumentLoader()

async function setUp() {
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
  return { key, reference, options }
}

describe('interoperability with @digitalbazaar/vc', () => {
  it('has credentials signed by Osaamo verified by @digitalbazaar/vc', async () => {
    const { key, reference, options } = await setUp()
    const signed = await addDataIntegrityProof(unsigned, key, options, loader)
    const result = await reference.verify(signed, new Date(created))
    expect(result.error).toBeUndefined()
    expect(result.verified).toBe(true)
  })

  it('verifies credentials signed by @digitalbazaar/vc', async () => {
    const { key, reference } = await setUp()
    const signed = (await reference.sign(unsigned, created)) as JsonObject
    expect(await verifyProofWithKey(signed, signed.proof as JsonObject, key, loader)).toBe(true)
  })

  it('makes the same proof as @digitalbazaar/vc for the same key, document and date', async () => {
    const { key, reference, options } = await setUp()
    const ours = await addDataIntegrityProof(unsigned, key, options, loader)
    const theirs = await reference.sign(unsigned, created)
    expect(ours).toEqual(theirs)
  })

  it('has @digitalbazaar/vc reject an Osaamo credential changed after signing', async () => {
    const { key, reference, options } = await setUp()
    const signed = await addDataIntegrityProof(unsigned, key, options, loader)
    const result = await reference.verify({ ...signed, name: 'Changed' }, new Date(created))
    expect(result.verified).toBe(false)
  })
})
