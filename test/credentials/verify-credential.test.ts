import { sign } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { emptyBitstring, type JsonObject, withBit } from '../../src/core/index.js'
import {
  addDataIntegrityProof,
  createDidResolver,
  createDocumentLoader,
  createStatusListFetcher,
  type Ed25519Key,
  type EddsaCryptosuite,
  encodeStatusList,
  generateEd25519Key,
  toVcJwt,
} from '../../src/credentials/index.js'
import {
  checkOf,
  createOfflineVerifier,
  failuresOf,
  offline,
  pinnedClock,
  readVector,
} from '../support/offline-verifier.js'

// The verifier on the W3C vectors, on credentials signed here with fresh keys, and on bad input.
// Every problem is a failed check with a stable code; no input makes verify() throw.

const loader = createDocumentLoader()
const listUrl = 'https://status.example/lists/1'

function didKeyOf(key: Ed25519Key): string {
  return `did:key:${key.publicKeyMultibase}`
}

function unsignedBadge(issuer: string): JsonObject {
  const { proof: _proof, ...badge } = readVector('real-credentials/obspec-ob3-ldp-testvector.json')
  return {
    ...badge,
    id: 'urn:uuid:5f0e1b1e-1d7c-4a8e-9a34-0c7e3c4b9a10',
    issuer: { ...(badge.issuer as JsonObject), id: issuer },
    validFrom: '2026-01-01T00:00:00Z',
    validUntil: '2030-01-01T00:00:00Z',
  }
}

async function signWith(
  document: JsonObject,
  key: Ed25519Key,
  verificationMethod: string,
  cryptosuite: EddsaCryptosuite = 'eddsa-rdfc-2022',
): Promise<JsonObject> {
  return addDataIntegrityProof(
    document,
    key,
    {
      type: 'DataIntegrityProof',
      cryptosuite,
      created: '2026-01-01T00:00:00Z',
      verificationMethod,
      proofPurpose: 'assertionMethod',
    },
    loader,
  )
}

/** A fresh did:key issuer and a badge it signed. */
async function signedBadge(
  change: (badge: JsonObject) => JsonObject = (badge) => badge,
  cryptosuite: EddsaCryptosuite = 'eddsa-rdfc-2022',
) {
  const key = generateEd25519Key()
  const did = didKeyOf(key)
  const credential = await signWith(
    change(unsignedBadge(did)),
    key,
    `${did}#${key.publicKeyMultibase}`,
    cryptosuite,
  )
  return { key, did, credential }
}

/** A signed BitstringStatusListCredential of `purpose` with the given indexes set. */
async function statusList(key: Ed25519Key, purpose: string, setIndexes: number[]) {
  const bits = setIndexes.reduce((list, index) => withBit(list, index, true), emptyBitstring())
  const did = didKeyOf(key)
  return signWith(
    {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: listUrl,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: did,
      validFrom: '2026-01-01T00:00:00Z',
      credentialSubject: {
        id: `${listUrl}#list`,
        type: 'BitstringStatusList',
        statusPurpose: purpose,
        encodedList: encodeStatusList(bits),
      },
    },
    key,
    `${did}#${key.publicKeyMultibase}`,
  )
}

function statusEntry(purpose: string, index: number): JsonObject {
  return {
    id: `${listUrl}#${index}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: purpose,
    statusListIndex: String(index),
    statusListCredential: listUrl,
  }
}

describe('the W3C vc-di-eddsa signed vectors', () => {
  // The vectors' issuer is https://vc.example/issuers/5678 but their key is a did:key, which
  // that issuer does not control: the proof is valid, the issuer binding is not, so Osaamo does
  // not call them verified (a credential anyone could have signed for that issuer).
  for (const file of [
    'signed-eddsa-rdfc-2022.json',
    'signed-eddsa-jcs-2022.json',
    'signed-ed25519signature2020.json',
  ]) {
    it(`${file}: a valid proof by a key its issuer does not control`, async () => {
      const report = await createOfflineVerifier().verify(readVector(file))
      expect(checkOf(report, 'proof')).toMatchObject({ outcome: 'ok', code: 'SIGNATURE_VALID' })
      expect(failuresOf(report)).toEqual(['issuer-key/KEY_CONTROLLER_MISMATCH'])
      expect(checkOf(report, 'issuer-key').details).toMatchObject({
        controller: 'did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2',
        issuerId: 'https://vc.example/issuers/5678',
      })
    })
  }

  it('signed-eddsa-rdfc-2022-employment.json: refused for its unknown citizenship context', async () => {
    const report = await createOfflineVerifier().verify(
      readVector('signed-eddsa-rdfc-2022-employment.json'),
    )
    expect(failuresOf(report)).toEqual(['json-ld/CONTEXT_UNKNOWN'])
    expect(checkOf(report, 'json-ld').message.en).toContain('https://w3id.org/citizenship/v4rc1')
  })
})

describe('a credential signed with a fresh did:key', () => {
  for (const cryptosuite of ['eddsa-rdfc-2022', 'eddsa-jcs-2022'] as const) {
    it(`verifies with ${cryptosuite}, every check ok but the schema and the trust list`, async () => {
      const { credential, did } = await signedBadge(undefined, cryptosuite)
      const report = await createOfflineVerifier().verify(credential)
      expect(report).toMatchObject({
        verified: true,
        format: 'data-integrity',
        issuerId: did,
        credentialId: 'urn:uuid:5f0e1b1e-1d7c-4a8e-9a34-0c7e3c4b9a10',
      })
      expect(report.checks.map((check) => `${check.id}/${check.outcome}/${check.code}`)).toEqual(
        expect.arrayContaining([
          'format/ok/CREDENTIAL_READABLE',
          'json-ld/ok/JSONLD_VALID',
          'proof/ok/SIGNATURE_VALID',
          'issuer-key/ok/ISSUER_KEY_VALID',
          'validity-period/ok/VALID_NOW',
          'status/skipped/NO_STATUS',
          'issuer-trust/skipped/NO_TRUST_LIST',
        ]),
      )
      expect(report.checks.map((check) => check.id)).toEqual([
        'format',
        'json-ld',
        'proof',
        'issuer-key',
        'validity-period',
        'status',
        'schema',
        'issuer-trust',
      ])
    })
  }

  it('verifies from a JSON text and from UTF-8 bytes', async () => {
    const { credential } = await signedBadge()
    const verifier = createOfflineVerifier()
    const text = JSON.stringify(credential)
    expect((await verifier.verify(text)).verified).toBe(true)
    expect((await verifier.verify(new TextEncoder().encode(text))).verified).toBe(true)
  })

  it('warns about an issuer that is not on the trust list and keeps the verdict', async () => {
    const { credential, did } = await signedBadge()
    const untrusted = createOfflineVerifier({ trustedIssuers: ['did:web:osaamo.example'] })
    const report = await untrusted.verify(credential)
    expect(checkOf(report, 'issuer-trust')).toMatchObject({
      outcome: 'warning',
      code: 'ISSUER_NOT_TRUSTED',
    })
    expect(report.verified).toBe(true)
    const trusted = createOfflineVerifier({ trustedIssuers: [did] })
    expect(checkOf(await trusted.verify(credential), 'issuer-trust').code).toBe('ISSUER_TRUSTED')
  })
})

describe('bad input', () => {
  const verifier = createOfflineVerifier()

  it.each([
    ['malformed JSON text', '{"@context": ', 'JSON_MALFORMED'],
    ['a number', 42, 'NOT_AN_OBJECT'],
    ['an array', [{ '@context': [] }], 'NOT_AN_OBJECT'],
    ['null', null, 'NOT_AN_OBJECT'],
    ['nothing', undefined, 'NOT_AN_OBJECT'],
    ['a JSON string that is no JWT', '"hello"', 'NOT_AN_OBJECT'],
    ['an object that is no credential', { type: ['Thing'] }, 'NOT_A_CREDENTIAL'],
    ['a JWT of garbage', 'aaaa.bbbb.cccc', 'JWT_MALFORMED'],
    ['bytes that are not UTF-8', Uint8Array.of(0xff, 0xfe, 0x7b), 'JSON_MALFORMED'],
  ])('fails %s at the format check and skips the rest', async (_name, input, code) => {
    const report = await verifier.verify(input)
    expect(report).toMatchObject({ verified: false, format: 'unknown' })
    expect(report.checks[0]).toMatchObject({ id: 'format', outcome: 'failed', code })
    expect(report.checks.slice(1).every((check) => check.outcome === 'skipped')).toBe(true)
    expect(report.checks).toHaveLength(8)
  })

  it('fails an unknown context, naming it', async () => {
    const { credential } = await signedBadge()
    const changed = {
      ...credential,
      '@context': [...(credential['@context'] as string[]), 'https://evil.example/context.json'],
    }
    const report = await verifier.verify(changed)
    expect(failuresOf(report)).toEqual(['json-ld/CONTEXT_UNKNOWN'])
    expect(checkOf(report, 'json-ld').message.fi).toBe(
      'Todistus viittaa sanastoon, jota Osaamo ei tunne: https://evil.example/context.json',
    )
  })

  it('fails a term no context defines, naming it', async () => {
    const { credential } = await signedBadge()
    const report = await verifier.verify({ ...credential, favouriteColour: 'blue' })
    expect(failuresOf(report)).toEqual(['json-ld/TERM_UNDEFINED'])
    expect(checkOf(report, 'json-ld').message.en).toContain('favouriteColour')
  })

  it('fails a wrong cryptosuite, naming it', async () => {
    const { credential } = await signedBadge()
    const proof = { ...(credential.proof as JsonObject), cryptosuite: 'ecdsa-rdfc-2019' }
    const report = await verifier.verify({ ...credential, proof })
    expect(failuresOf(report)).toEqual(['proof/PROOF_TYPE_UNSUPPORTED'])
    expect(checkOf(report, 'proof').message.en).toBe(
      'The signature uses a method Osaamo does not support: DataIntegrityProof ecdsa-rdfc-2019',
    )
  })

  it('fails a proof for another purpose than assertionMethod', async () => {
    const { credential } = await signedBadge()
    const proof = { ...(credential.proof as JsonObject), proofPurpose: 'authentication' }
    expect(failuresOf(await verifier.verify({ ...credential, proof }))).toEqual([
      'proof/PROOF_PURPOSE_INVALID',
    ])
  })

  it('fails a proofValue that is not base58btc', async () => {
    const { credential } = await signedBadge()
    const proof = { ...(credential.proof as JsonObject), proofValue: 'uAAAA' }
    expect(failuresOf(await verifier.verify({ ...credential, proof }))).toEqual([
      'proof/PROOF_VALUE_MALFORMED',
    ])
  })

  it('fails a changed value', async () => {
    const { credential } = await signedBadge()
    const report = await verifier.verify({ ...credential, name: 'Teamwork Badge (gold)' })
    expect(failuresOf(report)).toEqual(['proof/SIGNATURE_INVALID'])
    expect(checkOf(report, 'proof').message.sv).toContain('Signaturen stämmer inte')
  })

  it('fails a credential signed with another key under the issuer’s verificationMethod', async () => {
    const issuerKey = generateEd25519Key()
    const did = didKeyOf(issuerKey)
    const forged = await signWith(
      unsignedBadge(did),
      generateEd25519Key(),
      `${did}#${issuerKey.publicKeyMultibase}`,
    )
    const report = await verifier.verify(forged)
    expect(failuresOf(report)).toEqual(['proof/SIGNATURE_INVALID'])
    expect(checkOf(report, 'issuer-key').outcome).toBe('ok')
  })

  it('fails a key whose controller is not the issuer, while the proof itself holds', async () => {
    const key = generateEd25519Key()
    const did = didKeyOf(key)
    const credential = await signWith(
      unsignedBadge('https://university.example/issuer'),
      key,
      `${did}#${key.publicKeyMultibase}`,
    )
    const report = await verifier.verify(credential)
    expect(failuresOf(report)).toEqual(['issuer-key/KEY_CONTROLLER_MISMATCH'])
    expect(checkOf(report, 'proof').outcome).toBe('ok')
  })

  it('fails an expired credential, with the date in the message', async () => {
    const { credential } = await signedBadge((badge) => ({
      ...badge,
      validUntil: '2026-06-30T00:00:00Z',
    }))
    const report = await verifier.verify(credential)
    expect(failuresOf(report)).toEqual(['validity-period/EXPIRED'])
    expect(checkOf(report, 'validity-period').message.fi).toBe(
      'Todistuksen voimassaolo on päättynyt (2026-06-30T00:00:00Z).',
    )
  })

  it('fails a date without a time zone', async () => {
    const { credential } = await signedBadge((badge) => ({
      ...badge,
      validFrom: '2026-01-01T00:00:00',
    }))
    expect(failuresOf(await verifier.verify(credential))).toContain(
      'validity-period/DATE_MALFORMED',
    )
  })

  it('reports input that throws while it is read, instead of throwing', async () => {
    const hostile = {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      get type(): never {
        throw new Error('boom')
      },
    }
    const report = await verifier.verify(hostile)
    expect(report).toMatchObject({ verified: false, format: 'unknown' })
    expect(report.checks[0]).toMatchObject({ id: 'format', outcome: 'failed', code: 'CHECK_ERROR' })
  })

  it('turns a broken dependency into a failed check instead of an exception', async () => {
    const { credential } = await signedBadge()
    const broken = createOfflineVerifier({
      didResolver: {
        resolve: () => Promise.reject(new TypeError('resolver bug')),
        dereference: () => Promise.reject(new TypeError('resolver bug')),
      },
    })
    const report = await broken.verify(credential)
    expect(failuresOf(report)).toEqual(['proof/CHECK_ERROR'])
  })
})

describe('status', () => {
  async function withStatus(purpose: string, index: number, listSetIndexes: number[]) {
    const key = generateEd25519Key()
    const did = didKeyOf(key)
    const credential = await signWith(
      { ...unsignedBadge(did), credentialStatus: statusEntry(purpose, index) },
      key,
      `${did}#${key.publicKeyMultibase}`,
    )
    const list = await statusList(key, purpose, listSetIndexes)
    return { key, credential, list }
  }

  it('accepts a credential whose bit is not set', async () => {
    const { credential, list } = await withStatus('revocation', 7, [8])
    const report = await createOfflineVerifier({ statusLists: new Map([[listUrl, list]]) }).verify(
      credential,
    )
    expect(checkOf(report, 'status')).toMatchObject({ outcome: 'ok', code: 'STATUS_VALID' })
  })

  it('fails a revoked credential', async () => {
    const { credential, list } = await withStatus('revocation', 7, [7])
    const report = await createOfflineVerifier({ statusLists: new Map([[listUrl, list]]) }).verify(
      credential,
    )
    expect(failuresOf(report)).toEqual(['status/CREDENTIAL_REVOKED'])
    expect(checkOf(report, 'status').message.sv).toBe('Intyget har återkallats.')
  })

  it('fails a suspended credential', async () => {
    const { credential, list } = await withStatus('suspension', 131_071, [131_071])
    const report = await createOfflineVerifier({ statusLists: new Map([[listUrl, list]]) }).verify(
      credential,
    )
    expect(failuresOf(report)).toEqual(['status/CREDENTIAL_SUSPENDED'])
  })

  it('fails when the status list cannot be retrieved, saying why', async () => {
    const { credential } = await withStatus('revocation', 7, [])
    const report = await createOfflineVerifier({ statusLists: new Map() }).verify(credential)
    expect(failuresOf(report)).toEqual(['status/STATUS_RETRIEVAL_ERROR'])
    expect(checkOf(report, 'status').message.en).toBe(
      'The credential’s status could not be retrieved: the server could not be reached.',
    )
  })

  it('fails a list for another purpose, and a list whose own proof does not hold', async () => {
    const { credential, key } = await withStatus('revocation', 7, [])
    const suspensionList = await statusList(key, 'suspension', [])
    const wrongPurpose = createOfflineVerifier({
      statusLists: new Map([[listUrl, suspensionList]]),
    })
    expect(failuresOf(await wrongPurpose.verify(credential))).toEqual([
      'status/STATUS_VERIFICATION_ERROR',
    ])
    const list = await statusList(key, 'revocation', [])
    const tampered = {
      ...list,
      credentialSubject: {
        ...(list.credentialSubject as JsonObject),
        encodedList: encodeStatusList(withBit(emptyBitstring(), 1, true)),
      },
    }
    const report = await createOfflineVerifier({
      statusLists: new Map([[listUrl, tampered]]),
    }).verify(credential)
    expect(failuresOf(report)).toEqual(['status/STATUS_VERIFICATION_ERROR'])
    expect(checkOf(report, 'status').details).toMatchObject({
      entries: [
        {
          listChecks: expect.arrayContaining([
            { id: 'proof', outcome: 'failed', code: 'SIGNATURE_INVALID' },
          ]),
        },
      ],
    })
  })

  it('fails an index beyond the end of the list', async () => {
    const { credential, list } = await withStatus('revocation', 131_072, [])
    const report = await createOfflineVerifier({ statusLists: new Map([[listUrl, list]]) }).verify(
      credential,
    )
    expect(failuresOf(report)).toEqual(['status/STATUS_INDEX_OUT_OF_RANGE'])
  })

  it('does not ask for the status of a credential whose signature fails', async () => {
    const { credential, list } = await withStatus('revocation', 7, [7])
    const report = await createOfflineVerifier({ statusLists: new Map([[listUrl, list]]) }).verify({
      ...credential,
      name: 'changed',
    })
    expect(checkOf(report, 'status')).toMatchObject({
      outcome: 'skipped',
      code: 'NOT_CHECKED_SIGNATURE_UNCONFIRMED',
    })
  })
})

describe('keys from documents', () => {
  const issuer = 'https://university.example/issuers/1'

  it('takes did:web documents and status lists from the local documents, without the resolver', async () => {
    const key = generateEd25519Key()
    const did = 'did:web:osaamo.example:organisations:kaarnala'
    const verificationMethod = `${did}#${key.publicKeyMultibase}`
    const credential = await signWith(
      { ...unsignedBadge(did), credentialStatus: statusEntry('revocation', 3) },
      key,
      verificationMethod,
    )
    const didDocument = {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: did,
      verificationMethod: [
        {
          id: verificationMethod,
          type: 'Multikey',
          controller: did,
          publicKeyMultibase: key.publicKeyMultibase,
        },
      ],
      assertionMethod: [verificationMethod],
    }
    const list = await signWith(
      { ...(await statusList(key, 'revocation', [])), issuer: did, proof: undefined },
      key,
      verificationMethod,
    )
    const asked: string[] = []
    const local = new Map<string, unknown>([
      ['https://osaamo.example/organisations/kaarnala/did.json', didDocument],
      [listUrl, list],
    ])
    const refusing = async (url: string) => {
      asked.push(url)
      return offline(url)
    }
    const clock = pinnedClock('2026-11-28T12:00:00Z')
    const verifier = createOfflineVerifier({
      localDocuments: async (url) => local.get(url),
      didResolver: createDidResolver({ clock, fetchJson: refusing }),
      statusListFetcher: createStatusListFetcher({ clock, fetchJson: refusing }),
    })
    const report = await verifier.verify(credential)
    expect(failuresOf(report)).toEqual([])
    expect(checkOf(report, 'issuer-key')).toMatchObject({ outcome: 'ok', code: 'ISSUER_KEY_VALID' })
    expect(checkOf(report, 'status').code).toBe('STATUS_VALID')
    expect(asked).toEqual([])
  })

  it('fails a did:web that cannot be resolved, and skips the signature', async () => {
    const key = generateEd25519Key()
    const did = 'did:web:nowhere.example'
    const credential = await signWith(unsignedBadge(did), key, `${did}#${key.publicKeyMultibase}`)
    const report = await createOfflineVerifier().verify(credential)
    expect(failuresOf(report)).toEqual(['issuer-key/KEY_UNRESOLVED'])
    expect(checkOf(report, 'proof').code).toBe('NOT_CHECKED_KEY_UNRESOLVED')
    expect(checkOf(report, 'issuer-key').message.en).toBe(
      'The issuer’s signing key could not be retrieved: the server could not be reached.',
    )
  })

  it('fails a DID key that the DID document does not list under assertionMethod', async () => {
    const key = generateEd25519Key()
    const did = 'did:web:university.example'
    const id = `${did}#key-1`
    const credential = await signWith(unsignedBadge(did), key, id)
    const didDocument = {
      id: did,
      verificationMethod: [
        { id, type: 'Multikey', controller: did, publicKeyMultibase: key.publicKeyMultibase },
      ],
      authentication: [id],
    }
    const report = await createOfflineVerifier({
      didRegistry: new Map([[did, didDocument]]),
    }).verify(credential)
    expect(failuresOf(report)).toEqual(['issuer-key/KEY_NOT_AUTHORIZED'])
    expect(checkOf(report, 'proof').outcome).toBe('ok')
  })

  it('confirms a #z6Mk… fragment key from the issuer’s controller document', async () => {
    const key = generateEd25519Key()
    const id = `${issuer}#${key.publicKeyMultibase}`
    const credential = await signWith(unsignedBadge(issuer), key, id)
    const controllerDocument = {
      id: issuer,
      verificationMethod: [
        { id, type: 'Multikey', controller: issuer, publicKeyMultibase: key.publicKeyMultibase },
      ],
      assertionMethod: [id],
    }
    const report = await createOfflineVerifier({
      didRegistry: new Map([[issuer, controllerDocument]]),
    }).verify(credential)
    expect(checkOf(report, 'issuer-key')).toMatchObject({ outcome: 'ok', code: 'ISSUER_KEY_VALID' })
  })

  it('fails a fragment key the issuer’s controller document does not list', async () => {
    const attacker = generateEd25519Key()
    const credential = await signWith(
      unsignedBadge(issuer),
      attacker,
      `${issuer}#${attacker.publicKeyMultibase}`,
    )
    const genuine = generateEd25519Key()
    const controllerDocument = {
      id: issuer,
      verificationMethod: [
        {
          id: `${issuer}#${genuine.publicKeyMultibase}`,
          type: 'Multikey',
          controller: issuer,
          publicKeyMultibase: genuine.publicKeyMultibase,
        },
      ],
    }
    const report = await createOfflineVerifier({
      didRegistry: new Map([[issuer, controllerDocument]]),
    }).verify(credential)
    expect(failuresOf(report)).toEqual(['issuer-key/KEY_NOT_FOUND'])
  })

  it('reads a key document at an https URL and asks its controller to confirm it', async () => {
    const key = generateEd25519Key()
    const keyUrl = 'https://university.example/keys/1'
    const credential = await signWith(unsignedBadge(issuer), key, keyUrl)
    const keyDocument = {
      id: keyUrl,
      type: 'Multikey',
      controller: issuer,
      publicKeyMultibase: key.publicKeyMultibase,
    }
    const controllerDocument = {
      id: issuer,
      verificationMethod: [keyDocument],
      assertionMethod: [keyUrl],
    }
    const report = await createOfflineVerifier({
      didRegistry: new Map<string, unknown>([
        [keyUrl, keyDocument],
        [issuer, controllerDocument],
      ]),
    }).verify(credential)
    expect(failuresOf(report)).toEqual([])
    expect(checkOf(report, 'issuer-key').code).toBe('ISSUER_KEY_VALID')
  })
})

describe('VC-JWT', () => {
  function jwtOf(header: JsonObject, payload: JsonObject, key: Ed25519Key): string {
    const encode = (value: JsonObject) => Buffer.from(JSON.stringify(value)).toString('base64url')
    const input = `${encode(header)}.${encode(payload)}`
    if (key.privateKey === undefined) {
      throw new Error('a signing key needs its secret part')
    }
    const signature = sign(null, Buffer.from(input), key.privateKey)
    return `${input}.${signature.toString('base64url')}`
  }

  it('verifies Osaamo’s own EdDSA JWT with a did:key kid', async () => {
    const key = generateEd25519Key()
    const did = didKeyOf(key)
    const jwt = toVcJwt(unsignedBadge(did), key, `${did}#${key.publicKeyMultibase}`)
    const report = await createOfflineVerifier().verify(jwt)
    expect(report).toMatchObject({ verified: true, format: 'vc-jwt', issuerId: did })
    expect(checkOf(report, 'issuer-key').code).toBe('ISSUER_KEY_VALID')
    expect(checkOf(report, 'proof').details).toMatchObject({
      checkedClaims: ['iss', 'jti', 'nbf', 'sub', 'exp'],
    })
  })

  it('fails a JWT whose payload was changed', async () => {
    const key = generateEd25519Key()
    const did = didKeyOf(key)
    const [header, , signature] = toVcJwt(
      unsignedBadge(did),
      key,
      `${did}#${key.publicKeyMultibase}`,
    ).split('.')
    const payload = Buffer.from(JSON.stringify({ ...unsignedBadge(did), name: 'Forged' })).toString(
      'base64url',
    )
    const report = await createOfflineVerifier().verify(`${header}.${payload}.${signature}`)
    expect(failuresOf(report)).toEqual(['proof/SIGNATURE_INVALID'])
  })

  it('fails a JWT whose jti disagrees with the credential id', async () => {
    const key = generateEd25519Key()
    const did = didKeyOf(key)
    const jwt = jwtOf(
      { alg: 'EdDSA', kid: `${did}#${key.publicKeyMultibase}` },
      { ...unsignedBadge(did), iss: did, jti: 'urn:uuid:another' },
      key,
    )
    const report = await createOfflineVerifier().verify(jwt)
    expect(failuresOf(report)).toEqual(['proof/JWT_CLAIMS_MISMATCH'])
    expect(checkOf(report, 'proof').message.en).toBe(
      'The JWT claim jti does not agree with the credential.',
    )
  })

  it('fails an unsigned JWT (alg none)', async () => {
    const key = generateEd25519Key()
    const did = didKeyOf(key)
    const jwt = jwtOf({ alg: 'none' }, unsignedBadge(did), key)
    expect(failuresOf(await createOfflineVerifier().verify(jwt))).toEqual([
      'proof/JWT_ALGORITHM_UNSUPPORTED',
    ])
  })
})
