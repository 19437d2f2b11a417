import type { Kysely } from 'kysely'
import type { SignInFailureStore } from '../core/index.js'
import type { Database } from './schema.js'

export function createSignInFailureStore(db: Kysely<Database>): SignInFailureStore {
  const countWhere = async (column: 'account_key' | 'client_key', key: string, since: Date) => {
    const row = await db
      .selectFrom('sign_in_failures')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where(column, '=', key)
      .where('occurred_at', '>=', since)
      .executeTakeFirstOrThrow()
    return Number(row.count)
  }
  return {
    async record(failure) {
      await db
        .insertInto('sign_in_failures')
        .values({
          account_key: failure.accountKey,
          client_key: failure.clientKey,
          occurred_at: failure.at,
        })
        .execute()
    },
    countForAccount: (accountKey, since) => countWhere('account_key', accountKey, since),
    countForClient: (clientKey, since) => countWhere('client_key', clientKey, since),
    async clearForAccount(accountKey) {
      await db.deleteFrom('sign_in_failures').where('account_key', '=', accountKey).execute()
    },
  }
}
