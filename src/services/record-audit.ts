import { type Actor, type AuditEntry, type Stores, toAuditActor } from '../core/index.js'
import type { Deps } from './deps.js'

/**
 * Appends one audit entry for a change of state, in the same transaction as the change (pass
 * the transaction's stores), so that no change lands without its entry.
 */
export function recordAudit(
  deps: Pick<Deps, 'clock'>,
  stores: Pick<Stores, 'audit'>,
  actor: Actor,
  entry: { action: string; organisationId?: string | undefined; subject: Record<string, string> },
): Promise<AuditEntry> {
  return stores.audit.append(
    {
      actor: toAuditActor(actor),
      organisationId: entry.organisationId,
      action: entry.action,
      subject: entry.subject,
    },
    deps.clock.now(),
  )
}

/** Appends several entries by one actor at once, chained in order (a cohort's credentials). */
export function recordAudits(
  deps: Pick<Deps, 'clock'>,
  stores: Pick<Stores, 'audit'>,
  actor: Actor,
  entries: readonly {
    action: string
    organisationId?: string | undefined
    subject: Record<string, string>
  }[],
): Promise<AuditEntry[]> {
  const auditActor = toAuditActor(actor)
  return stores.audit.appendMany(
    entries.map((entry) => ({
      actor: auditActor,
      organisationId: entry.organisationId,
      action: entry.action,
      subject: entry.subject,
    })),
    deps.clock.now(),
  )
}
