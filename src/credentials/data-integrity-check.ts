import {
  createVerificationCheck,
  type JsonObject,
  parseDateTimeStamp,
  type VerificationCheck,
} from '../core/index.js'
import { CredentialProcessingError } from './credential-processing-error.js'
import { proofKindOf, verifyProofWithKey } from './data-integrity.js'
import type { DocumentLoader } from './document-loader.js'
import { checkIssuerKey, checkUnresolvedKey } from './issuer-key-check.js'
import { decodeBase58btc } from './multikey.js'
import { type KeyDocuments, multibaseOf, resolveVerificationMethod } from './verification-method.js'

type ProofAndKey = { proof: VerificationCheck; issuerKey: VerificationCheck }

/**
 * The `proof` and `issuer-key` checks of an embedded proof: the first `assertionMethod` proof of a
 * supported kind (DataIntegrityProof eddsa-rdfc-2022 / eddsa-2022, eddsa-jcs-2022, or
 * Ed25519Signature2020), its key resolved from the verificationMethod and bound to the issuer.
 * A missing or malformed proof is reported even when the document is not valid JSON-LD
 * (`isJsonLdValid` false); only the signature itself then goes unchecked.
 * @see https://www.w3.org/TR/vc-data-integrity/#verify-proof
 */
export async function checkDataIntegrity(
  document: JsonObject,
  issuerId: string | undefined,
  documents: KeyDocuments,
  documentLoader: DocumentLoader,
  isJsonLdValid = true,
): Promise<ProofAndKey> {
  const proofs = (Array.isArray(document.proof) ? document.proof : [document.proof]).filter(
    (proof): proof is JsonObject => typeof proof === 'object' && proof !== null,
  )
  if (proofs.length === 0) {
    return failed('PROOF_MISSING')
  }
  const forAssertion = proofs.filter((proof) => proof.proofPurpose === 'assertionMethod')
  if (forAssertion.length === 0) {
    return failed('PROOF_PURPOSE_INVALID', {
      proofPurposes: proofs.map((proof) => proof.proofPurpose ?? null),
    })
  }
  const proof = forAssertion.find(isSupported)
  if (proof === undefined) {
    const first = forAssertion[0] ?? {}
    const suite = [first.type, first.cryptosuite].filter((part) => part !== undefined).join(' ')
    return failed(
      'PROOF_TYPE_UNSUPPORTED',
      { type: first.type, cryptosuite: first.cryptosuite },
      {
        suite: suite === '' ? 'none' : suite,
      },
    )
  }
  const details = {
    type: proof.type,
    ...(proof.cryptosuite === undefined ? {} : { cryptosuite: proof.cryptosuite }),
    verificationMethod: proof.verificationMethod,
  }
  const malformed = findMalformedProperty(proof)
  if (malformed !== undefined) {
    return failed(malformed.code, { ...details, reason: malformed.reason })
  }
  if (!isJsonLdValid) {
    return {
      proof: createVerificationCheck('proof', 'skipped', 'NOT_CHECKED_CONTENT_INVALID', {
        details,
      }),
      issuerKey: createVerificationCheck('issuer-key', 'skipped', 'NOT_CHECKED_CONTENT_INVALID'),
    }
  }
  const verificationMethod = proof.verificationMethod as string
  const resolution = await resolveVerificationMethod(verificationMethod, documents)
  if (!resolution.isResolved) {
    return {
      proof: createVerificationCheck('proof', 'skipped', 'NOT_CHECKED_KEY_UNRESOLVED', { details }),
      issuerKey: checkUnresolvedKey(resolution, verificationMethod),
    }
  }
  const { key } = resolution
  if (key.keyType !== 'Ed25519') {
    return {
      proof: createVerificationCheck('proof', 'skipped', 'NOT_CHECKED_KEY_UNRESOLVED', { details }),
      issuerKey: createVerificationCheck('issuer-key', 'failed', 'KEY_INVALID', {
        details: { keyId: key.id, keyType: key.keyType },
      }),
    }
  }
  const issuerKey = checkIssuerKey(key, issuerId)
  try {
    const isValid = await verifyProofWithKey(
      document,
      proof,
      {
        publicKey: key.publicKey,
        privateKey: undefined,
        publicKeyMultibase: multibaseOf(key.publicKey),
      },
      documentLoader,
    )
    return {
      proof: createVerificationCheck(
        'proof',
        isValid ? 'ok' : 'failed',
        isValid ? 'SIGNATURE_VALID' : 'SIGNATURE_INVALID',
        { details },
      ),
      issuerKey,
    }
  } catch (error) {
    if (!(error instanceof CredentialProcessingError)) {
      throw error
    }
    return {
      proof: createVerificationCheck('proof', 'failed', 'PROOF_MALFORMED', {
        details: { ...details, reason: error.message, problem: error.problem },
      }),
      issuerKey,
    }
  }
}

function isSupported(proof: JsonObject): boolean {
  try {
    proofKindOf(proof)
    return true
  } catch {
    return false
  }
}

/** What makes a proof unusable before any key is looked up. */
function findMalformedProperty(
  proof: JsonObject,
): { code: 'PROOF_MALFORMED' | 'PROOF_VALUE_MALFORMED'; reason: string } | undefined {
  if (typeof proof.verificationMethod !== 'string' || proof.verificationMethod === '') {
    return { code: 'PROOF_MALFORMED', reason: 'The proof has no verificationMethod.' }
  }
  for (const field of ['created', 'expires'] as const) {
    if (proof[field] !== undefined && parseDateTimeStamp(proof[field]) === undefined) {
      return { code: 'PROOF_MALFORMED', reason: `The proof's ${field} is not a dateTimeStamp.` }
    }
  }
  if (typeof proof.proofValue !== 'string') {
    return { code: 'PROOF_VALUE_MALFORMED', reason: 'The proof has no proofValue string.' }
  }
  try {
    if (decodeBase58btc(proof.proofValue).length !== 64) {
      return {
        code: 'PROOF_VALUE_MALFORMED',
        reason: 'The proofValue is not a 64-byte Ed25519 signature.',
      }
    }
  } catch {
    return {
      code: 'PROOF_VALUE_MALFORMED',
      reason: 'The proofValue is not multibase base58btc (z…).',
    }
  }
  return undefined
}

function failed(
  code:
    | 'PROOF_MISSING'
    | 'PROOF_PURPOSE_INVALID'
    | 'PROOF_TYPE_UNSUPPORTED'
    | 'PROOF_MALFORMED'
    | 'PROOF_VALUE_MALFORMED',
  details?: { readonly [key: string]: unknown },
  values?: { readonly [name: string]: string },
): ProofAndKey {
  return {
    proof: createVerificationCheck('proof', 'failed', code, {
      ...(details === undefined ? {} : { details }),
      ...(values === undefined ? {} : { values }),
    }),
    issuerKey: createVerificationCheck('issuer-key', 'skipped', 'NOT_CHECKED_NO_PROOF'),
  }
}
