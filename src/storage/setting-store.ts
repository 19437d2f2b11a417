import type { Kysely } from 'kysely'
import type { SettingStore } from '../core/index.js'
import { toJsonb } from './json.js'
import type { Database } from './schema.js'

export function createSettingStore(db: Kysely<Database>): SettingStore {
  return {
    async find(key) {
      const row = await db
        .selectFrom('settings')
        .select('value')
        .where('key', '=', key)
        .executeTakeFirst()
      return row?.value
    },
    async setIfAbsent(key, value, at) {
      // ON CONFLICT DO NOTHING waits for a concurrent insert of the same key to commit, so exactly
      // one of several racing processes sees its row inserted.
      const inserted = await db
        .insertInto('settings')
        .values({ key, value: toJsonb(value), updated_at: at })
        .onConflict((conflict) => conflict.column('key').doNothing())
        .returning('key')
        .executeTakeFirst()
      return inserted !== undefined
    },
  }
}
