import type { Stores } from '../core/index.js'
import type { Deps } from './deps.js'

/**
 * Runs `work` in the caller's transaction when it passes one (its stores), or in a new one. Use
 * cases take an optional `stores` so that a larger use case (loading demo data) can compose them
 * atomically.
 */
export function inTransaction<T>(
  deps: Pick<Deps, 'transaction'>,
  stores: Stores | undefined,
  work: (stores: Stores) => Promise<T>,
): Promise<T> {
  return stores === undefined ? deps.transaction(work) : work(stores)
}
