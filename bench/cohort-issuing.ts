// Cohort issuing end to end on the PostgreSQL server of TEST_DATABASE_URL (a new database, dropped
// afterwards): a closed offering with COHORT_SIZE (default 10,000) passed learners, issued through
// the pg-boss job queue exactly as `osaamo serve` works it, against the credential engine's raw
// signing rate for the same credential, measured in the same run on the same machine.
// COHORT_PROFILE=1 also prints where the time went: signing and each store call, summed.
import { randomBytes } from 'node:crypto'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { compose } from '../src/compose.js'
import { isIssuingRunFinished, type JsonObject, type Stores, system } from '../src/core/index.js'
import {
  buildOpenBadgeCredential,
  type Deps,
  getSigningKey,
  loadDemoData,
  prepareOpenBadgeIssuer,
  requestCohortIssuing,
} from '../src/services/index.js'
import { seedClosedCohort } from '../test/issuing/seed-cohort.js'
import { testKeyEncryptionKey } from '../test/support/compose-for-test.js'

const cohortSize = Number(process.env.COHORT_SIZE ?? 10_000)
const rawSeconds = Number(process.env.BENCH_SECONDS ?? 10)
const isProfiled = process.env.COHORT_PROFILE === '1'
// COHORT_SIGNER=stub: a constant proof instead of signing, to measure the write path alone.
const isSigningStubbed = process.env.COHORT_SIGNER === 'stub'

export async function benchCohortIssuing(): Promise<void> {
  const serverUrl = process.env.TEST_DATABASE_URL
  if (serverUrl === undefined) {
    console.log('cohort-issuing: skipped, set TEST_DATABASE_URL')
    return
  }
  const name = `osaamo_bench_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  // COHORT_TEMPLATE=<database>: seed the cohort once into that database and copy it for each run
  // (seeding 100,000 learners through the use cases takes minutes).
  const template = process.env.COHORT_TEMPLATE
  let seedSeconds = 0
  if (template !== undefined) {
    const found = await admin.query('select 1 from pg_database where datname = $1', [template])
    if (found.rowCount === 0) {
      await admin.query(`create database ${template}`)
      const seeding = await composeBench(serverUrl, template)
      try {
        seedSeconds = (await seed(seeding.deps)).seconds
      } finally {
        await seeding.close()
      }
    }
    await admin.query(`create database ${name} template ${template}`)
  } else {
    await admin.query(`create database ${name}`)
  }
  const composition = await composeBench(serverUrl, name)
  try {
    const { deps } = composition
    let cohort: { offeringId: string; passed: number }
    if (template === undefined) {
      const seeded = await seed(deps)
      cohort = seeded.cohort
      seedSeconds = seeded.seconds
    } else {
      // The template's cohort is its largest offering; every learner of it passed.
      const largest = new pg.Client({ connectionString: databaseUrl(serverUrl, name) })
      await largest.connect()
      const { rows } = await largest.query<{ offering_id: string; count: string }>(
        'select offering_id, count(*) from enrolments group by offering_id order by 2 desc limit 1',
      )
      await largest.end()
      cohort = { offeringId: rows[0]?.offering_id ?? '', passed: Number(rows[0]?.count) }
    }

    // Planner statistics of the loaded cohort, as autovacuum gathers them on a server after a bulk
    // load (the test server runs without autovacuum). Not of the tables the run fills: statistics
    // of their empty start, never refreshed here, would keep foreign-key checks on sequential scans.
    const analyzed = new pg.Client({ connectionString: databaseUrl(serverUrl, name) })
    await analyzed.connect()
    await analyzed.query('analyze enrolments, assessment_results, people, email_addresses')
    await analyzed.end()

    const realSigner = deps.credentialSigner
    if (isSigningStubbed) {
      stubSigning(deps)
    }
    const profile = isProfiled ? profileDeps(deps) : undefined
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
    profile?.stop()
    ;(deps as { credentialSigner: Deps['credentialSigner'] }).credentialSigner = realSigner
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
    const batch = Array.from({ length: 200 }, () => unsigned)
    const batchSignRate =
      200 *
      (await rate(() =>
        deps.credentialSigner.addProofs(batch, key, {
          cryptosuite: 'eddsa-rdfc-2022',
          created: new Date(),
        }),
      ))
    const pipelineRate = current.issued / seconds
    console.log(
      `cohort issuing, ${cohort.passed} credentials (eddsa-rdfc-2022) on the PostgreSQL server, ${availableParallelism()} cores (cohort seeded in ${seedSeconds.toFixed(0)} s${template === undefined ? '' : `, copied from ${template}`})`,
    )
    console.log(
      `  raw signing of an issued credential, one at a time (engine only, no database) ${signRate.toFixed(1)} credentials/s`,
    )
    console.log(
      `  raw signing in batches of 200 (the signing pool: all cores) ${batchSignRate.toFixed(1)} credentials/s`,
    )
    console.log(
      `  build + schema check + sign (no database) ${buildAndSignRate.toFixed(1)} credentials/s`,
    )
    console.log(
      `  pipeline: request → pg-boss → batches → stored, claim mails queued  ${pipelineRate.toFixed(1)} credentials/s (${seconds.toFixed(1)} s)`,
    )
    console.log(
      `  lost to the database and queue: ${((1 - pipelineRate / batchSignRate) * 100).toFixed(1)} % of the batch signing rate (goal < 30 %)`,
    )
    profile?.print(seconds)
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

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

function composeBench(serverUrl: string, name: string) {
  return compose({
    database: { kind: 'server', url: databaseUrl(serverUrl, name), poolSize: 4 },
    isDemo: true,
    publicUrl: 'http://localhost:3000',
    mail: {
      kind: 'files',
      directory: join(tmpdir(), 'osaamo-bench-mail'),
      from: 'bench@localhost',
    },
    keyEncryptionKey: { kind: 'given', key: testKeyEncryptionKey },
  })
}

/** The demo data and a closed offering of COHORT_SIZE passed learners. */
async function seed(
  deps: Deps,
): Promise<{ cohort: { offeringId: string; passed: number }; seconds: number }> {
  await loadDemoData(deps)
  const started = performance.now()
  const cohort = await seedClosedCohort(deps, { learners: cohortSize, label: 'bench' })
  return { cohort, seconds: (performance.now() - started) / 1000 }
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

/** Proofs that are a constant string: the pipeline without the cost of signing. */
function stubSigning(deps: Deps): void {
  const proofOf = (credential: JsonObject) => ({
    ...credential,
    proof: {
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      created: '2026-11-29T10:00:00Z',
      verificationMethod: 'did:example:stub#key',
      proofPurpose: 'assertionMethod',
      proofValue: `z${'1'.repeat(86)}`,
    },
  })
  ;(deps as { credentialSigner: Deps['credentialSigner'] }).credentialSigner = {
    ...deps.credentialSigner,
    addProof: async (credential) => proofOf(credential),
    addProofs: async (credentials) => credentials.map(proofOf),
  }
}

/**
 * Sums the wall time of every store call made in transactions and of the signer's calls, by
 * name, while the run is worked. Calls overlap when signing is pipelined, so the sums may exceed
 * the run's time; they show where it goes, not a partition of it.
 */
function profileDeps(deps: Deps): { stop(): void; print(seconds: number): void } {
  const totals = new Map<string, { ms: number; calls: number }>()
  const timed =
    <A extends unknown[], R>(name: string, call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const started = performance.now()
      try {
        return await call(...args)
      } finally {
        const total = totals.get(name) ?? { ms: 0, calls: 0 }
        total.ms += performance.now() - started
        total.calls += 1
        totals.set(name, total)
      }
    }
  const wrapStores = (stores: Stores): Stores =>
    Object.fromEntries(
      Object.entries(stores).map(([storeName, store]) => [
        storeName,
        Object.fromEntries(
          Object.entries(store as unknown as Record<string, unknown>).map(([method, call]) => [
            method,
            typeof call === 'function'
              ? timed(`${storeName}.${method}`, call as (...args: unknown[]) => Promise<unknown>)
              : call,
          ]),
        ),
      ]),
    ) as unknown as Stores
  const mutable = deps as { -readonly [K in keyof Deps]: Deps[K] }
  const original = { transaction: deps.transaction, credentialSigner: deps.credentialSigner }
  mutable.transaction = timed('transaction', (work) =>
    original.transaction((stores) => work(wrapStores(stores))),
  ) as Deps['transaction']
  mutable.credentialSigner = {
    ...original.credentialSigner,
    addProof: timed('sign.addProof', original.credentialSigner.addProof),
    addProofs: timed('sign.addProofs', original.credentialSigner.addProofs),
  }
  return {
    stop() {
      mutable.transaction = original.transaction
      mutable.credentialSigner = original.credentialSigner
    },
    print(seconds) {
      console.log(
        `  where the time went (summed wall time of calls during the ${seconds.toFixed(1)} s run):`,
      )
      for (const [name, total] of [...totals].sort((a, b) => b[1].ms - a[1].ms)) {
        console.log(
          `    ${name.padEnd(34)} ${(total.ms / 1000).toFixed(2).padStart(7)} s  ${String(total.calls).padStart(6)} calls`,
        )
      }
    },
  }
}
