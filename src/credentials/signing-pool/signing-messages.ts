import type { KeyObject } from 'node:crypto'
import type { JsonObject } from '../data-integrity.js'
import type { SigningRequest } from './sign-document.js'

// What the pool and its workers say to each other. Keys travel once per worker as KeyObjects
// (cloned by postMessage, never exported to bytes); signings name the key by number.

export type ToWorker =
  | {
      readonly kind: 'key'
      readonly keyId: number
      readonly publicKey: KeyObject
      readonly privateKey: KeyObject
      readonly publicKeyMultibase: string
    }
  | ({ readonly kind: 'sign'; readonly taskId: number; readonly keyId: number } & SigningRequest)

export type FromWorker =
  | { readonly taskId: number; readonly signed: JsonObject }
  | { readonly taskId: number; readonly error: SerialisedError }

/** An error as it crosses threads: the processing problem survives, so callers map it as before. */
export type SerialisedError = {
  readonly name: string
  readonly message: string
  readonly problem?: string | undefined
}
