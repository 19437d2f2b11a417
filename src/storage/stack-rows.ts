import type { ColumnType } from 'kysely'

// Row types of the stack tables (migration 2026-11-30-5-create-stacks), listed in schema.ts's
// Database. Kept here so that the feature's storage reads in one place.

/** A jsonb column: read as parsed JSON, written as a JSON string (see toJsonb). */
type Jsonb<T> = ColumnType<T, string, string>

export type StackRow = {
  id: string
  organisation_id: string
  name: Jsonb<Record<string, string>>
  description: Jsonb<Record<string, string>>
  rules: Jsonb<unknown>
  is_published: boolean
  created_by: string | null
  created_at: ColumnType<Date, Date, never>
  updated_at: Date
  published_at: Date | null
}

export type StackCredentialRow = {
  id: string
  stack_id: string
  person_id: string
  issued_credential_id: string
  format: string
  claimed_at: Date
}
