import { describe, expect, it } from 'vitest'
import {
  didDocumentUrl,
  organisationDid,
  statusListUrl,
  toPublicDocumentAddress,
} from './organisation-did.js'

describe("an organisation's did:web", () => {
  it('encodes the port and puts the organisation under organisations:', () => {
    expect(organisationDid('http://localhost:3000', 'kaarnala-open')).toBe(
      'did:web:localhost%3A3000:organisations:kaarnala-open',
    )
  })

  it('leaves out a default port and keeps a path prefix', () => {
    expect(organisationDid('https://osaamo.example.fi', 'kaarnala-open')).toBe(
      'did:web:osaamo.example.fi:organisations:kaarnala-open',
    )
    expect(organisationDid('https://example.fi/osaamo/', 'x')).toBe(
      'did:web:example.fi:osaamo:organisations:x',
    )
  })

  it('resolves to the did.json under the public address', () => {
    expect(didDocumentUrl('https://example.fi/osaamo', 'x')).toBe(
      'https://example.fi/osaamo/organisations/x/did.json',
    )
  })
})

describe('public document addresses', () => {
  const publicUrl = 'http://localhost:3000'
  const listId = '00000000-0000-4000-8000-00000000000a'

  it('reads DID document and status list URLs of this installation', () => {
    expect(toPublicDocumentAddress(publicUrl, didDocumentUrl(publicUrl, 'kaarnala-open'))).toEqual({
      kind: 'did-document',
      slug: 'kaarnala-open',
    })
    expect(toPublicDocumentAddress(publicUrl, `${statusListUrl(publicUrl, listId)}#17`)).toEqual({
      kind: 'status-list',
      listId,
    })
  })

  it('reads an organisation DID and a key of it', () => {
    const did = organisationDid(publicUrl, 'kaarnala-open')
    expect(toPublicDocumentAddress(publicUrl, `${did}#z6Mkabc`)).toEqual({
      kind: 'did-document',
      slug: 'kaarnala-open',
    })
  })

  it('ignores other installations, other paths and queries', () => {
    for (const address of [
      'https://elsewhere.example/organisations/x/did.json',
      `${publicUrl}/organisations/x/did.json?version=1`,
      `${publicUrl}/status-lists/not-a-uuid`,
      `${publicUrl}/api/organisations/x`,
      'did:web:elsewhere.example:organisations:x',
      'did:key:z6Mkabc',
    ]) {
      expect(toPublicDocumentAddress(publicUrl, address)).toBeUndefined()
    }
  })
})
