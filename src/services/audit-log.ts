import {
  type Actor,
  type AuditChainReport,
  type AuditEntry,
  checkAuditChain,
  requireRole,
  requireSystem,
} from '../core/index.js'
import type { Deps } from './deps.js'

/** An organisation's audit entries, newest first, a page at a time; for its admins. */
export async function listAuditEntries(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  input: { organisationId: string; limit: number; before?: number | undefined },
): Promise<AuditEntry[]> {
  requireRole(actor, input.organisationId, ['admin'])
  return deps.stores.audit.listForOrganisation(input.organisationId, {
    limit: input.limit,
    ...(input.before === undefined ? {} : { before: input.before }),
  })
}

/** Recomputes the whole hash chain of the audit log and names the first broken entry. */
export async function verifyAuditLog(
  deps: Pick<Deps, 'stores' | 'secrets'>,
  actor: Actor,
): Promise<AuditChainReport> {
  requireSystem(actor)
  return checkAuditChain(await deps.stores.audit.listAll(), deps.secrets.sha256Hex)
}
