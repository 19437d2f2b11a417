import type { ColumnType, Generated } from 'kysely'

/** Row types of Osaamo's tables. They never leave storage: stores map them to domain types. */
export type Database = {
  organisations: OrganisationRow
  settings: SettingRow
}

export type OrganisationRow = {
  id: string
  slug: string
  kind: string
  name: ColumnType<Record<string, string>, string, string>
  country: string
  region: string | null
  created_at: ColumnType<Date, Date, never>
}

export type SettingRow = {
  key: string
  value: ColumnType<unknown, string, string>
  updated_at: ColumnType<Date, Date, Date>
  version: Generated<number>
}
