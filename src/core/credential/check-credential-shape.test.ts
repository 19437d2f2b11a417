import { describe, expect, it } from 'vitest'
import { checkCredentialShape } from './check-credential-shape.js'

const valid = {
  '@context': [
    'https://www.w3.org/ns/credentials/v2',
    'https://www.w3.org/ns/credentials/examples/v2',
  ],
  id: 'urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33',
  type: ['VerifiableCredential', 'AlumniCredential'],
  issuer: 'https://vc.example/issuers/5678',
  validFrom: '2023-01-01T00:00:00Z',
  credentialSubject: { id: 'did:example:abcdefgh', alumniOf: 'The School of Examples' },
}

describe('checking a credential against the VC Data Model 2.0', () => {
  it('finds nothing wrong with a well-formed credential', () => {
    expect(checkCredentialShape(valid)).toEqual([])
    expect(checkCredentialShape({ ...valid, issuer: { id: 'did:example:1', name: 'x' } })).toEqual(
      [],
    )
  })

  it('reports every problem at once, each at its path', () => {
    const problems = checkCredentialShape({
      '@context': ['https://www.w3.org/2018/credentials/v1', 42],
      id: 'not a url',
      type: ['AlumniCredential'],
      issuer: { name: 'no id' },
      validFrom: '2023-01-01',
      credentialSubject: {},
      credentialStatus: { id: 'https://example.com/status/1' },
    })
    expect(problems.map((problem) => problem.path)).toEqual([
      '/@context',
      '/@context/1',
      '/type',
      '/id',
      '/issuer/id',
      '/credentialSubject',
      '/validFrom',
      '/credentialStatus/type',
    ])
  })

  it('refuses a validity period that ends before it starts', () => {
    expect(
      checkCredentialShape({ ...valid, validUntil: '2022-12-31T23:59:59Z' }).map((p) => p.path),
    ).toEqual(['/validUntil'])
  })

  it('accepts fractional seconds and offsets, and checks each subject of a list', () => {
    const problems = checkCredentialShape({
      ...valid,
      validFrom: '2023-01-01T00:00:00.123+02:00',
      credentialSubject: [{ id: 'did:example:1' }, 'text'],
    })
    expect(problems.map((problem) => problem.path)).toEqual(['/credentialSubject/1'])
  })

  it('needs an id and a type for a credential schema', () => {
    expect(
      checkCredentialShape({ ...valid, credentialSchema: [{ type: 'JsonSchema' }] }).map(
        (p) => p.path,
      ),
    ).toEqual(['/credentialSchema/0/id'])
  })
})
