import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  addDataIntegrityProof,
  createDocumentLoader,
  type JsonObject,
  keyFromMultikey,
  type ProofOptions,
  toCanonicalJson,
  toCanonicalNQuads,
  verifyProofWithKey,
} from '../../src/credentials/index.js'

// The W3C vc-di-eddsa and 1EdTech OB 3.0 / CLR 2.0 vectors, read verbatim from
// test/fixtures/vectors; the expected values come from those files, never from the code.
const vectors = new URL('../fixtures/vectors/', import.meta.url)
function readVector<T = JsonObject>(file: string): T {
  return JSON.parse(readFileSync(new URL(file, vectors), 'utf8')) as T
}

type SuiteVector = {
  unsignedDocumentFile: string
  proofOptionsFile: string
  signedDocumentFile: string
  canonicalDocument: string
  canonicalProofOptions: string
  proofValue: string
}
const eddsa = readVector<{
  keyPair: { publicKeyMultibase: string; secretKeyMultibase: string }
  suites: Record<string, SuiteVector>
}>('eddsa-vectors.json')
const loader = createDocumentLoader()
const w3cKey = keyFromMultikey({ type: 'Multikey', ...eddsa.keyPair })

function suite(name: string): SuiteVector {
  const vector = eddsa.suites[name]
  if (vector === undefined) {
    throw new Error(`no vector ${name}`)
  }
  return vector
}

describe('the W3C eddsa-rdfc-2022 vector', () => {
  const vector = suite('eddsa-rdfc-2022')
  const unsigned = readVector(vector.unsignedDocumentFile)
  const options = readVector<ProofOptions>(vector.proofOptionsFile)

  it('canonicalises the document and the proof options byte for byte', async () => {
    expect(await toCanonicalNQuads(unsigned, loader)).toBe(vector.canonicalDocument)
    expect(await toCanonicalNQuads(options, loader)).toBe(vector.canonicalProofOptions)
  })

  it('reproduces the signed document and its proofValue', async () => {
    const signed = await addDataIntegrityProof(unsigned, w3cKey, options, loader)
    expect(signed).toEqual(readVector(vector.signedDocumentFile))
  })

  it('verifies the published signed document', async () => {
    const signed = readVector(vector.signedDocumentFile)
    expect(await verifyProofWithKey(signed, signed.proof as JsonObject, w3cKey, loader)).toBe(true)
  })

  it('rejects the signed document once a value is changed', async () => {
    const signed = readVector(vector.signedDocumentFile)
    const changed = { ...signed, validFrom: '2023-01-02T00:00:00Z' }
    expect(await verifyProofWithKey(changed, signed.proof as JsonObject, w3cKey, loader)).toBe(
      false,
    )
  })
})

describe('the W3C eddsa-jcs-2022 vector', () => {
  const vector = suite('eddsa-jcs-2022')
  const unsigned = readVector(vector.unsignedDocumentFile)
  const options = readVector<ProofOptions>(vector.proofOptionsFile)

  it('canonicalises the document and the proof options byte for byte', () => {
    expect(toCanonicalJson(unsigned)).toBe(vector.canonicalDocument)
    expect(toCanonicalJson(options)).toBe(vector.canonicalProofOptions)
  })

  it('reproduces the signed document, keeping the proof @context', async () => {
    const signed = await addDataIntegrityProof(unsigned, w3cKey, options, loader)
    expect(signed).toEqual(readVector(vector.signedDocumentFile))
    expect((signed.proof as JsonObject).proofValue).toBe(vector.proofValue)
  })

  it('verifies the published signed document and rejects a changed one', async () => {
    const signed = readVector(vector.signedDocumentFile)
    const proof = signed.proof as JsonObject
    expect(await verifyProofWithKey(signed, proof, w3cKey, loader)).toBe(true)
    expect(await verifyProofWithKey({ ...signed, name: 'x' }, proof, w3cKey, loader)).toBe(false)
  })
})

describe('the legacy Ed25519Signature2020 vector', () => {
  const vector = suite('Ed25519Signature2020 (legacy, same key)')

  it('verifies the published signed document', async () => {
    const signed = readVector(vector.signedDocumentFile)
    const proof = signed.proof as JsonObject
    expect(proof.proofValue).toBe(vector.proofValue)
    expect(await verifyProofWithKey(signed, proof, w3cKey, loader)).toBe(true)
  })
})

describe('the Open Badges 3.0 and CLR 2.0 signing vectors', () => {
  const ob = readVector<{
    keyPair: { publicKeyMultibase: string; secretKeyMultibase: string }
    proofOptions: ProofOptions
    openBadgeCredential: {
      canonicalDocument: string
      canonicalProofOptions: string
      proofValue: string
    }
    clrCredential: {
      canonicalDocument: string
      proofValue: string
      nestedAchievementCredentialProofValue: string
    }
  }>('ob-spec-vectors.json')
  // The 1EdTech key is exported as 0x8026 + seed ‖ public (64 bytes), the older format.
  const obKey = keyFromMultikey({ type: 'Multikey', ...ob.keyPair })

  it('reproduces the Open Badge vector byte for byte', async () => {
    const { proof: _proof, ...unsigned } = readVector(
      'real-credentials/obspec-ob3-ldp-testvector.json',
    )
    expect(await toCanonicalNQuads(unsigned, loader)).toBe(ob.openBadgeCredential.canonicalDocument)
    const signed = await addDataIntegrityProof(unsigned, obKey, ob.proofOptions, loader)
    expect((signed.proof as JsonObject).proofValue).toBe(ob.openBadgeCredential.proofValue)
  })

  it('reproduces the CLR vector, with its nested credential kept as signed', async () => {
    const published = readVector('real-credentials/obspec-clr2-ldp-testvector.json')
    const { proof: _proof, ...unsigned } = published
    expect(await toCanonicalNQuads(unsigned, loader)).toBe(ob.clrCredential.canonicalDocument)
    const signed = await addDataIntegrityProof(unsigned, obKey, ob.proofOptions, loader)
    expect((signed.proof as JsonObject).proofValue).toBe(ob.clrCredential.proofValue)
    expect(JSON.stringify(published)).toContain(
      ob.clrCredential.nestedAchievementCredentialProofValue,
    )
  })
})

describe('the static document loader', () => {
  it('refuses a context it does not hold instead of fetching it', async () => {
    const unsigned = readVector('unsigned-employment-authorization.json')
    await expect(toCanonicalNQuads(unsigned, loader)).rejects.toMatchObject({
      problem: 'CONTEXT_UNKNOWN',
    })
  })

  it('refuses a term no context defines (JSON-LD safe mode)', async () => {
    const unsigned = readVector(suite('eddsa-rdfc-2022').unsignedDocumentFile)
    const withoutExamples = { ...unsigned, '@context': ['https://www.w3.org/ns/credentials/v2'] }
    await expect(toCanonicalNQuads(withoutExamples, loader)).rejects.toMatchObject({
      problem: 'JSONLD_INVALID',
    })
  })
})
