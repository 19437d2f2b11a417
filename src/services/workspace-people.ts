import type { Stores } from '../core/index.js'

/**
 * Display names of the people a workspace shows (authors, participants, who decided), each read
 * once. An erased person shows under the pseudonym their record keeps.
 */
export function createNameLookup(stores: Stores): (personId: string) => Promise<string> {
  const names = new Map<string, Promise<string>>()
  return (personId) => {
    let name = names.get(personId)
    if (name === undefined) {
      name = stores.people.findById(personId).then((person) => person?.displayName ?? '')
      names.set(personId, name)
    }
    return name
  }
}
