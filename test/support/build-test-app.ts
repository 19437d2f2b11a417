import type { FastifyInstance } from 'fastify'
import { type AppOptions, buildApp } from '../../src/api/index.js'
import { loadDemoData } from '../../src/services/index.js'
import { composeForTest, type TestComposition } from './compose-for-test.js'
import type { TestDatabase } from './test-databases.js'

export type TestApp = {
  readonly app: FastifyInstance
  readonly osaamo: TestComposition
  close(): Promise<void>
}

/** The whole API on a fresh database with the demo data loaded; close() tears everything down. */
export async function buildTestApp(
  database: TestDatabase,
  options: Partial<AppOptions> = {},
  composeOptions: Omit<NonNullable<Parameters<typeof composeForTest>[1]>, 'isDemo'> & {
    /** Works background jobs (pg-boss workers on the server database), as `osaamo serve` does. */
    startsWorkers?: boolean
    /** Also loads the demo offerings, enrolments and issued credentials (as `npm start` does). */
    withDemoActivity?: boolean
  } = {},
): Promise<TestApp> {
  const { startsWorkers, withDemoActivity, ...composing } = composeOptions
  const osaamo = await composeForTest(database, { ...composing, isDemo: true })
  await loadDemoData(osaamo.deps, { withActivity: withDemoActivity === true })
  if (startsWorkers === true) {
    await osaamo.startWorkers()
  }
  const app = await buildApp(osaamo.deps, {
    publicUrl: 'http://localhost:3000',
    version: '0.0.0-test',
    bodyLimitBytes: 64 * 1024,
    logLevel: 'silent',
    ...options,
  })
  return {
    app,
    osaamo,
    close: async () => {
      await app.close()
      await osaamo.close()
    },
  }
}
