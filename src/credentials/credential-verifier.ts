import {
  type CheckOutcome,
  type Clock,
  type CredentialVerifier,
  checkIssuerTrust,
  checkValidityPeriod,
  createVerificationCheck,
  isVerified,
  type JsonObject,
  minimumStatusListLength,
  type VerificationCheck,
  type VerificationCheckId,
  type VerificationCode,
  type VerificationReport,
} from '../core/index.js'
import { readCredentialInput } from './credential-input.js'
import { checkDataIntegrity } from './data-integrity-check.js'
import { checkDidDocumentId, type DidResolver, didWebDocumentUrl } from './did-resolver.js'
import { createDocumentLoader, type DocumentLoader } from './document-loader.js'
import { DocumentRetrievalError } from './document-retrieval-error.js'
import { checkJsonLd } from './json-ld-check.js'
import { checkSchema } from './schema-check.js'
import { checkStatus } from './status-check.js'
import type { StatusListFetcher } from './status-list-fetcher.js'
import { checkVcJwt, jwtValidityDates, type ParsedVcJwt } from './vc-jwt.js'
import type { KeyDocuments } from './verification-method.js'

/** Everything the verifier reaches outside itself, injected so that tests pin it. */
export type CredentialVerifierOptions = {
  readonly clock: Clock
  readonly didResolver: DidResolver
  readonly statusListFetcher: StatusListFetcher
  /** Issuer ids this installation trusts; empty means no trust list (the check is skipped). */
  readonly trustedIssuers: readonly string[]
  /**
   * This installation's own documents, asked before any resolver or fetcher: did:web documents
   * (by their https URL, then by the DID), key and controller documents and status list
   * credentials (by URL). Undefined means "not one of ours".
   */
  readonly localDocuments?: (url: string) => Promise<unknown>
  /** Default 131,072, the Bitstring Status List minimum. */
  readonly minimumStatusListLength?: number
  /** A shorter list fails instead of warning (default false: DCC's lists are 100,000 bits). */
  readonly strictStatusListLength?: boolean
  /** Default: the static loader of Osaamo's known contexts. */
  readonly documentLoader?: DocumentLoader
}

/** The checks in report order. */
const checkOrder: readonly VerificationCheckId[] = [
  'format',
  'json-ld',
  'proof',
  'issuer-key',
  'validity-period',
  'status',
  'schema',
  'issuer-trust',
]

/**
 * The CredentialVerifier port: reads the input (object, JSON text or compact VC-JWT) and runs the
 * checks in order (format, json-ld, proof, issuer-key, validity-period, status, schema,
 * issuer-trust), each ok, failed, warning or skipped with a stable code and a fi/sv/en message.
 * Verified only when no check failed. Bad input never throws: it is a failed check.
 *
 * The key's controller must be the issuer. The W3C vc-di-eddsa vectors sign for the issuer
 * `https://vc.example/issuers/5678` with a did:key, so they report a valid proof and a failed
 * issuer-key check (KEY_CONTROLLER_MISMATCH); an issuer id that cannot control keys (a urn:uuid)
 * makes the binding a warning instead.
 */
export function createCredentialVerifier(options: CredentialVerifierOptions): CredentialVerifier {
  const documentLoader = options.documentLoader ?? createDocumentLoader()
  const documents = keyDocumentsOf(options)
  const fetchStatusDocument = async (url: string): Promise<JsonObject> =>
    (await askLocal(options, url, url)) ?? options.statusListFetcher.fetch(url)

  async function verifyCredential(credential: JsonObject, withStatus: boolean, jwt?: ParsedVcJwt) {
    const checks = new Map<VerificationCheckId, VerificationCheck>()
    const run = async (
      id: VerificationCheckId,
      check: () => Promise<VerificationCheck> | VerificationCheck,
    ) => {
      checks.set(id, await guarded(id, check))
    }
    const issuerId =
      issuerIdOf(credential) ?? (typeof jwt?.payload.iss === 'string' ? jwt.payload.iss : undefined)
    await run('json-ld', () => checkJsonLd(credential, documentLoader))
    const isJsonLdValid = checks.get('json-ld')?.outcome === 'ok'
    try {
      // A JWS signs bytes, not a graph: it can be checked even when JSON-LD processing fails.
      const { proof, issuerKey } =
        jwt === undefined
          ? await checkDataIntegrity(credential, issuerId, documents, documentLoader, isJsonLdValid)
          : await checkVcJwt(jwt, issuerId, documents)
      checks.set('proof', proof)
      checks.set('issuer-key', issuerKey)
    } catch (error) {
      checks.set('proof', unexpected('proof', error))
      checks.set('issuer-key', skipped('issuer-key', 'NOT_CHECKED_NO_PROOF'))
    }
    const dates = jwt === undefined ? credential : { ...jwtValidityDates(jwt), ...credential }
    await run('validity-period', () => checkValidityPeriod(dates, options.clock.now()))
    if (withStatus) {
      const isGenuine = (['json-ld', 'proof', 'issuer-key'] as const).every((id) =>
        ['ok', 'warning'].includes(checks.get(id)?.outcome ?? 'skipped'),
      )
      if (credential.credentialStatus === undefined) {
        checks.set('status', skipped('status', 'NO_STATUS'))
      } else if (!isGenuine) {
        // Only a credential known to be genuine makes the verifier ask the status list's host.
        checks.set('status', skipped('status', 'NOT_CHECKED_SIGNATURE_UNCONFIRMED'))
      } else {
        await run('status', () =>
          checkStatus(credential, {
            fetchDocument: fetchStatusDocument,
            verifyListCredential: (list) => verifyStatusList(list),
            minimumStatusListLength: options.minimumStatusListLength ?? minimumStatusListLength,
            strictStatusListLength: options.strictStatusListLength ?? false,
          }),
        )
      }
      await run('schema', () => checkSchema(credential))
      await run('issuer-trust', () => checkIssuerTrust(issuerId, options.trustedIssuers))
    }
    return { checks, issuerId }
  }

  /** A status list credential gets the same checks as a credential, short of status and trust. */
  async function verifyStatusList(list: JsonObject): Promise<readonly VerificationCheck[]> {
    const input = readCredentialInput(list)
    if (!input.isReadable) {
      return [input.check]
    }
    const { checks } = await verifyCredential(input.credential, false)
    return [input.check, ...checks.values()]
  }

  async function verify(input: unknown): Promise<VerificationReport> {
    const read = readCredentialInput(input)
    if (!read.isReadable) {
      return unreadableReport(read.check)
    }
    const { credential } = read
    const { checks, issuerId } = await verifyCredential(credential, true, read.jwt)
    const ordered = [
      read.check,
      ...checkOrder.slice(1).map((id) => checks.get(id) ?? skipped(id, 'CHECK_ERROR')),
    ]
    return {
      verified: isVerified(ordered),
      format: read.format,
      ...(typeof credential.id === 'string' ? { credentialId: credential.id } : {}),
      ...(issuerId === undefined ? {} : { issuerId }),
      checks: ordered,
    }
  }

  return {
    async verify(input) {
      try {
        return await verify(input)
      } catch (error) {
        // Input that breaks the reader itself (a throwing getter, say) is still only bad input.
        return unreadableReport(unexpected('format', error))
      }
    },
  }
}

function unreadableReport(formatCheck: VerificationCheck): VerificationReport {
  return {
    verified: false,
    format: 'unknown',
    checks: [
      formatCheck,
      ...checkOrder.slice(1).map((id) => skipped(id, 'NOT_CHECKED_UNREADABLE')),
    ],
  }
}

/** DID and key documents: this installation's own first, then the resolver. */
function keyDocumentsOf(options: CredentialVerifierOptions): KeyDocuments {
  return {
    async resolveDid(did) {
      if (did.startsWith('did:web:')) {
        const local =
          (await askLocal(options, didWebDocumentUrl(did), did)) ??
          (await askLocal(options, did, did))
        if (local !== undefined) {
          checkDidDocumentId(did, local)
          return local
        }
      }
      return options.didResolver.resolve(did)
    },
    async dereference(url) {
      const withoutFragment = url.split('#')[0] ?? url
      return (
        (await askLocal(options, withoutFragment, withoutFragment)) ??
        options.didResolver.dereference(withoutFragment)
      )
    },
  }
}

async function askLocal(
  options: CredentialVerifierOptions,
  url: string,
  address: string,
): Promise<JsonObject | undefined> {
  if (options.localDocuments === undefined) {
    return undefined
  }
  let document: unknown
  try {
    document = await options.localDocuments(url)
  } catch (error) {
    throw new DocumentRetrievalError(
      'network-error',
      `This installation could not read ${address}.`,
      { cause: error },
    )
  }
  if (document === undefined || document === null) {
    return undefined
  }
  if (typeof document !== 'object' || Array.isArray(document)) {
    throw new DocumentRetrievalError('not-json', `${address} is not a JSON object.`)
  }
  return document as JsonObject
}

function issuerIdOf(credential: JsonObject): string | undefined {
  const issuer = credential.issuer
  if (typeof issuer === 'string') {
    return issuer
  }
  const id = (issuer as { id?: unknown } | null | undefined)?.id
  return typeof issuer === 'object' && typeof id === 'string' ? id : undefined
}

async function guarded(
  id: VerificationCheckId,
  check: () => Promise<VerificationCheck> | VerificationCheck,
): Promise<VerificationCheck> {
  try {
    return await check()
  } catch (error) {
    return unexpected(id, error)
  }
}

function skipped(id: VerificationCheckId, code: VerificationCode): VerificationCheck {
  return createVerificationCheck(id, 'skipped' satisfies CheckOutcome, code)
}

/** A bug or a broken dependency must not escape as an exception either: it fails its check. */
function unexpected(id: VerificationCheckId, error: unknown): VerificationCheck {
  return createVerificationCheck(id, 'failed', 'CHECK_ERROR', {
    details: { reason: error instanceof Error ? error.message : String(error) },
  })
}
