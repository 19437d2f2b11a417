import type { JobQueue } from '../core/index.js'
import type { IssuingRunWorker, JobErrorReporter } from './work-issuing-run-job.js'

export type InProcessJobQueue = JobQueue & {
  /** Resolves when no run is being worked on. */
  idle(): Promise<void>
  /** Stops working (runs stop between batches and resume on the next start) and waits. */
  stop(): Promise<void>
}

/**
 * The job queue of the embedded database: runs are worked on in this process, one promise each.
 * Only one process can open an embedded database, so no other worker exists; runs left unfinished
 * by a stop or a crash are enqueued again on the next start (see `osaamo serve`).
 */
export function createInProcessJobQueue(
  work: IssuingRunWorker,
  reportError: JobErrorReporter,
): InProcessJobQueue {
  const running = new Map<string, Promise<void>>()
  const stopping = new AbortController()
  return {
    async enqueueIssuingRun(runId) {
      if (running.has(runId) || stopping.signal.aborted) {
        return
      }
      const job = work(runId, stopping.signal)
        .then(() => undefined)
        .catch((error: unknown) => reportError(error, runId))
        .finally(() => running.delete(runId))
      running.set(runId, job)
    },
    async idle() {
      while (running.size > 0) {
        await Promise.all(running.values())
      }
    },
    async stop() {
      stopping.abort()
      await Promise.all(running.values())
    },
  }
}
