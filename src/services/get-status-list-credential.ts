import { AppError, type JsonObject } from '../core/index.js'
import { isUuid } from './credential-access.js'
import type { Deps } from './deps.js'

/**
 * The signed BitstringStatusListCredential at `<publicUrl>/status-lists/<listId>`: public, as
 * stored when the list last changed. Throws STATUS_LIST_NOT_FOUND for an unknown list.
 */
export async function getStatusListCredential(
  deps: Pick<Deps, 'stores'>,
  listId: string,
): Promise<JsonObject> {
  const list = isUuid(listId)
    ? await deps.stores.statusLists.findById(listId.toLowerCase())
    : undefined
  if (list === undefined) {
    throw new AppError('STATUS_LIST_NOT_FOUND')
  }
  return list.credential
}
