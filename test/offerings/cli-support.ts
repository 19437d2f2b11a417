import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { vi } from 'vitest'
import { runCli } from '../../src/cli/program.js'
import { compose } from '../../src/compose.js'
import { readConfig } from '../../src/config.js'
import { captureIo } from '../support/capture-io.js'
import { testKeyEncryptionKeyBase64 } from '../support/compose-for-test.js'
import type { TestDatabase } from '../support/test-databases.js'

/** Runs a command and returns its exit code with what it printed. */
export async function osaamo(...argv: string[]) {
  const { io, out, err } = captureIo()
  const exitCode = await runCli(argv, io)
  return { exitCode, out: out.join('\n'), err: err.join('\n') }
}

/** Points the command line at a fresh database of the given kind; returns its tear-down. */
export async function useDatabase(database: TestDatabase): Promise<() => Promise<void>> {
  const created = await database.create()
  const environment: Record<string, string> = {
    OSAAMO_DEMO: 'true',
    OSAAMO_KEY_ENCRYPTION_KEY: testKeyEncryptionKeyBase64,
    PORT: '',
  }
  let directory: string | undefined
  if (created.location.kind === 'server') {
    environment.DATABASE_URL = created.location.url
  } else {
    directory = await mkdtemp(join(tmpdir(), 'osaamo-offerings-cli-'))
    environment.DATABASE_URL = ''
    environment.OSAAMO_DATA_DIR = directory
  }
  vi.unstubAllEnvs()
  for (const [name, value] of Object.entries(environment)) {
    vi.stubEnv(name, value)
  }
  return async () => {
    vi.unstubAllEnvs()
    await created.drop()
    if (directory !== undefined) {
      await rm(directory, { recursive: true, force: true })
    }
  }
}

/** The id of a published demo specification, read straight from the database. */
export async function publishedDemoSpecificationId(): Promise<string> {
  const composition = await compose(readConfig())
  try {
    const organisation = await composition.deps.stores.organisations.findBySlug('kaarnala-open')
    const versions = await composition.deps.stores.specifications.listLatestForOrganisation(
      organisation?.id ?? '',
    )
    const published = versions.find((version) => version.status === 'published')
    if (published === undefined) {
      throw new Error('the demo data has no published specification')
    }
    return published.specificationId
  } finally {
    await composition.close()
  }
}
