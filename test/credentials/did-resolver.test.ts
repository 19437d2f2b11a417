import { execFileSync } from 'node:child_process'
import { lookup } from 'node:dns/promises'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { JsonObject } from '../../src/core/index.js'
import {
  addDataIntegrityProof,
  createDidResolver,
  createDocumentLoader,
  createJsonFetcher,
  createStatusListFetcher,
  type DidResolver,
  DocumentRetrievalError,
  didWebDocumentUrl,
  generateEd25519Key,
  isPrivateAddress,
  toDidKeyDocument,
} from '../../src/credentials/index.js'
import {
  checkOf,
  createOfflineVerifier,
  failuresOf,
  readVector,
} from '../support/offline-verifier.js'

// did:web over real HTTPS: a node:https server on 127.0.0.1 with a self-signed certificate made
// at test time (the committed test certificate where openssl is missing), and a fetcher that
// trusts exactly that certificate. Loopback only; every wait is bounded by a small time-out.

function makeCertificate(): { key: string; cert: string } {
  const directory = mkdtempSync(join(tmpdir(), 'osaamo-tls-'))
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        join(directory, 'key.pem'),
        '-out',
        join(directory, 'cert.pem'),
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=IP:127.0.0.1,DNS:localhost',
      ],
      { stdio: 'ignore', timeout: 10_000 },
    )
    return {
      key: readFileSync(join(directory, 'key.pem'), 'utf8'),
      cert: readFileSync(join(directory, 'cert.pem'), 'utf8'),
    }
  } catch {
    const fixtures = new URL('../fixtures/tls/', import.meta.url)
    return {
      key: readFileSync(new URL('loopback-key.pem', fixtures), 'utf8'),
      cert: readFileSync(new URL('loopback-cert.pem', fixtures), 'utf8'),
    }
  } finally {
    rmSync(directory, { recursive: true, force: true })
  }
}

const signingKey = generateEd25519Key()
const requests: string[] = []
const routes = new Map<string, { status: number; type: string; body: string; location?: string }>()
let server: Server
let certificate: { key: string; cert: string }
let hostDid: string
let origin: string

function didDocument(did: string): JsonObject {
  const id = `${did}#key-1`
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: did,
    verificationMethod: [
      { id, type: 'Multikey', controller: did, publicKeyMultibase: signingKey.publicKeyMultibase },
    ],
    assertionMethod: [id],
  }
}

function serveJson(path: string, value: unknown, status = 200): void {
  routes.set(path, { status, type: 'application/json', body: JSON.stringify(value) })
}

beforeAll(async () => {
  certificate = makeCertificate()
  server = createServer(certificate, (request, response) => {
    const path = request.url ?? '/'
    requests.push(path)
    if (path === '/silent/did.json') {
      return // never answers: the client's time-out must end the wait
    }
    const route = routes.get(path)
    if (route === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      return
    }
    const headers = {
      'content-type': route.type,
      ...(route.location === undefined ? {} : { location: route.location }),
    }
    response.writeHead(route.status, headers).end(route.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  origin = `https://127.0.0.1:${port}`
  hostDid = `did:web:127.0.0.1%3A${port}`
  serveJson('/.well-known/did.json', didDocument(hostDid))
  serveJson('/issuers/kaarnala/did.json', didDocument(`${hostDid}:issuers:kaarnala`))
  serveJson('/impostor/did.json', didDocument('did:web:somewhere.else'))
  serveJson('/large/did.json', { ...didDocument(`${hostDid}:large`), padding: 'x'.repeat(4096) })
  routes.set('/html/did.json', { status: 200, type: 'text/html', body: '<html>hello</html>' })
  routes.set('/to-http/did.json', {
    status: 302,
    type: 'text/plain',
    body: '',
    location: 'http://example.com/.well-known/did.json',
  })
  serveJson('/status/1', readVector('real-credentials/1edtech-ob30-bsl-statuslist-testlist.json'))
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

/** A mutable clock, so that the cache's time-to-live can be crossed without waiting. */
function steppingClock() {
  let now = Date.parse('2026-11-28T12:00:00Z')
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) }
}

function resolverWith(options: { timeoutMs?: number; maximumBytes?: number } = {}): {
  resolver: DidResolver
  clock: ReturnType<typeof steppingClock>
} {
  const clock = steppingClock()
  const fetchJson = createJsonFetcher({
    ca: certificate.cert,
    // The test server listens on loopback, which production fetchers refuse.
    allowPrivateNetwork: true,
    ...(options.maximumBytes === undefined ? {} : { maximumBytes: options.maximumBytes }),
  })
  const resolver = createDidResolver({
    clock,
    fetchJson,
    cacheTtlMs: 60_000,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  })
  return { resolver, clock }
}

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(DocumentRetrievalError)
  return (error as DocumentRetrievalError).reason
}

function countRequests(path: string): number {
  return requests.filter((request) => request === path).length
}

describe('did:web over HTTPS', () => {
  it('resolves a DID without a path from /.well-known/did.json, the port %3A-encoded', async () => {
    const { resolver } = resolverWith()
    expect(await resolver.resolve(hostDid)).toEqual(didDocument(hostDid))
  })

  it('resolves a DID with a path from <path>/did.json', async () => {
    const { resolver } = resolverWith()
    const did = `${hostDid}:issuers:kaarnala`
    expect((await resolver.resolve(`${did}#key-1`)).id).toBe(did)
  })

  it('answers a second resolve from the cache, and asks again after the time-to-live', async () => {
    const { resolver, clock } = resolverWith()
    const did = `${hostDid}:issuers:kaarnala`
    const before = countRequests('/issuers/kaarnala/did.json')
    await resolver.resolve(did)
    await resolver.resolve(did)
    expect(countRequests('/issuers/kaarnala/did.json')).toBe(before + 1)
    clock.advance(60_001)
    await resolver.resolve(did)
    expect(countRequests('/issuers/kaarnala/did.json')).toBe(before + 2)
  })

  it('gives up on a server that never answers after the time-out', async () => {
    const { resolver } = resolverWith({ timeoutMs: 300 })
    const started = Date.now()
    expect(await reasonOf(resolver.resolve(`${hostDid}:silent`))).toBe('timeout')
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('says why a document is refused: missing, not JSON, too large, or for another DID', async () => {
    const { resolver } = resolverWith({ maximumBytes: 2048 })
    expect(await reasonOf(resolver.resolve(`${hostDid}:missing`))).toBe('http-error')
    expect(await reasonOf(resolver.resolve(`${hostDid}:html`))).toBe('not-json')
    expect(await reasonOf(resolver.resolve(`${hostDid}:large`))).toBe('too-large')
    expect(await reasonOf(resolver.resolve(`${hostDid}:impostor`))).toBe('wrong-id')
  })

  it('does not cache a failure', async () => {
    const { resolver } = resolverWith()
    const before = countRequests('/missing/did.json')
    await reasonOf(resolver.resolve(`${hostDid}:missing`))
    await reasonOf(resolver.resolve(`${hostDid}:missing`))
    expect(countRequests('/missing/did.json')).toBe(before + 2)
  })

  it('refuses a certificate it was not told to trust', async () => {
    const resolver = createDidResolver({
      clock: steppingClock(),
      timeoutMs: 2_000,
      fetchJson: createJsonFetcher({ allowPrivateNetwork: true }),
    })
    expect(await reasonOf(resolver.resolve(hostDid))).toBe('network-error')
  })

  it('verifies a credential whose did:web issuer is served over HTTPS', async () => {
    const did = `${hostDid}:issuers:kaarnala`
    const { proof: _proof, ...badge } = readVector(
      'real-credentials/obspec-ob3-ldp-testvector.json',
    )
    const credential = await addDataIntegrityProof(
      { ...badge, issuer: { ...(badge.issuer as JsonObject), id: did } },
      signingKey,
      {
        type: 'DataIntegrityProof',
        cryptosuite: 'eddsa-rdfc-2022',
        created: '2026-01-01T00:00:00Z',
        verificationMethod: `${did}#key-1`,
        proofPurpose: 'assertionMethod',
      },
      createDocumentLoader(),
    )
    const report = await createOfflineVerifier({ didResolver: resolverWith().resolver }).verify(
      credential,
    )
    expect(failuresOf(report)).toEqual([])
    expect(checkOf(report, 'issuer-key')).toMatchObject({
      outcome: 'ok',
      details: { keyId: `${did}#key-1`, controller: did },
    })
  })
})

describe('the DID resolver without the network', () => {
  it('answers from its registry first, without a request', async () => {
    const did = `${hostDid}:registered`
    const resolver = createDidResolver({
      clock: steppingClock(),
      registry: new Map([[did, didDocument(did)]]),
      fetchJson: () => Promise.reject(new Error('the registry must answer first')),
    })
    expect((await resolver.resolve(did)).id).toBe(did)
  })

  it('makes a did:key document offline, with the did:key key as its one Multikey', async () => {
    const did = 'did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2'
    const resolver = createDidResolver({
      clock: steppingClock(),
      fetchJson: () => Promise.reject(new Error('did:key needs no network')),
    })
    const document = await resolver.resolve(
      `${did}#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2`,
    )
    expect(document).toEqual(toDidKeyDocument(did))
    expect(document).toMatchObject({
      id: did,
      verificationMethod: [
        {
          id: `${did}#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2`,
          type: 'Multikey',
          controller: did,
          publicKeyMultibase: 'z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2',
        },
      ],
      assertionMethod: [`${did}#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2`],
    })
  })

  it('refuses a did:key that is not Ed25519 and a DID method it does not know', async () => {
    const resolver = createDidResolver({ clock: steppingClock() })
    // A P-256 did:key (multicodec 0x1200) from the did:key specification's examples.
    const p256 = 'did:key:zDnaerDaTF5BXEavCrfRZEk316dpbLsfPDZ3WJ5hRTPFU2169'
    expect(await reasonOf(resolver.resolve(p256))).toBe('invalid')
    expect(await reasonOf(resolver.resolve('did:example:123'))).toBe('unsupported')
  })

  it('maps did:web DIDs to URLs as the did:web specification does', () => {
    expect(didWebDocumentUrl('did:web:w3c-ccg.github.io')).toBe(
      'https://w3c-ccg.github.io/.well-known/did.json',
    )
    expect(didWebDocumentUrl('did:web:w3c-ccg.github.io:user:alice')).toBe(
      'https://w3c-ccg.github.io/user/alice/did.json',
    )
    expect(didWebDocumentUrl('did:web:example.com%3A3000:user:alice')).toBe(
      'https://example.com:3000/user/alice/did.json',
    )
    expect(() => didWebDocumentUrl('did:web:exa mple.com')).toThrow(DocumentRetrievalError)
  })

  it('never fetches plain http from another host, nor follows a redirect to it', async () => {
    const fetchJson = createJsonFetcher({ ca: certificate.cert, allowPrivateNetwork: true })
    const signal = AbortSignal.timeout(2_000)
    expect(await reasonOf(fetchJson('http://example.com/did.json', { signal }))).toBe('not-allowed')
    expect(await reasonOf(fetchJson(`${origin}/to-http/did.json`, { signal }))).toBe('not-allowed')
  })
})

const ownAddress = (await lookup(hostname())).address

describe('a fetcher for the public internet', () => {
  it('refuses loopback, private and link-local hosts, by address or by name', async () => {
    const fetchJson = createJsonFetcher({ ca: certificate.cert })
    const signal = AbortSignal.timeout(2_000)
    for (const url of [
      `${origin}/did.json`,
      'https://localhost/did.json',
      'https://10.1.2.3/did.json',
      'https://192.168.0.1/did.json',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/did.json',
      'https://[fd00::1]/did.json',
      'http://127.0.0.1/did.json',
    ]) {
      expect(await reasonOf(fetchJson(url, { signal })), url).toBe('not-allowed')
    }
  })

  // The machine's own name resolves (through /etc/hosts or DNS) to one of its addresses, which on
  // a server is loopback or private: the check must hold on the resolved address, not the name.
  it.runIf(isPrivateAddress(ownAddress))(
    'refuses a name that resolves to a private address',
    async () => {
      const fetchJson = createJsonFetcher({ ca: certificate.cert })
      const url = new URL(origin)
      url.hostname = hostname()
      const reason = await reasonOf(fetchJson(url.href, { signal: AbortSignal.timeout(2_000) }))
      expect(reason).toBe('not-allowed')
    },
  )

  it('counts IPv4-mapped IPv6 addresses as what they map to', () => {
    expect(isPrivateAddress('::ffff:127.0.0.1')).toBe(true)
    expect(isPrivateAddress('::ffff:8.8.8.8')).toBe(false)
    expect(isPrivateAddress('8.8.8.8')).toBe(false)
  })
})

describe('the status list fetcher over HTTPS', () => {
  it('fetches a list credential once and caches it', async () => {
    const fetcher = createStatusListFetcher({
      clock: steppingClock(),
      fetchJson: createJsonFetcher({ ca: certificate.cert, allowPrivateNetwork: true }),
    })
    const before = countRequests('/status/1')
    const list = await fetcher.fetch(`${origin}/status/1`)
    await fetcher.fetch(`${origin}/status/1`)
    expect(list.type).toEqual(['VerifiableCredential', 'BitstringStatusListCredential'])
    expect(countRequests('/status/1')).toBe(before + 1)
  })
})
