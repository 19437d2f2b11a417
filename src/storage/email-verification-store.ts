import type { Kysely } from 'kysely'
import type { EmailVerificationStore } from '../core/index.js'
import type { Database } from './schema.js'

export function createEmailVerificationStore(db: Kysely<Database>): EmailVerificationStore {
  return {
    async create(verification) {
      await db
        .insertInto('email_verifications')
        .values({
          id: verification.id,
          email_address_id: verification.emailAddressId,
          token_hash: verification.tokenHash,
          created_at: verification.createdAt,
          expires_at: verification.expiresAt,
        })
        .execute()
    },
    async findByTokenHash(tokenHash) {
      const row = await db
        .selectFrom('email_verifications')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst()
      return row === undefined
        ? undefined
        : {
            id: row.id,
            emailAddressId: row.email_address_id,
            tokenHash: row.token_hash,
            createdAt: row.created_at,
            expiresAt: row.expires_at,
          }
    },
    async delete(id) {
      await db.deleteFrom('email_verifications').where('id', '=', id).execute()
    },
  }
}
