import { checkJsonLdSafeMode } from '../canonical-form.js'
import { addDataIntegrityProof, type JsonObject, type ProofOptions } from '../data-integrity.js'
import type { DocumentLoader } from '../document-loader.js'
import type { Ed25519Key } from '../multikey.js'

/** One signing: the document, its proof options, and whether JSON-LD safe mode is checked first. */
export type SigningRequest = {
  readonly document: JsonObject
  readonly options: ProofOptions
  /** JCS and JWT sign the JSON text, so safe mode is checked on its own (RDFC checks it anyway). */
  readonly isSafeModeChecked: boolean
}

/** Signs as the pool's workers do, in this thread: the one definition both paths share. */
export async function signDocument(
  request: SigningRequest,
  key: Ed25519Key,
  documentLoader: DocumentLoader,
): Promise<JsonObject> {
  if (request.isSafeModeChecked) {
    await checkJsonLdSafeMode(request.document, documentLoader)
  }
  return addDataIntegrityProof(request.document, key, request.options, documentLoader)
}
