import { type Actor, requireRole, roles } from '../core/index.js'
import type { Deps } from './deps.js'
import { getOrganisation } from './get-organisation.js'
import { type SigningKeySummary, toSigningKeySummary } from './signing-key-summary.js'

/** The organisation's signing keys, oldest first, retired ones included: for its staff. */
export async function listSigningKeys(
  deps: Pick<Deps, 'stores' | 'publicUrl'>,
  actor: Actor,
  organisationSlug: string,
): Promise<SigningKeySummary[]> {
  const organisation = await getOrganisation(deps, organisationSlug)
  requireRole(actor, organisation.id, roles)
  const keys = await deps.stores.signingKeys.listForOrganisation(organisation.id)
  return keys.map((key) => toSigningKeySummary(deps.publicUrl, organisation, key))
}
