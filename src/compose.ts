import { randomUUID } from 'node:crypto'
import type { Config } from './config.js'
import { AppError, type Clock, type IdGenerator } from './core/index.js'
import type { Deps } from './services/index.js'
import {
  createStores,
  createUnitOfWork,
  type DatabaseLocation,
  migrateToLatest,
  openDatabase,
} from './storage/index.js'

export type Composition = {
  readonly deps: Deps
  close(): Promise<void>
}

export const systemClock: Clock = { now: () => new Date() }
export const randomIds: IdGenerator = { newId: () => randomUUID() }

/**
 * The composition root: opens the database, brings its schema up to date and wires the stores
 * into the Deps every use case takes. The caller owns the result and must close it.
 */
export async function compose(
  config: Pick<Config, 'database' | 'isDemo'>,
  overrides: { clock?: Clock; ids?: IdGenerator } = {},
): Promise<Composition> {
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
  const deps: Deps = {
    clock: overrides.clock ?? systemClock,
    ids: overrides.ids ?? randomIds,
    database: handle.probe,
    stores: createStores(handle.db),
    transaction: createUnitOfWork(handle.db),
    isDemo: config.isDemo,
  }
  return { deps, close: () => handle.close() }
}

/** Where the database is, for messages: never with the password of a server URL. */
export function describeLocation(location: DatabaseLocation): string {
  if (location.kind === 'embedded') {
    return location.directory ?? 'memory (embedded)'
  }
  const url = new URL(location.url)
  return `${url.hostname}:${url.port || '5432'}${url.pathname}`
}
