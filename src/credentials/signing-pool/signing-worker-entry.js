// A signing worker's entry point: registers tsx in the worker (as bin/osaamo.js does for the
// command, and whether or not the parent thread's hooks reach workers), then loads the worker.
import { register } from 'tsx/esm/api'

register()
await import('./signing-worker.ts')
