import { type RawBuilder, sql } from 'kysely'

/**
 * A value for a jsonb column. Serialised here because the pg driver and PGlite would otherwise
 * guess differently for arrays and strings.
 */
export function toJsonb(value: unknown): RawBuilder<string> {
  return sql<string>`${JSON.stringify(value)}::jsonb`
}
