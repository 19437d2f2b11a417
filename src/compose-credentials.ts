import { AppError, type JsonObject } from './core/index.js'
import {
  addDataIntegrityProof,
  CredentialProcessingError,
  createDocumentLoader,
  type Ed25519Key,
  generateEd25519Key,
  keyFromMultikey,
  type MultikeyDocument,
  type ProofOptions,
  toMultikeyDocument,
} from './credentials/index.js'

// The credential engine for the offline commands (`osaamo keys generate`, `sign`, `verify`): no
// database, no configuration; keys, DID documents and status lists come from files.

/** A new Ed25519 key as a Multikey JSON object with its secret, as `osaamo keys generate` writes. */
export function generateKeyFile(controller?: string): MultikeyDocument {
  return toMultikeyDocument(generateEd25519Key(), { includeSecret: true, controller })
}

/** The key of a Multikey JSON object; KEY_INVALID when it is not an Ed25519 key with a secret. */
export function readKeyFile(value: unknown): Ed25519Key {
  const document = value as Partial<MultikeyDocument> | null
  if (
    typeof document !== 'object' ||
    document === null ||
    typeof document.publicKeyMultibase !== 'string' ||
    typeof document.secretKeyMultibase !== 'string'
  ) {
    throw new AppError(
      'KEY_INVALID',
      'The key file needs publicKeyMultibase and secretKeyMultibase (make one with osaamo keys generate).',
    )
  }
  try {
    return keyFromMultikey({
      type: 'Multikey',
      publicKeyMultibase: document.publicKeyMultibase,
      secretKeyMultibase: document.secretKeyMultibase,
    })
  } catch (error) {
    throw error instanceof CredentialProcessingError
      ? new AppError('KEY_INVALID', error.message, { cause: error })
      : error
  }
}

const documentLoader = createDocumentLoader()

/**
 * The document with a Data Integrity proof made with `key` and the given proof options (the
 * W3C test vectors' `type`, `cryptosuite`, `created`, `verificationMethod`, `proofPurpose`).
 * Problems with the document or the options are CREDENTIAL_INVALID with the reason.
 */
export async function signWithKey(
  document: unknown,
  key: Ed25519Key,
  proofOptions: unknown,
): Promise<JsonObject> {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new AppError('CREDENTIAL_INVALID', 'The credential must be a JSON object.')
  }
  if (typeof proofOptions !== 'object' || proofOptions === null || Array.isArray(proofOptions)) {
    throw new AppError('CREDENTIAL_INVALID', 'The proof options must be a JSON object.')
  }
  try {
    return await addDataIntegrityProof(
      document as JsonObject,
      key,
      proofOptions as ProofOptions,
      documentLoader,
    )
  } catch (error) {
    throw error instanceof CredentialProcessingError
      ? new AppError('CREDENTIAL_INVALID', error.message, {
          cause: error,
          details: { problem: error.problem },
        })
      : error
  }
}
