import { type Kysely, type Selectable, sql } from 'kysely'
import type { CredentialOffer, CredentialOfferStore } from '../core/index.js'
import type { CredentialOfferRow, Database } from './schema.js'

export function createCredentialOfferStore(db: Kysely<Database>): CredentialOfferStore {
  return {
    async create(offer) {
      await db
        .insertInto('credential_offers')
        .values({
          id: offer.id,
          credential_id: offer.credentialId,
          code_hash: offer.codeHash,
          tx_code_hash: offer.txCodeHash ?? null,
          failed_tx_attempts: offer.failedTxAttempts,
          expires_at: offer.expiresAt,
          used_at: offer.usedAt ?? null,
          access_token_hash: offer.accessTokenHash ?? null,
          access_token_expires_at: offer.accessTokenExpiresAt ?? null,
          delivered_at: offer.deliveredAt ?? null,
          created_at: offer.createdAt,
          created_by: offer.createdBy ?? null,
        })
        .execute()
    },
    async findByCodeHash(codeHash, options = {}) {
      let query = db.selectFrom('credential_offers').selectAll().where('code_hash', '=', codeHash)
      if (options.isForUpdate === true) {
        query = query.forUpdate()
      }
      const row = await query.executeTakeFirst()
      return row === undefined ? undefined : fromCredentialOfferRow(row)
    },
    async findByAccessTokenHash(accessTokenHash) {
      const row = await db
        .selectFrom('credential_offers')
        .selectAll()
        .where('access_token_hash', '=', accessTokenHash)
        .executeTakeFirst()
      return row === undefined ? undefined : fromCredentialOfferRow(row)
    },
    async recordFailedTxAttempt(id) {
      const row = await db
        .updateTable('credential_offers')
        .set({ failed_tx_attempts: sql<number>`failed_tx_attempts + 1` })
        .where('id', '=', id)
        .returning('failed_tx_attempts')
        .executeTakeFirst()
      if (row === undefined) {
        throw new TypeError(`no credential offer ${id}`)
      }
      return row.failed_tx_attempts
    },
    async redeem(id, change) {
      // The conditions and the change in one statement: of two exchanges at once, the second
      // finds used_at set and changes nothing.
      const result = await db
        .updateTable('credential_offers')
        .set({
          used_at: change.at,
          access_token_hash: change.accessTokenHash,
          access_token_expires_at: change.accessTokenExpiresAt,
        })
        .where('id', '=', id)
        .where('used_at', 'is', null)
        .where('expires_at', '>', change.at)
        .where('failed_tx_attempts', '<', change.maxFailedTxAttempts)
        .executeTakeFirst()
      return result.numUpdatedRows > 0n
    },
    async markDelivered(id, at) {
      const result = await db
        .updateTable('credential_offers')
        .set({ delivered_at: at })
        .where('id', '=', id)
        .where('delivered_at', 'is', null)
        .where('access_token_expires_at', '>', at)
        .executeTakeFirst()
      return result.numUpdatedRows > 0n
    },
  }
}

function fromCredentialOfferRow(row: Selectable<CredentialOfferRow>): CredentialOffer {
  return {
    id: row.id,
    credentialId: row.credential_id,
    codeHash: row.code_hash,
    txCodeHash: row.tx_code_hash ?? undefined,
    failedTxAttempts: row.failed_tx_attempts,
    expiresAt: row.expires_at,
    usedAt: row.used_at ?? undefined,
    accessTokenHash: row.access_token_hash ?? undefined,
    accessTokenExpiresAt: row.access_token_expires_at ?? undefined,
    deliveredAt: row.delivered_at ?? undefined,
    createdAt: row.created_at,
    createdBy: row.created_by ?? undefined,
  }
}
