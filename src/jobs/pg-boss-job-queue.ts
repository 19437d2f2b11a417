import { PgBoss } from 'pg-boss'
import type { JobQueue } from '../core/index.js'
import type { IssuingRunWorker, JobErrorReporter } from './work-issuing-run-job.js'

const issuingQueue = 'osaamo-issuing-runs'

export type PgBossJobQueue = JobQueue & {
  /** Starts working jobs in this process (`osaamo serve`); other commands only enqueue. */
  startWorkers(): Promise<void>
  /** Stops: a running job stops between batches and is retried by another worker. */
  stop(): Promise<void>
}

/**
 * The job queue of a PostgreSQL server: pg-boss, in its own `pgboss` schema of Osaamo's database.
 * A job per run (its id as singleton key, so asking twice queues it once). A worker sends
 * heartbeats; when its process dies, the job is retried by another worker after the heartbeat
 * times out, and the run goes on from its last committed batch.
 */
export function createPgBossJobQueue(options: {
  connectionString: string
  work: IssuingRunWorker
  reportError: JobErrorReporter
}): PgBossJobQueue {
  const boss = new PgBoss({
    connectionString: options.connectionString,
    application_name: 'osaamo-jobs',
    max: 4,
    // Osaamo schedules nothing and keeps no cron; the queue's own upkeep stays on.
    schedule: false,
  })
  boss.on('error', (error) => options.reportError(error, ''))
  let starting: Promise<void> | undefined
  let isStopped = false
  const start = () => {
    starting ??= (async () => {
      await boss.start()
      await boss.createQueue(issuingQueue, {
        policy: 'stately',
        heartbeatSeconds: 30,
        retryLimit: 20,
        retryDelay: 2,
        retryBackoff: true,
        retryDelayMax: 60,
      })
    })()
    return starting
  }
  return {
    async enqueueIssuingRun(runId) {
      await start()
      await boss.send(issuingQueue, { runId }, { singletonKey: runId })
    },
    async startWorkers() {
      await start()
      await boss.work<{ runId: string }>(
        issuingQueue,
        { pollingIntervalSeconds: 1 },
        async ([job]) => {
          if (job === undefined) {
            return
          }
          const isFinished = await options.work(job.data.runId, job.signal)
          if (!isFinished) {
            // Stopped before the end: failing the job makes pg-boss hand it to a worker again.
            throw new Error(`issuing run ${job.data.runId} stopped before its end; it resumes`)
          }
        },
      )
    },
    async stop() {
      if (starting === undefined || isStopped) {
        return
      }
      isStopped = true
      await starting.catch(() => undefined)
      await boss.stop({ graceful: true, timeout: 10_000 })
    },
  }
}
