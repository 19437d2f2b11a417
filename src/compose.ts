import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto'
import argon2 from 'argon2'
import { openKeyVault } from './compose-key-vault.js'
import { createMailSender } from './compose-mail-sender.js'
import { createInstallationVerifier, createRemoteCredentials } from './compose-verifier.js'
import type { Config } from './config.js'
import {
  AppError,
  type Clock,
  type IdGenerator,
  isIssuingRunFinished,
  type PasswordHasher,
  type RandomNumbers,
  type Secrets,
} from './core/index.js'
import {
  createCertificateRenderer,
  createCredentialSigner,
  createInProcessSigning,
  createSigningPool,
  type DocumentSigning,
  defaultSigningThreads,
  encodeStatusList,
  validateOpenBadgeSchema,
} from './credentials/index.js'
import {
  createInProcessJobQueue,
  createPgBossJobQueue,
  type InProcessJobQueue,
  type JobErrorReporter,
  type PgBossJobQueue,
} from './jobs/index.js'
import { createOidcClient } from './oidc/index.js'
import { type Deps, findPublicDocument, workIssuingRun } from './services/index.js'
import {
  createStores,
  createUnitOfWork,
  createWorkspaceEventBus,
  type DatabaseLocation,
  migrateToLatest,
  openDatabase,
} from './storage/index.js'

export type Composition = {
  readonly deps: Deps
  /**
   * Works background jobs in this process (`osaamo serve`): on a server database it joins the
   * pg-boss workers; on the embedded one it resumes runs a stop or a crash left unfinished.
   */
  startWorkers(): Promise<void>
  /** Resolves when this process works on no job (the embedded database's queue; tests). */
  jobsIdle(): Promise<void>
  close(): Promise<void>
}

export const systemClock: Clock = { now: () => new Date() }
export const randomIds: IdGenerator = { newId: () => randomUUID() }

/** Cryptographically strong random integers (node:crypto randomInt). */
export const nodeRandomNumbers: RandomNumbers = { integerBelow: (limit) => randomInt(limit) }

export const nodeSecrets: Secrets = {
  newToken: (prefix) => `${prefix}${randomBytes(32).toString('base64url')}`,
  sha256Hex: (text) => createHash('sha256').update(text).digest('hex'),
}

/** argon2id, with OWASP's recommended cost by default; tests pass a cheaper one. */
export function createArgon2Hasher(
  cost: { memoryCost: number; timeCost: number } = { memoryCost: 19_456, timeCost: 2 },
): PasswordHasher {
  return {
    hash: (password) => argon2.hash(password, { type: argon2.argon2id, ...cost, parallelism: 1 }),
    verify: async (passwordHash, password) => {
      try {
        return await argon2.verify(passwordHash, password)
      } catch {
        return false
      }
    },
  }
}

/**
 * The composition root: opens the database, brings its schema up to date and wires the stores
 * into the Deps every use case takes. The caller owns the result and must close it.
 */
export async function compose(
  config: Pick<Config, 'database' | 'isDemo' | 'publicUrl' | 'mail'> &
    Partial<Pick<Config, 'oidc' | 'keyEncryptionKey' | 'verifier' | 'signingThreads'>>,
  overrides: {
    clock?: Clock
    ids?: IdGenerator
    passwordHasher?: PasswordHasher
    random?: RandomNumbers
    reportJobError?: JobErrorReporter
  } = {},
): Promise<Composition> {
  const keyVault = openKeyVault(config.keyEncryptionKey, config.database)
  const oidc =
    config.oidc === undefined
      ? undefined
      : createOidcClient({
          ...config.oidc,
          redirectUri: `${config.publicUrl}/api/auth/oidc/callback`,
        })
  const handle = await openDatabase(config.database)
  try {
    await handle.probe.ping().catch((error: unknown) => {
      throw new AppError(
        'DATABASE_UNAVAILABLE',
        `The database at ${describeLocation(config.database)} does not answer.`,
        {
          cause: error,
        },
      )
    })
    await migrateToLatest(handle.db)
  } catch (error) {
    await handle.close()
    throw error
  }
  const clock = overrides.clock ?? systemClock
  const signing = chooseSigning(config.database, config.signingThreads)
  const jobs = createJobQueue(
    config.database,
    // The queue calls back into the use case once deps exist (they hold the queue).
    async (runId, signal) => isIssuingRunFinished(await workIssuingRun(deps, runId, { signal })),
    overrides.reportJobError ?? reportJobErrorToStderr,
  )
  const workspaceEvents = createWorkspaceEventBus(config.database, handle.db)
  const deps: Deps = {
    clock,
    ids: overrides.ids ?? randomIds,
    database: handle.probe,
    stores: createStores(handle.db),
    transaction: createUnitOfWork(handle.db),
    passwordHasher: overrides.passwordHasher ?? createArgon2Hasher(),
    secrets: nodeSecrets,
    mailSender: createMailSender(config.mail),
    publicUrl: config.publicUrl,
    isDemo: config.isDemo,
    oidc,
    credentialSigner: createCredentialSigner(signing),
    keyVault,
    random: overrides.random ?? nodeRandomNumbers,
    statusListEncoder: { encode: encodeStatusList },
    openBadgesSchema: { validate: validateOpenBadgeSchema },
    certificateRenderer: createCertificateRenderer(),
    jobs,
    workspaceEvents,
    remoteCredentials: createRemoteCredentials(config.publicUrl),
    credentialVerifier: createInstallationVerifier({
      settings: config.verifier ?? { trustedIssuers: [], didDocumentsDirectory: undefined },
      publicUrl: config.publicUrl,
      clock,
      // The verifier reads this installation's DID documents and status lists from the database.
      localDocuments: (url) => findPublicDocument(deps, url),
    }),
  }
  return {
    deps,
    startWorkers: async () => {
      if (jobs.kind === 'server') {
        await jobs.queue.startWorkers()
      }
      // Runs with no job behind them (one `osaamo issue` left when it was killed, or a run whose
      // process stopped) are picked up here; a run that has its job already is not queued twice.
      for (const run of await deps.stores.issuingRuns.listUnfinished()) {
        await jobs.queue.enqueueIssuingRun(run.id)
      }
    },
    jobsIdle: () => (jobs.kind === 'embedded' ? jobs.queue.idle() : Promise.resolve()),
    close: async () => {
      await jobs.queue.stop()
      await workspaceEvents.close()
      await signing.close()
      await handle.close()
    },
  }
}

/**
 * Cohorts on a database server are signed on a pool of worker threads, one per core unless
 * configured (its workers start on the first signing); the embedded database, one thread or a
 * single core sign in this thread.
 */
function chooseSigning(location: DatabaseLocation, threads: number | undefined): DocumentSigning {
  const size = threads ?? defaultSigningThreads()
  return location.kind === 'server' && size > 1
    ? createSigningPool({ size })
    : createInProcessSigning()
}

type ComposedJobQueue = Deps['jobs'] &
  (
    | { readonly kind: 'embedded'; readonly queue: InProcessJobQueue }
    | { readonly kind: 'server'; readonly queue: PgBossJobQueue }
  )

/** pg-boss on a PostgreSQL server; this process's own queue on the embedded database. */
function createJobQueue(
  location: DatabaseLocation,
  work: (runId: string, signal: AbortSignal) => Promise<boolean>,
  reportError: JobErrorReporter,
): ComposedJobQueue {
  if (location.kind === 'server') {
    const queue = createPgBossJobQueue({ connectionString: location.url, work, reportError })
    return { kind: 'server', queue, enqueueIssuingRun: (runId) => queue.enqueueIssuingRun(runId) }
  }
  const queue = createInProcessJobQueue(work, reportError)
  return { kind: 'embedded', queue, enqueueIssuingRun: (runId) => queue.enqueueIssuingRun(runId) }
}

/** Job failures are recorded on their run; this line tells the operator one happened. */
const reportJobErrorToStderr: JobErrorReporter = (error, runId) => {
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`osaamo: background job for issuing run ${runId} failed: ${message}\n`)
}

/** Where the database is, for messages: never with the password of a server URL. */
export function describeLocation(location: DatabaseLocation): string {
  if (location.kind === 'embedded') {
    return location.directory ?? 'memory (embedded)'
  }
  const url = new URL(location.url)
  return `${url.hostname}:${url.port || '5432'}${url.pathname}`
}
