import { type PresentPerson, type Stores, workspacePresence } from '../core/index.js'
import type { Deps } from './deps.js'
import { createNameLookup } from './workspace-people.js'

/** Who has the version's workspace open now, on any process, ordered by name. */
export async function listPresentPeople(
  deps: Pick<Deps, 'clock'>,
  stores: Stores,
  versionId: string,
): Promise<PresentPerson[]> {
  const since = new Date(deps.clock.now().getTime() - workspacePresence.expiresAfterMs)
  const nameOf = createNameLookup(stores)
  const people = await Promise.all(
    (await stores.workspacePresence.listPresent(versionId, since)).map(async (personId) => ({
      personId,
      displayName: await nameOf(personId),
    })),
  )
  return people.sort(
    (a, b) =>
      a.displayName.localeCompare(b.displayName, 'fi') || a.personId.localeCompare(b.personId),
  )
}
