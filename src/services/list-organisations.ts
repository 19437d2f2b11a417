import type { Organisation } from '../core/index.js'
import type { Deps } from './deps.js'

/** Every organisation of the installation, ordered by slug. Organisations are public facts. */
export function listOrganisations(deps: Pick<Deps, 'stores'>): Promise<Organisation[]> {
  return deps.stores.organisations.list()
}
