// Background jobs: the JobQueue adapters (in this process, or pg-boss on a PostgreSQL server).

export { createInProcessJobQueue, type InProcessJobQueue } from './in-process-job-queue.js'
export { createPgBossJobQueue, type PgBossJobQueue } from './pg-boss-job-queue.js'
export type { IssuingRunWorker, JobErrorReporter } from './work-issuing-run-job.js'
