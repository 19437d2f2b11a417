import type { KeyObject } from 'node:crypto'
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import {
  type CredentialProblem,
  CredentialProcessingError,
} from '../credential-processing-error.js'
import type { JsonObject } from '../data-integrity.js'
import { createDocumentLoader, type DocumentLoader } from '../document-loader.js'
import type { Ed25519Key } from '../multikey.js'
import { type SigningRequest, signDocument } from './sign-document.js'
import type { FromWorker, SerialisedError, ToWorker } from './signing-messages.js'

/**
 * Signs documents as {@link signDocument} does. A pool on worker threads signs several at once,
 * one per core; the in-process signing does one after the other in this thread. Both give the
 * same proofs and the same errors, so callers need not know which they have.
 */
export type DocumentSigning = {
  /** How many documents are signed at the same time. */
  readonly size: number
  sign(request: SigningRequest, key: Ed25519Key): Promise<JsonObject>
  /** Stops the workers; signings still under way fail. Safe to call more than once. */
  close(): Promise<void>
}

/** Signing in this thread, one document at a time. */
export function createInProcessSigning(
  documentLoader: DocumentLoader = createDocumentLoader(),
): DocumentSigning {
  return {
    size: 1,
    sign: (request, key) => signDocument(request, key, documentLoader),
    close: async () => {},
  }
}

/** The number of worker threads a pool gets unless told: one per core the process may use. */
export function defaultSigningThreads(): number {
  return availableParallelism()
}

const defaultWorkerEntry = new URL('./signing-worker-entry.js', import.meta.url)

type Task = {
  readonly resolve: (signed: JsonObject) => void
  readonly reject: (error: Error) => void
}

type PooledWorker = {
  readonly worker: Worker
  readonly tasks: Map<number, Task>
  readonly keyIds: Set<number>
  stopReason: string | undefined
}

/**
 * A pool of `size` worker threads that sign in parallel. Workers start on the first signing, so
 * a process that never signs never starts one. Each worker is sent a key once, as a KeyObject
 * (cloned by postMessage, never exported to bytes), and keeps it. An idle pool holds nothing
 * open, so it never keeps the process alive; a worker that dies fails its signings with a clear
 * error and is replaced on the next signing.
 */
export function createSigningPool(
  options: { size?: number | undefined; workerEntry?: URL | undefined } = {},
): DocumentSigning {
  const size = Math.max(1, options.size ?? defaultSigningThreads())
  const workerEntry = options.workerEntry ?? defaultWorkerEntry
  const workers: (PooledWorker | undefined)[] = Array.from({ length: size }, () => undefined)
  const keyIds = new WeakMap<KeyObject, number>()
  let nextKeyId = 1
  let nextTaskId = 1
  let isClosed = false

  const start = (slot: number): PooledWorker => {
    const worker = new Worker(workerEntry)
    worker.unref()
    const pooled: PooledWorker = {
      worker,
      tasks: new Map(),
      keyIds: new Set(),
      stopReason: undefined,
    }
    worker.on('message', (message: FromWorker) => {
      const task = pooled.tasks.get(message.taskId)
      if (task === undefined) {
        return
      }
      pooled.tasks.delete(message.taskId)
      if (pooled.tasks.size === 0) {
        worker.unref()
      }
      if ('signed' in message) {
        task.resolve(message.signed)
      } else {
        task.reject(deserialise(message.error))
      }
    })
    worker.on('error', (error) => {
      pooled.stopReason ??= error.message
    })
    worker.on('exit', (code) => {
      if (workers[slot] === pooled) {
        workers[slot] = undefined
      }
      const reason = isClosed
        ? 'the signing pool was closed'
        : `exit code ${code}${pooled.stopReason === undefined ? '' : `: ${pooled.stopReason}`}`
      const error = new Error(
        `A signing worker stopped before it signed (${reason}); nothing it held was signed.`,
      )
      for (const task of pooled.tasks.values()) {
        task.reject(error)
      }
      pooled.tasks.clear()
    })
    workers[slot] = pooled
    return pooled
  }

  /** The worker with the fewest signings under way, started when its slot is empty. */
  const leastBusy = (): PooledWorker => {
    let chosen: PooledWorker | undefined
    for (let slot = 0; slot < size; slot += 1) {
      const pooled = workers[slot] ?? start(slot)
      if (chosen === undefined || pooled.tasks.size < chosen.tasks.size) {
        chosen = pooled
      }
    }
    if (chosen === undefined) {
      throw new TypeError('a signing pool has no worker')
    }
    return chosen
  }

  const keyIdOf = (key: Ed25519Key, privateKey: KeyObject, pooled: PooledWorker): number => {
    let keyId = keyIds.get(privateKey)
    if (keyId === undefined) {
      keyId = nextKeyId
      nextKeyId += 1
      keyIds.set(privateKey, keyId)
    }
    if (!pooled.keyIds.has(keyId)) {
      const message: ToWorker = {
        kind: 'key',
        keyId,
        publicKey: key.publicKey,
        privateKey,
        publicKeyMultibase: key.publicKeyMultibase,
      }
      pooled.worker.postMessage(message)
      pooled.keyIds.add(keyId)
    }
    return keyId
  }

  return {
    size,
    async sign(request, key) {
      if (isClosed) {
        throw new Error('The signing pool is closed.')
      }
      if (key.privateKey === undefined) {
        // Refused without a worker, with the very error the in-process signing gives.
        return signDocument(request, key, createDocumentLoader())
      }
      const pooled = leastBusy()
      const keyId = keyIdOf(key, key.privateKey, pooled)
      const taskId = nextTaskId
      nextTaskId += 1
      return new Promise<JsonObject>((resolve, reject) => {
        if (pooled.tasks.size === 0) {
          pooled.worker.ref()
        }
        pooled.tasks.set(taskId, { resolve, reject })
        const message: ToWorker = { kind: 'sign', taskId, keyId, ...request }
        try {
          pooled.worker.postMessage(message)
        } catch (error) {
          pooled.tasks.delete(taskId)
          reject(error instanceof Error ? error : new Error(String(error)))
        }
      })
    },
    async close() {
      isClosed = true
      await Promise.all(workers.map((pooled) => pooled?.worker.terminate()))
    },
  }
}

function deserialise(error: SerialisedError): Error {
  if (error.name === 'CredentialProcessingError' && error.problem !== undefined) {
    return new CredentialProcessingError(error.problem as CredentialProblem, error.message)
  }
  const rebuilt = new Error(error.message)
  rebuilt.name = error.name
  return rebuilt
}
