// Cohort issuing end to end on the PostgreSQL server of TEST_DATABASE_URL (a new database, dropped
// afterwards): a closed offering with COHORT_SIZE (default 10,000) passed learners, issued through
// the pg-boss job queue exactly as `osaamo serve` works it, against the credential engine's raw
// signing rate for the same credential, measured in the same run on the same machine.
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { compose } from '../src/compose.js'
import { isIssuingRunFinished, type JsonObject, system } from '../src/core/index.js'
import {
  buildOpenBadgeCredential,
  getSigningKey,
  loadDemoData,
  prepareOpenBadgeIssuer,
  requestCohortIssuing,
} from '../src/services/index.js'
import { seedClosedCohort } from '../test/issuing/seed-cohort.js'
import { testKeyEncryptionKey } from '../test/support/compose-for-test.js'

const cohortSize = Number(process.env.COHORT_SIZE ?? 10_000)
const rawSeconds = 10

export async function benchCohortIssuing(): Promise<void> {
  const serverUrl = process.env.TEST_DATABASE_URL
  if (serverUrl === undefined) {
    console.log('cohort-issuing: skipped, set TEST_DATABASE_URL')
    return
  }
  const name = `osaamo_bench_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  const composition = await compose({
    database: { kind: 'server', url: url.toString(), poolSize: 4 },
    isDemo: true,
    publicUrl: 'http://localhost:3000',
    mail: {
      kind: 'files',
      directory: join(tmpdir(), 'osaamo-bench-mail'),
      from: 'bench@localhost',
    },
    keyEncryptionKey: { kind: 'given', key: testKeyEncryptionKey },
  })
  try {
    const { deps } = composition
    await loadDemoData(deps)
    const seedStarted = performance.now()
    const cohort = await seedClosedCohort(deps, { learners: cohortSize, label: 'bench' })
    const seedSeconds = (performance.now() - seedStarted) / 1000

    // The pipeline: one request, pg-boss hands the run to this process's worker.
    await composition.startWorkers()
    const started = performance.now()
    const { run } = await requestCohortIssuing(deps, system, { offeringId: cohort.offeringId })
    let current = run
    while (!isIssuingRunFinished(current)) {
      await new Promise((resolve) => setTimeout(resolve, 200))
      current = (await deps.stores.issuingRuns.findById(run.id)) ?? current
    }
    const seconds = (performance.now() - started) / 1000
    if (current.state !== 'completed' || current.issued !== cohort.passed) {
      throw new Error(`the run ended ${current.state} with ${current.issued} of ${cohort.passed}`)
    }
    // The raw rate: the engine signing one of the credentials just issued (its proof taken off),
    // and building and checking one first, in memory, no database.
    const offering = await deps.stores.offerings.findById(cohort.offeringId)
    const issuer = await prepareOpenBadgeIssuer(deps, system, offering?.versionId ?? '')
    const key = await getSigningKey(deps, issuer.organisation.id)
    const firstLearner = (await deps.stores.enrolments.listForOffering(cohort.offeringId))[0]
    const [stored] = await deps.stores.issuedCredentials.listForLearner(
      firstLearner?.personId ?? '',
    )
    if (stored === undefined) {
      throw new Error('no issued credential to measure the raw signing rate with')
    }
    const { proof: _proof, ...unsigned } = stored.credential
    const sign = (credential: JsonObject) =>
      deps.credentialSigner.addProof(credential, key, {
        cryptosuite: 'eddsa-rdfc-2022',
        created: new Date(),
      })
    const request = {
      specificationVersionId: issuer.version.id,
      learner: { name: 'Oppija Bench', emailAddress: 'oppija-bench@example.fi' },
      result: {
        grade: '4',
        assessedAt: new Date('2026-11-20T00:00:00Z'),
        identityVerification: 'supervised-with-id-verification',
      },
    }
    const signRate = await rate(() => sign(unsigned))
    const buildAndSignRate = await rate(() =>
      sign({
        ...buildOpenBadgeCredential(deps, issuer, request),
        credentialStatus: unsigned.credentialStatus ?? [],
        issuer: unsigned.issuer ?? null,
      }),
    )
    const pipelineRate = current.issued / seconds
    const cores = (await import('node:os')).availableParallelism()
    console.log(
      `cohort issuing, ${cohort.passed} credentials (eddsa-rdfc-2022) on the PostgreSQL server, ${cores} cores (cohort seeded in ${seedSeconds.toFixed(0)} s)`,
    )
    console.log(
      `  raw signing of an issued credential (engine only, no database) ${signRate.toFixed(1)} credentials/s`,
    )
    console.log(
      `  build + schema check + sign (no database) ${buildAndSignRate.toFixed(1)} credentials/s`,
    )
    console.log(
      `  pipeline: request → pg-boss → batches → stored, claim mails queued  ${pipelineRate.toFixed(1)} credentials/s (${seconds.toFixed(1)} s)`,
    )
    console.log(
      `  lost to the database and queue: ${((1 - pipelineRate / signRate) * 100).toFixed(1)} % of the raw signing rate (goal < 30 %)`,
    )
  } finally {
    await composition.close()
    if (process.env.OSAAMO_BENCH_KEEP === '1') {
      console.log(`  kept the database ${name}`)
    } else {
      await admin.query(`drop database if exists ${name} with (force)`)
    }
    await admin.end()
  }
}

/** Calls `work` repeatedly for a fixed time after a warm-up; answers the rate per second. */
async function rate(work: () => Promise<unknown>): Promise<number> {
  const warmUntil = performance.now() + 1000
  while (performance.now() < warmUntil) {
    await work()
  }
  let count = 0
  const started = performance.now()
  while (performance.now() - started < rawSeconds * 1000) {
    await work()
    count += 1
  }
  return count / ((performance.now() - started) / 1000)
}
