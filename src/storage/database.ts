import { mkdir } from 'node:fs/promises'
import { PGlite } from '@electric-sql/pglite'
import { Kysely, PGliteDialect, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import type { DatabaseProbe } from '../core/index.js'
import type { Database } from './schema.js'

/** Where the data lives: an embedded PGlite (in a folder, or in memory) or a PostgreSQL server. */
export type DatabaseLocation =
  | { readonly kind: 'embedded'; readonly directory: string | undefined }
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
          dialect: new PGliteDialect({ pglite: await openPglite(location.directory) }),
        })
      : new Kysely<Database>({
          dialect: new PostgresDialect({
            pool: new pg.Pool({ connectionString: location.url, max: location.poolSize }),
          }),
        })
  const probe: DatabaseProbe = {
    kind: location.kind,
    ping: async () => {
      await sql`select 1`.execute(db)
    },
  }
  return { db, probe, close: () => db.destroy() }
}

async function openPglite(directory: string | undefined): Promise<PGlite> {
  if (directory !== undefined) {
    await mkdir(directory, { recursive: true })
  }
  return PGlite.create(directory === undefined ? {} : { dataDir: directory })
}
