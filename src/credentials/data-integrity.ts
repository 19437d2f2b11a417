import { hash, sign, verify } from 'node:crypto'
import { base58 } from '@scure/base'
import { toCanonicalJson, toCanonicalNQuads } from './canonical-form.js'
import { CredentialProcessingError } from './credential-processing-error.js'
import { answersWithKnownContext, type DocumentLoader } from './document-loader.js'
import type { Ed25519Key } from './multikey.js'
import { decodeBase58btc } from './multikey.js'

export type JsonObject = Record<string, unknown>

export type EddsaCryptosuite = 'eddsa-rdfc-2022' | 'eddsa-jcs-2022'

/** Cryptosuites Osaamo verifies: the current names, their pre-2023 names, and the 2020 suite. */
export type VerifiableProofKind = EddsaCryptosuite | 'Ed25519Signature2020'

/**
 * The proof options of the W3C test vectors: `type`, `cryptosuite`, `created`,
 * `verificationMethod`, `proofPurpose`, optionally `expires`, `domain`, `challenge`, `id`,
 * `previousProof`. An `@context` given here is replaced by the document's, as the spec says.
 */
export type ProofOptions = JsonObject & {
  type: string
  cryptosuite?: string
  verificationMethod: string
  proofPurpose: string
}

const dateTimeStamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

/**
 * Adds a `DataIntegrityProof` made with eddsa-rdfc-2022 or eddsa-jcs-2022 to a copy of the
 * document. Same key, document and options always give the same proofValue (Ed25519 is
 * deterministic), which is how the W3C vectors are reproduced.
 * @see https://www.w3.org/TR/vc-di-eddsa/#eddsa-rdfc-2022
 */
export async function addDataIntegrityProof(
  document: JsonObject,
  key: Ed25519Key,
  options: ProofOptions,
  documentLoader: DocumentLoader,
): Promise<JsonObject> {
  if (key.privateKey === undefined) {
    throw new CredentialProcessingError('KEY_INVALID', 'The key has no secret part to sign with.')
  }
  const cryptosuite = checkProofConfiguration(options)
  const { proof: _existing, ...unsecured } = document
  if (unsecured['@context'] === undefined && cryptosuite === 'eddsa-rdfc-2022') {
    throw new CredentialProcessingError('PROOF_GENERATION_ERROR', 'The document has no @context.')
  }
  const { '@context': _given, proofValue: _value, ...proofOptions } = options
  const proofConfig = { ...proofOptions, '@context': unsecured['@context'] }
  const hashData = await hashDataOf(cryptosuite, unsecured, proofConfig, documentLoader)
  const proofValue = `z${base58.encode(sign(null, hashData, key.privateKey))}`
  const proof =
    cryptosuite === 'eddsa-jcs-2022' && unsecured['@context'] !== undefined
      ? { ...proofOptions, '@context': unsecured['@context'], proofValue }
      : { ...proofOptions, proofValue }
  return { ...unsecured, proof }
}

/**
 * Checks one proof of a secured document with the given public key. Resolves to true or false
 * for a well-formed proof; throws CredentialProcessingError when the proof or document cannot be
 * processed (unknown context, undefined term, malformed proofValue), so the caller can say why.
 */
export async function verifyProofWithKey(
  securedDocument: JsonObject,
  proof: JsonObject,
  key: Ed25519Key,
  documentLoader: DocumentLoader,
): Promise<boolean> {
  const kind = proofKindOf(proof)
  const proofValue = proof.proofValue
  if (typeof proofValue !== 'string') {
    throw new CredentialProcessingError(
      'PROOF_VERIFICATION_ERROR',
      'The proof has no proofValue string.',
    )
  }
  const signature = decodeBase58btc(proofValue)
  if (signature.length !== 64) {
    throw new CredentialProcessingError(
      'PROOF_VERIFICATION_ERROR',
      'The proofValue is not a 64-byte Ed25519 signature.',
    )
  }
  const { proof: _proof, ...unsecured } = securedDocument
  const { proofValue: _value, ...proofOptions } = proof
  if (kind === 'eddsa-jcs-2022' && proofOptions['@context'] !== undefined) {
    // The document's @context must start with the proof's, in order; the proof's is then used.
    if (!startsWithContexts(unsecured['@context'], proofOptions['@context'])) {
      return false
    }
    unsecured['@context'] = proofOptions['@context']
  }
  const proofConfig = { ...proofOptions, '@context': unsecured['@context'] }
  const cryptosuite = kind === 'eddsa-jcs-2022' ? 'eddsa-jcs-2022' : 'eddsa-rdfc-2022'
  const hashData = await hashDataOf(cryptosuite, unsecured, proofConfig, documentLoader)
  return verify(null, hashData, key.publicKey, signature)
}

/** Which verifier a proof needs, accepting the pre-2023 cryptosuite names. */
export function proofKindOf(proof: JsonObject): VerifiableProofKind {
  if (proof.type === 'Ed25519Signature2020') {
    return 'Ed25519Signature2020'
  }
  if (proof.type !== 'DataIntegrityProof') {
    throw new CredentialProcessingError(
      'PROOF_VERIFICATION_ERROR',
      `Unsupported proof type ${JSON.stringify(proof.type)}.`,
    )
  }
  if (proof.cryptosuite === 'eddsa-rdfc-2022' || proof.cryptosuite === 'eddsa-2022') {
    return 'eddsa-rdfc-2022'
  }
  if (proof.cryptosuite === 'eddsa-jcs-2022' || proof.cryptosuite === 'jcs-eddsa-2022') {
    return 'eddsa-jcs-2022'
  }
  throw new CredentialProcessingError(
    'PROOF_VERIFICATION_ERROR',
    `Unsupported cryptosuite ${JSON.stringify(proof.cryptosuite)}.`,
  )
}

/** proofConfigHash ‖ documentHash, the 64 bytes that are signed. */
async function hashDataOf(
  cryptosuite: EddsaCryptosuite,
  unsecured: JsonObject,
  proofConfig: JsonObject,
  documentLoader: DocumentLoader,
): Promise<Buffer> {
  if (cryptosuite === 'eddsa-jcs-2022') {
    return Buffer.concat([sha256(toCanonicalJson(proofConfig)), sha256(toCanonicalJson(unsecured))])
  }
  const [proofHash, documentHash] = await Promise.all([
    proofConfigHash(proofConfig, documentLoader),
    toCanonicalNQuads(unsecured, documentLoader).then(sha256),
  ])
  return Buffer.concat([proofHash, documentHash])
}

/**
 * Recent proof configurations' hashes, by their JSON text: a batch signs many credentials with one
 * configuration (same contexts, method, purpose and creation second). Only configurations whose
 * contexts all are Osaamo's static contexts (as the loader answers them) are kept, so that equal
 * JSON always means the same canonical form.
 */
const proofConfigHashes = new Map<string, Buffer>()

async function proofConfigHash(
  proofConfig: JsonObject,
  documentLoader: DocumentLoader,
): Promise<Buffer> {
  const context = proofConfig['@context']
  const isStatic = (Array.isArray(context) ? context : [context]).every(
    (url) => typeof url === 'string' && answersWithKnownContext(documentLoader, url),
  )
  if (!isStatic) {
    return sha256(await toCanonicalNQuads(proofConfig, documentLoader))
  }
  const key = JSON.stringify(proofConfig)
  const found = proofConfigHashes.get(key)
  if (found !== undefined) {
    return found
  }
  const hash = sha256(await toCanonicalNQuads(proofConfig, documentLoader))
  if (proofConfigHashes.size >= 16) {
    proofConfigHashes.clear()
  }
  proofConfigHashes.set(key, hash)
  return hash
}

function checkProofConfiguration(options: ProofOptions): EddsaCryptosuite {
  if (options.type !== 'DataIntegrityProof') {
    throw new CredentialProcessingError(
      'PROOF_GENERATION_ERROR',
      'Proof options need type "DataIntegrityProof".',
    )
  }
  if (options.cryptosuite !== 'eddsa-rdfc-2022' && options.cryptosuite !== 'eddsa-jcs-2022') {
    throw new CredentialProcessingError(
      'PROOF_GENERATION_ERROR',
      'Proof options need cryptosuite "eddsa-rdfc-2022" or "eddsa-jcs-2022".',
    )
  }
  for (const field of ['created', 'expires'] as const) {
    const value = options[field]
    if (value !== undefined && (typeof value !== 'string' || !dateTimeStamp.test(value))) {
      throw new CredentialProcessingError(
        'PROOF_GENERATION_ERROR',
        `Proof option ${field} must be a date and time with a time zone.`,
      )
    }
  }
  if (
    typeof options.verificationMethod !== 'string' ||
    !/^[a-z][a-z0-9+.-]*:/i.test(options.verificationMethod)
  ) {
    throw new CredentialProcessingError(
      'PROOF_GENERATION_ERROR',
      'Proof option verificationMethod must be a URL.',
    )
  }
  if (typeof options.proofPurpose !== 'string' || options.proofPurpose === '') {
    throw new CredentialProcessingError(
      'PROOF_GENERATION_ERROR',
      'Proof option proofPurpose is required.',
    )
  }
  return options.cryptosuite
}

function startsWithContexts(documentContext: unknown, proofContext: unknown): boolean {
  const documentList = Array.isArray(documentContext) ? documentContext : [documentContext]
  const proofList = Array.isArray(proofContext) ? proofContext : [proofContext]
  return proofList.every(
    (entry, index) => toCanonicalJson(entry) === toCanonicalJson(documentList[index] ?? null),
  )
}

export function sha256(text: string): Buffer {
  return hash('sha256', text, 'buffer')
}
