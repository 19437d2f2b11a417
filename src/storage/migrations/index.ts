import type { Migration } from 'kysely/migration'
import * as createOrganisations from './2026-11-28-create-organisations.js'

/**
 * Every migration, in order. Listed here rather than read from the folder so that they work the
 * same under tsx, in a bundle and in tests. Names sort by date; never rename or edit a landed one.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-28-create-organisations': createOrganisations,
}
