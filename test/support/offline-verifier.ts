import { readFileSync } from 'node:fs'
import type {
  Clock,
  JsonObject,
  VerificationCheck,
  VerificationReport,
} from '../../src/core/index.js'
import {
  type CredentialVerifierOptions,
  createCredentialVerifier,
  createDidResolver,
  createStatusListFetcher,
  DocumentRetrievalError,
} from '../../src/credentials/index.js'

// A credential verifier for tests: the clock pinned, no network (every fetch fails at once), and
// the shared fixtures' remote status list URLs answered from the local files index.json names.

const vectors = new URL('../fixtures/vectors/', import.meta.url)

export function readVector<T = JsonObject>(file: string): T {
  return JSON.parse(readFileSync(new URL(file, vectors), 'utf8')) as T
}

export type RealCredentialEntry = {
  file: string
  expected: { signature?: string; overall: string }
  statusListCredentialFile?: string
}

export const realCredentialIndex = readVector<{ files: RealCredentialEntry[] }>(
  'real-credentials/index.json',
)

/** statusListCredential URL → list credential, from index.json's statusListCredentialFile. */
export function realStatusLists(): Map<string, unknown> {
  const lists = new Map<string, unknown>()
  for (const entry of realCredentialIndex.files) {
    if (entry.statusListCredentialFile === undefined) {
      continue
    }
    const credential = readVector(`real-credentials/${entry.file}`)
    const statuses = [credential.credentialStatus].flat() as JsonObject[]
    for (const status of statuses) {
      lists.set(
        status.statusListCredential as string,
        readVector(`real-credentials/${entry.statusListCredentialFile}`),
      )
    }
  }
  return lists
}

/** A fetchJson that never reaches the network: tests must not depend on it. */
export async function offline(url: string): Promise<never> {
  throw new DocumentRetrievalError('network-error', `No network in tests: ${url}`)
}

export function pinnedClock(iso: string): Clock {
  return { now: () => new Date(iso) }
}

/** The date the shared fixtures' expectations hold on (see index.json's offlineNotes). */
export const fixtureDate = '2026-11-28T12:00:00Z'

export function createOfflineVerifier(
  options: Partial<CredentialVerifierOptions> & {
    didRegistry?: ReadonlyMap<string, unknown>
    statusLists?: ReadonlyMap<string, unknown>
  } = {},
) {
  const clock = options.clock ?? pinnedClock(fixtureDate)
  const { didRegistry, statusLists, ...rest } = options
  return createCredentialVerifier({
    clock,
    trustedIssuers: [],
    didResolver: createDidResolver({
      clock,
      fetchJson: offline,
      ...(didRegistry === undefined ? {} : { registry: didRegistry }),
    }),
    statusListFetcher: createStatusListFetcher({
      clock,
      fetchJson: offline,
      registry: statusLists ?? realStatusLists(),
    }),
    ...rest,
  })
}

export function checkOf(
  report: VerificationReport,
  id: VerificationCheck['id'],
): VerificationCheck {
  const check = report.checks.find((candidate) => candidate.id === id)
  if (check === undefined) {
    throw new Error(`the report has no ${id} check`)
  }
  return check
}

/** The checks that failed, as `id/code`, for readable assertions. */
export function failuresOf(report: VerificationReport): string[] {
  return report.checks
    .filter((check) => check.outcome === 'failed')
    .map((check) => `${check.id}/${check.code}`)
}
