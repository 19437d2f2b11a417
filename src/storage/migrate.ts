import type { Kysely } from 'kysely'
import { Migrator } from 'kysely/migration'
import { AppError } from '../core/index.js'
import { migrations } from './migrations/index.js'
import type { Database } from './schema.js'

export type MigrationOutcome = { readonly applied: readonly string[] }

/**
 * Brings the database to the latest schema. Safe to run from several processes at once: Kysely
 * holds a PostgreSQL advisory lock while it migrates, and runs the pending migrations in one
 * transaction, so a failure leaves the schema as it was.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationOutcome> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  })
  const { error, results = [] } = await migrator.migrateToLatest()
  if (error !== undefined) {
    const failed = results.find((result) => result.status === 'Error')
    throw new AppError(
      'MIGRATION_FAILED',
      `Migration ${failed?.migrationName ?? '(unknown)'} failed; the database was left at the last good version.`,
      { cause: error },
    )
  }
  return { applied: results.map((result) => result.migrationName) }
}
