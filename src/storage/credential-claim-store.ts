import type { ExpressionBuilder, Kysely, Selectable } from 'kysely'
import { type CredentialClaim, type CredentialClaimStore, isLanguage } from '../core/index.js'
import type { CredentialClaimRow, Database } from './schema.js'

export function createCredentialClaimStore(db: Kysely<Database>): CredentialClaimStore {
  return {
    async create(claim) {
      await insertClaims(db, [claim])
    },
    createMany: (claims) => insertClaims(db, claims),
    async findByTokenHash(tokenHash, options = {}) {
      let query = db.selectFrom('credential_claims').selectAll().where('token_hash', '=', tokenHash)
      if (options.isForUpdate === true) {
        query = query.forUpdate()
      }
      const row = await query.executeTakeFirst()
      return row === undefined ? undefined : fromClaimRow(row)
    },
    async findByCredential(credentialId) {
      const row = await db
        .selectFrom('credential_claims')
        .selectAll()
        .where('credential_id', '=', credentialId)
        .executeTakeFirst()
      return row === undefined ? undefined : fromClaimRow(row)
    },
    async replaceToken(id, change) {
      await db
        .updateTable('credential_claims')
        .set((eb) => ({
          token_hash: change.tokenHash,
          expires_at: change.expiresAt,
          last_sent_at: change.at,
          sent_count: eb('sent_count', '+', 1),
          ...(change.emailAddress === undefined ? {} : { email_address: change.emailAddress }),
          ...(change.language === undefined ? {} : { language: change.language }),
        }))
        .where('id', '=', id)
        .execute()
    },
    async markClaimed(id, personId, at) {
      // The conditions and the change in one statement: of two claims at once, one wins.
      const result = await db
        .updateTable('credential_claims')
        .set({ claimed_at: at, claimed_by: personId })
        .where('id', '=', id)
        .where('claimed_at', 'is', null)
        .where('expires_at', '>', at)
        .executeTakeFirst()
      return result.numUpdatedRows > 0n
    },
    async listForPerson(personId, emailAddresses) {
      const rows = await db
        .selectFrom('credential_claims')
        .selectAll()
        .where(madeByOrSentTo(personId, emailAddresses))
        .orderBy('created_at')
        .orderBy('id')
        .execute()
      return rows.map(fromClaimRow)
    },
    async eraseForPerson(personId, emailAddresses, pseudonym) {
      if (emailAddresses.length > 0) {
        await db
          .deleteFrom('credential_claims')
          .where('email_address', 'in', [...emailAddresses])
          .where('claimed_at', 'is', null)
          .execute()
      }
      await db
        .updateTable('credential_claims')
        .set({ email_address: pseudonym })
        .where(madeByOrSentTo(personId, emailAddresses))
        .execute()
    },
  }
}

/** The claims the person made, or that were sent to one of the addresses. */
function madeByOrSentTo(personId: string, emailAddresses: readonly string[]) {
  return (eb: ExpressionBuilder<Database, 'credential_claims'>) =>
    emailAddresses.length === 0
      ? eb('claimed_by', '=', personId)
      : eb.or([eb('claimed_by', '=', personId), eb('email_address', 'in', [...emailAddresses])])
}

async function insertClaims(
  db: Kysely<Database>,
  claims: readonly CredentialClaim[],
): Promise<void> {
  if (claims.length === 0) {
    return
  }
  await db
    .insertInto('credential_claims')
    .values(
      claims.map((claim) => ({
        id: claim.id,
        credential_id: claim.credentialId,
        email_address: claim.emailAddress,
        language: claim.language,
        token_hash: claim.tokenHash,
        expires_at: claim.expiresAt,
        sent_count: claim.sentCount,
        last_sent_at: claim.lastSentAt,
        claimed_at: claim.claimedAt ?? null,
        claimed_by: claim.claimedBy ?? null,
        created_at: claim.createdAt,
      })),
    )
    .execute()
}

function fromClaimRow(row: Selectable<CredentialClaimRow>): CredentialClaim {
  if (!isLanguage(row.language)) {
    throw new TypeError(`credential claim ${row.id} has an unknown language`)
  }
  return {
    id: row.id,
    credentialId: row.credential_id,
    emailAddress: row.email_address,
    language: row.language,
    tokenHash: row.token_hash,
    expiresAt: row.expires_at,
    sentCount: row.sent_count,
    lastSentAt: row.last_sent_at,
    claimedAt: row.claimed_at ?? undefined,
    claimedBy: row.claimed_by ?? undefined,
    createdAt: row.created_at,
  }
}
