import type { ColumnType } from 'kysely'

// Row types of the recognition tables (migration 2026-11-30-7-create-recognition), listed in
// schema.ts's Database. Kept here so that the feature's storage reads in one place.

/** A jsonb column: read as parsed JSON, written as a JSON string (see toJsonb). */
type Jsonb<T> = ColumnType<T, string, string>

export type RecognitionTargetRow = {
  id: string
  organisation_id: string
  code: string
  name: Jsonb<Record<string, string>>
  ects: number
  eqf_level: number | null
  learning_outcomes: Jsonb<string[]>
  skill_uris: string[]
  kind: string
  created_at: Date
  updated_at: Date
}

export type RecognitionRequestRow = {
  id: string
  person_id: string
  organisation_id: string
  target_id: string
  credential_kind: string
  credential_id: string
  achievement_key: string
  achievement_name: string
  state: string
  proposal: Jsonb<unknown>
  report: Jsonb<unknown>
  submitted_at: Date
  closed_at: Date | null
}

export type RecognitionDecisionRow = {
  request_id: string
  outcome: string
  ects_granted: number
  justification: string
  decided_by: string | null
  decided_at: Date
  follows_proposal: boolean
  record_credential_id: string
  is_shared: boolean
}
