import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createInstallationVerifier, readDidDocuments } from '../../src/compose-verifier.js'
import {
  addDataIntegrityProof,
  createDocumentLoader,
  generateEd25519Key,
  type JsonObject,
} from '../../src/credentials/index.js'

// A partner installation whose did:web cannot be reached: its DID document comes from the
// OSAAMO_DID_DOCUMENTS folder instead.
const partner = 'did:web:badges.partner.example:organisations:revontuli'
const key = generateEd25519Key()
const method = `${partner}#${key.publicKeyMultibase}`
const didDocument = {
  '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
  id: partner,
  verificationMethod: [
    {
      id: method,
      type: 'Multikey',
      controller: partner,
      publicKeyMultibase: key.publicKeyMultibase,
    },
  ],
  assertionMethod: [method],
}

async function partnerCredential(): Promise<JsonObject> {
  return addDataIntegrityProof(
    {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiableCredential'],
      issuer: partner,
      validFrom: '2026-01-01T00:00:00Z',
      credentialSubject: { id: 'did:example:learner' },
    },
    key,
    {
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      created: '2026-01-01T00:00:00Z',
      verificationMethod: method,
      proofPurpose: 'assertionMethod',
    },
    createDocumentLoader(),
  )
}

describe("the installation's verifier", () => {
  let folder: string
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'osaamo-dids-'))
    await writeFile(join(folder, 'revontuli.json'), JSON.stringify(didDocument))
  })
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true })
  })

  const verifierWith = (trustedIssuers: string[]) =>
    createInstallationVerifier({
      settings: { trustedIssuers, didDocumentsDirectory: folder },
      publicUrl: 'https://osaamo.example.fi',
      clock: { now: () => new Date('2026-11-28T10:00:00Z') },
      localDocuments: async () => undefined,
    })

  it('resolves a DID from the OSAAMO_DID_DOCUMENTS folder without the network', async () => {
    const report = await verifierWith([]).verify(await partnerCredential())
    expect(report.verified).toBe(true)
    expect(report.checks.find((check) => check.id === 'issuer-key')?.outcome).toBe('ok')
  })

  it('warns about an untrusted issuer and trusts one on the list, a prefix included', async () => {
    const credential = await partnerCredential()
    const trust = async (list: string[]) =>
      (await verifierWith(list).verify(credential)).checks.find((c) => c.id === 'issuer-trust')
    expect(await trust([])).toMatchObject({ outcome: 'warning', code: 'ISSUER_NOT_TRUSTED' })
    expect(await trust(['did:web:badges.partner.example:organisations:*'])).toMatchObject({
      outcome: 'ok',
    })
  })

  it("trusts this installation's own organisations", async () => {
    const own = createInstallationVerifier({
      settings: { trustedIssuers: [], didDocumentsDirectory: undefined },
      publicUrl: 'https://badges.partner.example',
      clock: { now: () => new Date('2026-11-28T10:00:00Z') },
      localDocuments: async (url) => (url.includes('revontuli') ? didDocument : undefined),
    })
    const report = await own.verify(await partnerCredential())
    expect(report.checks.find((check) => check.id === 'issuer-trust')?.outcome).toBe('ok')
  })

  it('refuses a folder file that is not a DID document, naming it', async () => {
    const bad = await mkdtemp(join(tmpdir(), 'osaamo-dids-bad-'))
    try {
      await writeFile(join(bad, 'broken.json'), '{"id": "https://not-a-did"}')
      expect(() => readDidDocuments(bad)).toThrow(/broken\.json has no DID/)
      await writeFile(join(bad, 'broken.json'), '{not json')
      expect(() => readDidDocuments(bad)).toThrow(/broken\.json is not JSON/)
    } finally {
      await rm(bad, { recursive: true, force: true })
    }
  })
})
