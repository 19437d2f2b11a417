import { sql } from 'kysely'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { type Composition, compose } from '../../src/compose.js'
import { readConfig } from '../../src/config.js'
import { type IssuingRun, issuingBatchSize, system } from '../../src/core/index.js'
import { loadDemoData, requestCohortIssuing, workIssuingRun } from '../../src/services/index.js'
import { openDatabase } from '../../src/storage/index.js'
import { useDatabase } from '../offerings/cli-support.js'
import { testDatabases } from '../support/test-databases.js'
import { seedClosedCohort } from './seed-cohort.js'

describe.each(testDatabases)('unfinished issuing runs on the $name database', (database) => {
  let tearDown: (() => Promise<void>) | undefined
  afterEach(async () => {
    await tearDown?.()
    tearDown = undefined
  })
  it('works a run left queued to completion when the workers start', {
    timeout: 120_000,
  }, async () => {
    tearDown = await useDatabase(database)
    const { cohort, run } = await withComposition(async (composition) => {
      await loadDemoData(composition.deps)
      const seeded = await seedClosedCohort(composition.deps, {
        learners: 12,
        failEvery: 4,
        label: 'queued',
      })
      const requested = await requestCohortIssuing(
        composition.deps,
        system,
        { offeringId: seeded.offeringId },
        { inBackground: false },
      )
      return { cohort: seeded, run: requested.run }
    })
    expect(run).toMatchObject({ state: 'queued', total: 9, issued: 0 })

    const finished = await withComposition(async (composition) => {
      await composition.startWorkers()
      return waitUntilFinished(composition, run.id)
    })
    expect(finished).toMatchObject({
      state: 'completed',
      total: cohort.passed,
      issued: cohort.passed,
      alreadyIssued: 0,
      failures: [],
    })
    expect(await credentialsOf(cohort.offeringId)).toEqual({
      credentials: cohort.passed,
      enrolments: cohort.passed,
    })
  })

  it('works a run a worker stopped midway from its last batch to completion', {
    timeout: 120_000,
  }, async () => {
    tearDown = await useDatabase(database)
    const { cohort, stopped } = await withComposition(async (composition) => {
      await loadDemoData(composition.deps)
      const seeded = await seedClosedCohort(composition.deps, {
        learners: 72,
        failEvery: 4,
        label: 'stopped',
      })
      const { run } = await requestCohortIssuing(
        composition.deps,
        system,
        { offeringId: seeded.offeringId },
        { inBackground: false },
      )
      const stopping = new AbortController()
      const afterStop = await workIssuingRun(composition.deps, run.id, {
        signal: stopping.signal,
        onProgress: () => stopping.abort(),
      })
      return { cohort: seeded, stopped: afterStop }
    })
    expect(cohort.passed).toBe(54)
    expect(cohort.passed).toBeGreaterThan(issuingBatchSize)
    expect(stopped).toMatchObject({
      state: 'running',
      total: cohort.passed,
      issued: issuingBatchSize,
      alreadyIssued: 0,
      failures: [],
      finishedAt: undefined,
    })
    expect(await credentialsOf(cohort.offeringId)).toEqual({
      credentials: issuingBatchSize,
      enrolments: issuingBatchSize,
    })

    const finished = await withComposition(async (composition) => {
      await composition.startWorkers()
      return waitUntilFinished(composition, stopped.id)
    })
    expect(finished).toMatchObject({
      state: 'completed',
      total: cohort.passed,
      issued: cohort.passed,
      alreadyIssued: 0,
      failures: [],
    })
    expect(await credentialsOf(cohort.offeringId)).toEqual({
      credentials: cohort.passed,
      enrolments: cohort.passed,
    })
  })
})

/** A composition of the database `useDatabase` chose, closed after `work`, as one process. */
async function withComposition<T>(work: (composition: Composition) => Promise<T>): Promise<T> {
  const composition = await compose(readConfig(), { reportJobError: () => {} })
  try {
    return await work(composition)
  } finally {
    await composition.close()
  }
}

/**
 * The embedded database's queue says when it is idle; pg-boss works in its own time, so the
 * server leg polls the run (pg-boss polls for jobs every second) up to a limit.
 */
async function waitUntilFinished(composition: Composition, runId: string): Promise<IssuingRun> {
  await composition.jobsIdle()
  return vi.waitFor(
    async () => {
      const run = await composition.deps.stores.issuingRuns.findById(runId)
      if (run === undefined || run.state === 'queued' || run.state === 'running') {
        throw new Error(`run ${runId} is ${run?.state ?? 'missing'}`)
      }
      return run
    },
    { timeout: 30_000, interval: 200 },
  )
}

/** The offering's credentials and the enrolments they are for, read straight from the tables. */
async function credentialsOf(offeringId: string) {
  const handle = await openDatabase(readConfig().database)
  try {
    const { rows } = await sql<{ credentials: string; enrolments: string }>`
      select count(*) as credentials, count(distinct c.enrolment_id) as enrolments
      from issued_credentials c join enrolments e on e.id = c.enrolment_id
      where e.offering_id = ${offeringId}`.execute(handle.db)
    return {
      credentials: Number(rows[0]?.credentials ?? 0),
      enrolments: Number(rows[0]?.enrolments ?? 0),
    }
  } finally {
    await handle.close()
  }
}
