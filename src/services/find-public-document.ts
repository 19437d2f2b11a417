import { isAppError, type JsonObject, toPublicDocumentAddress } from '../core/index.js'
import type { Deps } from './deps.js'
import { getDidDocument } from './get-did-document.js'
import { getStatusListCredential } from './get-status-list-credential.js'

/**
 * The document behind a URL of this installation, read from the database: an organisation's DID
 * document (`<publicUrl>/organisations/<slug>/did.json`, or the did:web DID itself, a fragment
 * ignored) or a status list credential (`<publicUrl>/status-lists/<id>`). Undefined for any other
 * URL or one that names nothing, so that a verifier looks here before fetching over HTTP.
 */
export async function findPublicDocument(
  deps: Pick<Deps, 'stores' | 'publicUrl'>,
  url: string,
): Promise<JsonObject | undefined> {
  const address = toPublicDocumentAddress(deps.publicUrl, url)
  try {
    switch (address?.kind) {
      case 'did-document':
        return await getDidDocument(deps, address.slug)
      case 'status-list':
        return await getStatusListCredential(deps, address.listId)
      default:
        return undefined
    }
  } catch (error) {
    if (isAppError(error, 'ORGANISATION_NOT_FOUND') || isAppError(error, 'STATUS_LIST_NOT_FOUND')) {
      return undefined
    }
    throw error
  }
}
