/**
 * What a queue calls to work an issuing run: true when the run is finished, false when it was
 * stopped (the signal) and must be picked up again.
 */
export type IssuingRunWorker = (runId: string, signal: AbortSignal) => Promise<boolean>

/** Where a queue reports a job that failed; the run itself records why. */
export type JobErrorReporter = (error: unknown, runId: string) => void
