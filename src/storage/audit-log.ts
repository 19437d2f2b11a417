import { createHash } from 'node:crypto'
import { type Kysely, type Selectable, sql } from 'kysely'
import {
  type AuditActor,
  type AuditEntry,
  type AuditLog,
  auditEntryContent,
  genesisHash,
  type NewAuditEntry,
} from '../core/index.js'
import { toJsonb } from './json.js'
import type { AuditEntryRow, Database } from './schema.js'

/** Any constant: every append takes this transaction-scoped advisory lock, so the chain never forks. */
const auditLockKey = 7_305_726_100

/**
 * Chains the entries after the current last one, under the advisory lock, in one insert; in the
 * caller's transaction when there is one.
 */
function appendEntries(
  db: Kysely<Database>,
  newEntries: readonly NewAuditEntry[],
  at: Date,
): Promise<AuditEntry[]> {
  const appendIn = async (transaction: Kysely<Database>): Promise<AuditEntry[]> => {
    if (newEntries.length === 0) {
      return []
    }
    await sql`select pg_advisory_xact_lock(${auditLockKey})`.execute(transaction)
    const last = await transaction
      .selectFrom('audit_entries')
      .select(['position', 'hash'])
      .orderBy('position', 'desc')
      .limit(1)
      .executeTakeFirst()
    let position = last === undefined ? 0 : Number(last.position)
    let previousHash = last?.hash ?? genesisHash
    const entries = newEntries.map((newEntry): AuditEntry => {
      position += 1
      const unhashed = { ...newEntry, position, occurredAt: at, previousHash }
      const hash = createHash('sha256').update(auditEntryContent(unhashed)).digest('hex')
      previousHash = hash
      return { ...unhashed, hash }
    })
    await transaction
      .insertInto('audit_entries')
      .values(
        entries.map((entry) => ({
          position: entry.position,
          occurred_at: entry.occurredAt,
          actor_kind: entry.actor.kind,
          actor_id: entry.actor.id ?? null,
          organisation_id: entry.organisationId ?? null,
          action: entry.action,
          subject: toJsonb(entry.subject),
          previous_hash: entry.previousHash,
          hash: entry.hash,
        })),
      )
      .execute()
    return entries
  }
  return db.isTransaction ? appendIn(db) : db.transaction().execute(appendIn)
}

export function createAuditLog(db: Kysely<Database>): AuditLog {
  return {
    async append(newEntry, at) {
      const [entry] = await appendEntries(db, [newEntry], at)
      if (entry === undefined) {
        throw new TypeError('an audit entry was appended but not returned')
      }
      return entry
    },
    appendMany: (entries, at) => appendEntries(db, entries, at),
    async listForOrganisation(organisationId, options) {
      let query = db
        .selectFrom('audit_entries')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .orderBy('position', 'desc')
        .limit(options.limit)
      if (options.before !== undefined) {
        query = query.where('position', '<', String(options.before))
      }
      return (await query.execute()).map(fromAuditEntryRow)
    },
    async listForPerson(personId) {
      const rows = await db
        .selectFrom('audit_entries')
        .selectAll()
        .where((eb) =>
          eb.or([eb('actor_id', '=', personId), eb(sql`subject->>'personId'`, '=', personId)]),
        )
        .orderBy('position')
        .execute()
      return rows.map(fromAuditEntryRow)
    },
    async listAll() {
      const rows = await db.selectFrom('audit_entries').selectAll().orderBy('position').execute()
      return rows.map(fromAuditEntryRow)
    },
  }
}

function fromAuditEntryRow(row: Selectable<AuditEntryRow>): AuditEntry {
  const actor: AuditActor =
    row.actor_kind === 'person' || row.actor_kind === 'api-token'
      ? { kind: row.actor_kind, id: row.actor_id ?? '' }
      : { kind: 'system', id: undefined }
  return {
    position: Number(row.position),
    occurredAt: row.occurred_at,
    actor,
    organisationId: row.organisation_id ?? undefined,
    action: row.action,
    subject: row.subject,
    previousHash: row.previous_hash,
    hash: row.hash,
  }
}
