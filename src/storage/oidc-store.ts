import type { Kysely, Selectable } from 'kysely'
import {
  AppError,
  type OidcIdentity,
  type OidcPendingLink,
  type OidcSignInFlow,
  type OidcStore,
} from '../core/index.js'
import { isUniqueViolation } from './postgres-errors.js'
import type { Database, OidcIdentityRow, OidcPendingLinkRow, OidcSignInFlowRow } from './schema.js'

export function createOidcStore(db: Kysely<Database>): OidcStore {
  return {
    async createFlow(flow) {
      await db
        .insertInto('oidc_sign_in_flows')
        .values({
          id: flow.id,
          state_hash: flow.stateHash,
          code_verifier: flow.codeVerifier,
          nonce: flow.nonce,
          created_at: flow.createdAt,
          expires_at: flow.expiresAt,
        })
        .execute()
    },
    async takeFlow(stateHash) {
      // One statement: of two simultaneous callbacks with the same state, only one gets the flow.
      const row = await db
        .deleteFrom('oidc_sign_in_flows')
        .where('state_hash', '=', stateHash)
        .returningAll()
        .executeTakeFirst()
      return row === undefined ? undefined : fromFlowRow(row)
    },
    async deleteExpired(now) {
      await db.deleteFrom('oidc_sign_in_flows').where('expires_at', '<', now).execute()
      await db.deleteFrom('oidc_pending_links').where('expires_at', '<', now).execute()
    },
    async findIdentity(issuer, subject) {
      const row = await db
        .selectFrom('oidc_identities')
        .selectAll()
        .where('issuer', '=', issuer)
        .where('subject', '=', subject)
        .executeTakeFirst()
      return row === undefined ? undefined : fromIdentityRow(row)
    },
    async linkIdentity(identity) {
      try {
        await db
          .insertInto('oidc_identities')
          .values({
            issuer: identity.issuer,
            subject: identity.subject,
            person_id: identity.personId,
            linked_at: identity.linkedAt,
          })
          .execute()
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new AppError('OIDC_IDENTITY_LINKED', undefined, { cause: error })
        }
        throw error
      }
    },
    async listIdentities(personId) {
      const rows = await db
        .selectFrom('oidc_identities')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('linked_at')
        .orderBy('issuer')
        .orderBy('subject')
        .execute()
      return rows.map(fromIdentityRow)
    },
    async createPendingLink(link) {
      await db
        .insertInto('oidc_pending_links')
        .values({
          id: link.id,
          token_hash: link.tokenHash,
          issuer: link.issuer,
          subject: link.subject,
          person_id: link.personId,
          email_address: link.emailAddress,
          created_at: link.createdAt,
          expires_at: link.expiresAt,
        })
        .execute()
    },
    async findPendingLink(tokenHash) {
      const row = await db
        .selectFrom('oidc_pending_links')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst()
      return row === undefined ? undefined : fromPendingLinkRow(row)
    },
    async deletePendingLink(id) {
      await db.deleteFrom('oidc_pending_links').where('id', '=', id).execute()
    },
    async deleteForPerson(personId) {
      await db.deleteFrom('oidc_pending_links').where('person_id', '=', personId).execute()
      await db.deleteFrom('oidc_identities').where('person_id', '=', personId).execute()
    },
  }
}

function fromFlowRow(row: Selectable<OidcSignInFlowRow>): OidcSignInFlow {
  return {
    id: row.id,
    stateHash: row.state_hash,
    codeVerifier: row.code_verifier,
    nonce: row.nonce,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  }
}

function fromIdentityRow(row: Selectable<OidcIdentityRow>): OidcIdentity {
  return {
    issuer: row.issuer,
    subject: row.subject,
    personId: row.person_id,
    linkedAt: row.linked_at,
  }
}

function fromPendingLinkRow(row: Selectable<OidcPendingLinkRow>): OidcPendingLink {
  return {
    id: row.id,
    tokenHash: row.token_hash,
    issuer: row.issuer,
    subject: row.subject,
    personId: row.person_id,
    emailAddress: row.email_address,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  }
}
