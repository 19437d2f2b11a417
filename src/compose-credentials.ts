import { AppError, type CredentialVerifier, type JsonObject } from './core/index.js'
import {
  CredentialProcessingError,
  createCredentialVerifier,
  createDidResolver,
  createInProcessSigning,
  createJsonFetcher,
  createSigningPool,
  createStatusListFetcher,
  DocumentRetrievalError,
  type DocumentSigning,
  type Ed25519Key,
  type FetchJson,
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

const inProcessSigning = createInProcessSigning()

export { defaultSigningThreads } from './credentials/index.js'

/** How `osaamo sign --batch` signs: on `threads` worker threads, or in this thread for one. */
export function openSigning(threads: number): DocumentSigning {
  return threads > 1 ? createSigningPool({ size: threads }) : createInProcessSigning()
}

/**
 * The document with a Data Integrity proof made with `key` and the given proof options (the
 * W3C test vectors' `type`, `cryptosuite`, `created`, `verificationMethod`, `proofPurpose`).
 * Problems with the document or the options are CREDENTIAL_INVALID with the reason. Signed in
 * this thread, or on the given signing pool (`osaamo sign --batch`), with the same result.
 */
export async function signWithKey(
  document: unknown,
  key: Ed25519Key,
  proofOptions: unknown,
  signing: DocumentSigning = inProcessSigning,
): Promise<JsonObject> {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new AppError('CREDENTIAL_INVALID', 'The credential must be a JSON object.')
  }
  if (typeof proofOptions !== 'object' || proofOptions === null || Array.isArray(proofOptions)) {
    throw new AppError('CREDENTIAL_INVALID', 'The proof options must be a JSON object.')
  }
  try {
    return await signing.sign(
      {
        document: document as JsonObject,
        options: proofOptions as ProofOptions,
        isSafeModeChecked: false,
      },
      key,
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

/**
 * A verifier for `osaamo verify`: DID documents and status list credentials given as files are
 * used instead of fetching them (a status list under its `id`, or under the URL given with it);
 * with `isOffline`, nothing else is fetched either.
 */
export function createFileVerifier(options: {
  didDocuments: readonly unknown[]
  statusLists: readonly { url: string | undefined; document: unknown }[]
  trustedIssuers: readonly string[]
  isOffline: boolean
}): CredentialVerifier {
  const clock = { now: () => new Date() }
  const didRegistry = new Map<string, unknown>()
  for (const document of options.didDocuments) {
    const id = (document as { id?: unknown } | null)?.id
    if (typeof id !== 'string' || !id.startsWith('did:')) {
      throw new AppError('CLI_USAGE_INVALID', 'A --did-document file has no DID as its id.')
    }
    didRegistry.set(id, document)
  }
  const listRegistry = new Map<string, unknown>()
  for (const { url, document } of options.statusLists) {
    const id = url ?? (document as { id?: unknown } | null)?.id
    if (typeof id !== 'string') {
      throw new AppError(
        'CLI_USAGE_INVALID',
        'A --status-list file has no id; give its URL as --status-list URL=FILE.',
      )
    }
    listRegistry.set(id, document)
  }
  // The operator's own command may reach services on their own network.
  const fetchJson: FetchJson = options.isOffline
    ? async (url) => {
        throw new DocumentRetrievalError('not-allowed', `Offline: ${url} was not fetched.`)
      }
    : createJsonFetcher({ allowPrivateNetwork: true })
  return createCredentialVerifier({
    clock,
    didResolver: createDidResolver({ clock, registry: didRegistry, fetchJson }),
    statusListFetcher: createStatusListFetcher({
      clock,
      registry: listRegistry,
      fetchJson,
    }),
    trustedIssuers: options.trustedIssuers,
  })
}
