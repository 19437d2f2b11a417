import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { VerifierSettings } from './config.js'
import {
  AppError,
  type Clock,
  type CredentialVerifier,
  organisationDid,
  type RemoteCredentials,
} from './core/index.js'
import {
  createCredentialVerifier,
  createDidResolver,
  createJsonFetcher,
  createStatusListFetcher,
} from './credentials/index.js'

/**
 * The installation's credential verifier: this installation's own DID documents and status lists
 * come from its database (`localDocuments`) and its organisations are trusted issuers; other
 * DIDs resolve from OSAAMO_DID_DOCUMENTS first, then over HTTPS (cached, with a time-out), never
 * from a private network unless the installation itself runs on localhost.
 */
export function createInstallationVerifier(options: {
  settings: VerifierSettings
  publicUrl: string
  clock: Clock
  localDocuments: (url: string) => Promise<unknown>
}): CredentialVerifier {
  const registry = readDidDocuments(options.settings.didDocumentsDirectory)
  const ownOrganisations = `${organisationDid(options.publicUrl, '')}*`
  // A development installation (on localhost) may reach other local services; a real one never
  // lets a credential make it fetch from its own network.
  const fetchJson = createJsonFetcher({ allowPrivateNetwork: isDevelopment(options.publicUrl) })
  return createCredentialVerifier({
    clock: options.clock,
    didResolver: createDidResolver({ clock: options.clock, registry, fetchJson }),
    statusListFetcher: createStatusListFetcher({ clock: options.clock, fetchJson }),
    trustedIssuers: [ownOrganisations, ...options.settings.trustedIssuers],
    localDocuments: options.localDocuments,
  })
}

/**
 * Credentials learners link to, fetched under the verifier's rules: https, not from the
 * installation's own network (unless it runs on localhost), at most 1 MB, within 10 seconds.
 */
export function createRemoteCredentials(publicUrl: string): RemoteCredentials {
  const fetchJson = createJsonFetcher({
    allowPrivateNetwork: isDevelopment(publicUrl),
    maximumBytes: 1024 * 1024,
  })
  return { fetch: (url) => fetchJson(url, { signal: AbortSignal.timeout(10_000) }) }
}

function isDevelopment(publicUrl: string): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(new URL(publicUrl).hostname)
}

/** The DID documents of a folder, by their `id`; CONFIG_INVALID names a file that is not one. */
export function readDidDocuments(folder: string | undefined): ReadonlyMap<string, unknown> {
  const registry = new Map<string, unknown>()
  if (folder === undefined) {
    return registry
  }
  for (const name of readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()) {
    const path = join(folder, name)
    let document: unknown
    try {
      document = JSON.parse(readFileSync(path, 'utf8'))
    } catch (error) {
      throw new AppError('CONFIG_INVALID', `OSAAMO_DID_DOCUMENTS: ${path} is not JSON.`, {
        cause: error,
      })
    }
    const id = (document as { id?: unknown } | null)?.id
    if (typeof id !== 'string' || !id.startsWith('did:')) {
      throw new AppError('CONFIG_INVALID', `OSAAMO_DID_DOCUMENTS: ${path} has no DID as its id.`)
    }
    registry.set(id, document)
  }
  return registry
}
