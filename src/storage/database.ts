import { mkdir } from 'node:fs/promises'
import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { Kysely, PGliteDialect, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import type { DatabaseProbe } from '../core/index.js'
import { migrateToLatest } from './migrate.js'
import type { Database } from './schema.js'

/** Where the data lives: an embedded PGlite (in a folder, or in memory) or a PostgreSQL server. */
export type DatabaseLocation =
  | {
      readonly kind: 'embedded'
      /** A folder to keep the data in; undefined keeps it in memory. */
      readonly directory: string | undefined
      /** A data directory dumped by PGlite to start from instead of an empty cluster (much faster). */
      readonly seed?: Blob
    }
  | { readonly kind: 'server'; readonly url: string; readonly poolSize: number }

export type DatabaseHandle = {
  readonly db: Kysely<Database>
  readonly probe: DatabaseProbe
  close(): Promise<void>
}

/** Opens the database; nothing is migrated here (see migrateToLatest). */
export async function openDatabase(location: DatabaseLocation): Promise<DatabaseHandle> {
  const db =
    location.kind === 'embedded'
      ? new Kysely<Database>({
          dialect: new PGliteDialect({ pglite: await openPglite(location) }),
        })
      : new Kysely<Database>({
          dialect: new PostgresDialect({ pool: openPool(location.url, location.poolSize) }),
        })
  const probe: DatabaseProbe = {
    kind: location.kind,
    ping: async () => {
      await sql`select 1`.execute(db)
    },
  }
  return { db, probe, close: () => db.destroy() }
}

function openPool(url: string, poolSize: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: poolSize })
  // An idle connection that the server closes (a restart, a terminated backend) is dropped by the
  // pool and replaced on next use; without a listener Node would end the whole process instead.
  // Queries that fail still reject, and /healthz reports the database.
  pool.on('error', () => {})
  return pool
}

async function openPglite(
  location: Extract<DatabaseLocation, { kind: 'embedded' }>,
): Promise<PGlite> {
  if (location.directory !== undefined) {
    await mkdir(location.directory, { recursive: true })
  }
  return PGlite.create({
    // Trigram search of ESCO labels; a PostgreSQL server has it in its contrib package.
    extensions: { pg_trgm },
    ...(location.directory === undefined ? {} : { dataDir: location.directory }),
    ...(location.seed === undefined ? {} : { loadDataDir: location.seed }),
  })
}

/**
 * Dumps an embedded database's data directory, to seed other embedded databases with it (tests
 * start from a migrated template instead of running initdb each time).
 */
export async function dumpEmbeddedDatabase(
  location: Extract<DatabaseLocation, { kind: 'embedded' }>,
): Promise<Blob> {
  const pglite = await openPglite(location)
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) })
  try {
    await migrateToLatest(db)
    return await pglite.dumpDataDir('none')
  } finally {
    await db.destroy()
  }
}
