import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { getBit } from '../../src/core/index.js'
import { decodeStatusList } from '../../src/credentials/index.js'
import {
  checkOf,
  createOfflineVerifier,
  failuresOf,
  pinnedClock,
  readVector,
  realCredentialIndex,
} from '../support/offline-verifier.js'

// Every third-party credential in test/fixtures/vectors/real-credentials gets the outcome its
// index.json names, on 2026-11-28 (the dates in index.json's offlineNotes hold then). A failure
// is asserted by its check and code, not only by the verdict.

type Expectation = {
  /** What index.json says, quoted, so that a reader can compare. */
  index: string
  verified: boolean
  /** The failed checks as `id/code`, exactly. */
  failures: string[]
  /** Further checks the outcome rests on: `id/outcome/code`. */
  checks?: string[]
}

const expectations: Record<string, Expectation> = {
  'obspec-ob3-ldp-testvector.json': {
    index: 'accept',
    verified: true,
    failures: [],
    // The key is the verificationMethod's #z6Mk… fragment; no issuer document confirms it offline.
    checks: ['proof/ok/SIGNATURE_VALID', 'issuer-key/warning/KEY_UNCONFIRMED'],
  },
  'obspec-clr2-ldp-testvector.json': {
    index: 'accept',
    verified: true,
    failures: [],
    checks: ['proof/ok/SIGNATURE_VALID'],
  },
  '1edtech-ob30-simple-did-key.json': {
    index: 'accept',
    verified: true,
    failures: [],
    // The issuer is a urn:uuid, which can control no key, so the binding is unchecked.
    checks: ['proof/ok/SIGNATURE_VALID', 'issuer-key/warning/KEY_BINDING_UNCHECKED'],
  },
  '1edtech-ob30-err-proof-value.json': {
    index: 'reject',
    verified: false,
    failures: ['proof/SIGNATURE_INVALID'],
  },
  '1edtech-ob30-err-expired.json': {
    index: 'reject: expired (validUntil 2010-01-01T00:00:00Z)',
    verified: false,
    failures: ['validity-period/EXPIRED'],
    checks: ['proof/ok/SIGNATURE_VALID'],
  },
  '1edtech-ob30-err-not-yet-valid.json': {
    index: 'reject: not yet valid (validFrom 2040-01-01T00:00:00Z)',
    verified: false,
    failures: ['validity-period/NOT_YET_VALID'],
    checks: ['proof/ok/SIGNATURE_VALID'],
  },
  '1edtech-ob30-bsl-revoked.json': {
    index: 'reject: revoked (statusListIndex 23 is set in the list)',
    verified: false,
    failures: ['status/CREDENTIAL_REVOKED'],
    checks: ['proof/ok/SIGNATURE_VALID'],
  },
  '1edtech-ob30-bsl-statuslist-testlist.json': {
    index: 'valid status list; 131072 bits; only index 23 set; statusPurpose revocation',
    verified: true,
    failures: [],
    checks: ['proof/ok/SIGNATURE_VALID'],
  },
  // The source validator calls it invalid because it could not fetch the inline schema reference
  // (its test says "404 inline schema ref"). Osaamo checks the bundled OB 3.0 schema instead and
  // reports schema errors as warnings; the outer signature is valid, as index.json says, and the
  // 1EdTechRevocationList cannot be fetched offline, which OB 3.0 makes a warning.
  '1edtech-ob30-complete.json': {
    index:
      'outer signature valid; source test expects INVALID (InlineJsonSchemaProbe); expires 2030',
    verified: true,
    failures: [],
    checks: ['proof/ok/SIGNATURE_VALID', 'status/warning/STATUS_RETRIEVAL_ERROR'],
  },
  '1edtech-ob30-endorsement-valid.json': {
    index: 'accept until validUntil 2030-01-01T00:00:00Z',
    verified: true,
    failures: [],
    checks: ['proof/ok/SIGNATURE_VALID', 'validity-period/ok/VALID_NOW'],
  },
  '1edtech-ob30-simple-vcjwt.json': {
    index: 'accept per source; lacks sub',
    verified: true,
    failures: [],
    // The RS256 key travels in the JWT's own jwk header, which ties it to nobody.
    checks: ['proof/ok/SIGNATURE_VALID', 'issuer-key/warning/KEY_EMBEDDED'],
  },
  'dcc-v2-eddsa-rdfc-valid-status.json': {
    index: 'accept (status index 9 is 0); list only 100000 bits',
    verified: true,
    failures: [],
    checks: [
      'proof/ok/SIGNATURE_VALID',
      'issuer-key/ok/ISSUER_KEY_VALID',
      'status/warning/STATUS_LIST_LENGTH_ERROR',
    ],
  },
  'dcc-v2-ed25519sig2020-valid-status.json': {
    index: 'accept (status index 9 is 0)',
    verified: true,
    failures: [],
    checks: ['proof/ok/SIGNATURE_VALID', 'status/warning/STATUS_LIST_LENGTH_ERROR'],
  },
  'dcc-v2-revoked.json': {
    index: 'reject: revoked (statusListIndex 8 is set)',
    verified: false,
    failures: ['status/CREDENTIAL_REVOKED'],
    checks: ['proof/ok/SIGNATURE_VALID'],
  },
  'dcc-v2-expired.json': {
    index: 'reject: expired (validUntil 2011-01-01T00:00:00Z)',
    verified: false,
    failures: ['validity-period/EXPIRED'],
    checks: ['proof/ok/SIGNATURE_VALID'],
  },
  'dcc-v2-tampered.json': {
    index: 'reject: "The signature is not valid." (INVALID_SIGNATURE)',
    verified: false,
    failures: ['proof/SIGNATURE_INVALID'],
  },
  'dcc-safe-mode-breaker.json': {
    index: 'reject: jsonld.ValidationError "Relative @type reference found."',
    verified: false,
    failures: ['json-ld/TERM_UNDEFINED'],
    checks: ['proof/skipped/NOT_CHECKED_CONTENT_INVALID'],
  },
  'dcc-statuslist-e5WK8CbZ1GjycuPombrj.json': {
    index: 'valid signature; bits 2, 6 and 8 set; only 100000 bits long',
    verified: true,
    failures: [],
    checks: ['proof/ok/SIGNATURE_VALID', 'issuer-key/ok/ISSUER_KEY_VALID'],
  },
}

// Issuer inputs of the VCDM 2.0 suite: for a verifier they have no proof, and nothing more is
// asserted about them.
const unsignedInputs = [
  'vcdm2-input-credential-ok.json',
  'vcdm2-input-credential-redef-type-fail.json',
]

const verifier = createOfflineVerifier()

function summaryOf(report: { checks: readonly { id: string; outcome: string; code: string }[] }) {
  return report.checks.map((check) => `${check.id}/${check.outcome}/${check.code}`)
}

describe('the real third-party credentials', () => {
  it('are all covered, and index.json names the same files', () => {
    const files = readdirSync(new URL('../fixtures/vectors/real-credentials/', import.meta.url))
      .filter((file) => file !== 'index.json')
      .sort()
    expect([...Object.keys(expectations), ...unsignedInputs].sort()).toEqual(files)
    expect(realCredentialIndex.files.map((entry) => entry.file).sort()).toEqual(files)
  })

  for (const [file, expectation] of Object.entries(expectations)) {
    it(`${file}: ${expectation.index}`, async () => {
      const report = await verifier.verify(readVector(`real-credentials/${file}`))
      expect(failuresOf(report)).toEqual(expectation.failures)
      expect(report.verified).toBe(expectation.verified)
      expect(summaryOf(report)).toEqual(expect.arrayContaining(expectation.checks ?? []))
    })
  }

  for (const file of unsignedInputs) {
    it(`${file}: an issuer input fails the proof check for want of a proof`, async () => {
      const report = await verifier.verify(readVector(`real-credentials/${file}`))
      expect(checkOf(report, 'proof')).toMatchObject({ outcome: 'failed', code: 'PROOF_MISSING' })
      expect(report.verified).toBe(false)
    })
  }
})

describe('what the real credentials show in detail', () => {
  it('names the undefined term of the safe-mode breaker in every language', async () => {
    const report = await verifier.verify(readVector('real-credentials/dcc-safe-mode-breaker.json'))
    const message = checkOf(report, 'json-ld').message
    expect(message.en).toContain('StatusList2021Entry')
    expect(message.fi).toContain('StatusList2021Entry')
    expect(message.sv).toContain('StatusList2021Entry')
  })

  it('reads 1EdTech’s numeric statusListIndex and says so', async () => {
    const report = await verifier.verify(
      readVector('real-credentials/1edtech-ob30-bsl-revoked.json'),
    )
    expect(checkOf(report, 'status').details).toMatchObject({
      entries: [{ code: 'CREDENTIAL_REVOKED', statusListIndex: 23, statusListIndexIsNumber: true }],
    })
    expect(checkOf(report, 'status').message.fi).toBe('Todistus on peruttu.')
  })

  it('fails DCC’s 100,000-bit list when the length is strict', async () => {
    const strict = createOfflineVerifier({ strictStatusListLength: true })
    const report = await strict.verify(
      readVector('real-credentials/dcc-v2-eddsa-rdfc-valid-status.json'),
    )
    expect(failuresOf(report)).toEqual(['status/STATUS_LIST_LENGTH_ERROR'])
    expect(checkOf(report, 'status').details).toMatchObject({
      entries: [{ listLength: 100_000, minimumLength: 131_072 }],
    })
  })

  it('sees the complete and endorsement credentials expire on 2030-01-01', async () => {
    const later = createOfflineVerifier({ clock: pinnedClock('2030-01-01T00:00:01Z') })
    for (const file of ['1edtech-ob30-complete.json', '1edtech-ob30-endorsement-valid.json']) {
      const report = await later.verify(readVector(`real-credentials/${file}`))
      expect(failuresOf(report)).toEqual(['validity-period/EXPIRED'])
    }
  })

  it('accepts the not-yet-valid credential from 2040 on', async () => {
    const later = createOfflineVerifier({ clock: pinnedClock('2040-01-01T00:00:00Z') })
    const report = await later.verify(
      readVector('real-credentials/1edtech-ob30-err-not-yet-valid.json'),
    )
    expect(report.verified).toBe(true)
  })

  it('reads the status lists as index.json describes them', () => {
    const setBits = (file: string) => {
      const list = readVector(`real-credentials/${file}`)
      const bits = decodeStatusList((list.credentialSubject as { encodedList: string }).encodedList)
      const set = [...Array(bits.length * 8).keys()].filter((index) => getBit(bits, index))
      return { length: bits.length * 8, set }
    }
    expect(setBits('1edtech-ob30-bsl-statuslist-testlist.json')).toEqual({
      length: 131_072,
      set: [23],
    })
    expect(setBits('dcc-statuslist-e5WK8CbZ1GjycuPombrj.json')).toEqual({
      length: 100_000,
      set: [2, 6, 8],
    })
  })

  it('verifies the VC-JWT from its JSON file, the JWT text and the bare compact form alike', async () => {
    const jwt = readVector<string>('real-credentials/1edtech-ob30-simple-vcjwt.json')
    for (const input of [jwt, JSON.stringify(jwt), ` ${jwt}\n`]) {
      const report = await verifier.verify(input)
      expect(report).toMatchObject({ verified: true, format: 'vc-jwt' })
    }
  })
})
