import type { AuditActor } from './actor.js'

/**
 * One appended record of a change of state. It holds ids, never personal data, so that erasing a
 * person leaves the chain intact. `hash` covers every other field and the previous entry's hash.
 */
export type AuditEntry = {
  /** 1, 2, 3, … in the order of appending. */
  readonly position: number
  readonly occurredAt: Date
  readonly actor: AuditActor
  readonly organisationId: string | undefined
  /** What happened, e.g. `api-token.created`. */
  readonly action: string
  /** The ids involved, by name, e.g. `{ tokenId: '…' }`. */
  readonly subject: Readonly<Record<string, string>>
  readonly previousHash: string
  readonly hash: string
}

export type NewAuditEntry = Pick<AuditEntry, 'actor' | 'organisationId' | 'action' | 'subject'>

/** The hash before the first entry. */
export const genesisHash = '0'.repeat(64)

/**
 * The exact text an entry's hash is computed over: a JSON array of the fields in a fixed order,
 * with the subject's keys sorted, so that the same entry always gives the same text.
 */
export function auditEntryContent(entry: Omit<AuditEntry, 'hash'>): string {
  const subject = Object.fromEntries(
    Object.entries(entry.subject).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  )
  return JSON.stringify([
    entry.position,
    entry.occurredAt.toISOString(),
    entry.actor.kind,
    entry.actor.id ?? null,
    entry.organisationId ?? null,
    entry.action,
    subject,
    entry.previousHash,
  ])
}

export type AuditChainReport =
  | { readonly isIntact: true; readonly entryCount: number }
  | {
      readonly isIntact: false
      readonly entryCount: number
      readonly firstBroken: number
      readonly reason: string
    }

/**
 * Recomputes the chain: each entry must follow the previous one in position, carry its hash, and
 * hash to what it says. Names the first entry where that fails.
 */
export function checkAuditChain(
  entries: readonly AuditEntry[],
  sha256Hex: (text: string) => string,
): AuditChainReport {
  let previousHash = genesisHash
  let expectedPosition = 1
  for (const entry of entries) {
    const broken = (reason: string): AuditChainReport => ({
      isIntact: false,
      entryCount: entries.length,
      firstBroken: entry.position,
      reason,
    })
    if (entry.position !== expectedPosition) {
      return broken(`entry ${expectedPosition} is missing`)
    }
    if (entry.previousHash !== previousHash) {
      return broken('it does not carry the hash of the entry before it')
    }
    if (sha256Hex(auditEntryContent(entry)) !== entry.hash) {
      return broken('its content does not match its hash: it was changed after it was written')
    }
    previousHash = entry.hash
    expectedPosition += 1
  }
  return { isIntact: true, entryCount: entries.length }
}
