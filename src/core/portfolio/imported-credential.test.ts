import { describe, expect, it } from 'vitest'
import type { VerificationReport } from '../credential/verification-report.js'
import {
  duplicateKeyOf,
  issuedKeyOf,
  maximumImportBytes,
  readImportedCredential,
  stableJson,
} from './imported-credential.js'

const credential = {
  '@context': ['https://www.w3.org/ns/credentials/v2'],
  id: 'urn:uuid:7a1e0b4c-2f6f-4d8e-9d0a-1b2c3d4e5f60',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { id: 'did:web:example.fi', name: 'Example' },
  credentialSubject: { id: 'did:example:learner' },
}
const report = (ids: Partial<VerificationReport> = {}): VerificationReport => ({
  verified: true,
  format: 'data-integrity',
  checks: [],
  ...ids,
})

describe('readImportedCredential', () => {
  it('reads a JSON credential from text or an object, and a compact JWT', () => {
    expect(readImportedCredential(JSON.stringify(credential))).toEqual({
      isValid: true,
      read: { kind: 'json', credential },
    })
    expect(readImportedCredential(credential)).toMatchObject({ isValid: true })
    expect(readImportedCredential(' eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJ4In0.c2ln \n')).toEqual({
      isValid: true,
      read: { kind: 'jwt', jwt: 'eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJ4In0.c2ln' },
    })
  })

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['not json at all', 'not-json'],
    ['[1, 2]', 'not-a-credential'],
    ['"a string"', 'not-a-credential'],
    ['null', 'not-a-credential'],
    [JSON.stringify({ ...credential, type: ['VerifiablePresentation'] }), 'not-a-credential'],
    [JSON.stringify({ name: 'a badge image manifest' }), 'not-a-credential'],
    [`{"a":"${'x'.repeat(maximumImportBytes)}"}`, 'too-large'],
  ])('refuses %j as %s', (text, code) => {
    const read = readImportedCredential(text.slice(0, maximumImportBytes + 20))
    expect(read).toMatchObject({ isValid: false, problem: { code } })
  })
})

describe('duplicateKeyOf', () => {
  it('names a credential with an id by its issuer and id, however it is encoded', () => {
    const read = { kind: 'json' as const, credential }
    const key = duplicateKeyOf(
      read,
      report({ credentialId: credential.id, issuerId: 'did:web:example.fi' }),
    )
    expect(key).toBe(`id\ndid:web:example.fi\n${credential.id}`)
    expect(issuedKeyOf(credential)).toBe(key)
  })

  it('names a credential without an id by its content, whatever the order of its keys', () => {
    const { id: _id, ...anonymous } = credential
    const reordered = Object.fromEntries(Object.entries(anonymous).reverse())
    expect(duplicateKeyOf({ kind: 'json', credential: anonymous }, report())).toBe(
      duplicateKeyOf({ kind: 'json', credential: reordered }, report()),
    )
    expect(stableJson({ b: [1, { d: 2, c: 3 }], a: 'x' })).toBe('{"a":"x","b":[1,{"c":3,"d":2}]}')
  })
})
