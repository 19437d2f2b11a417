import { sign } from 'node:crypto'
import { AppError, type CredentialSigner, type JsonObject, type SigningKey } from '../core/index.js'
import { checkJsonLdSafeMode } from './canonical-form.js'
import { CredentialProcessingError } from './credential-processing-error.js'
import { createDocumentLoader, type DocumentLoader } from './document-loader.js'
import type { Ed25519Key } from './multikey.js'
import { createInProcessSigning, type DocumentSigning } from './signing-pool/index.js'

// Signing keys reach core and services only as opaque handles; the key objects stay here.
const keysByHandle = new WeakMap<object, Ed25519Key>()

/** A SigningKey for services from a key object, named in proofs by `verificationMethod`. */
export function toSigningKey(key: Ed25519Key, verificationMethod: string): SigningKey {
  if (key.privateKey === undefined) {
    throw new CredentialProcessingError('KEY_INVALID', 'A signing key needs its secret part.')
  }
  const handle = Object.freeze({})
  keysByHandle.set(handle, key)
  return { publicKeyMultibase: key.publicKeyMultibase, verificationMethod, handle }
}

export function ed25519KeyOf(signingKey: SigningKey): Ed25519Key {
  const key = keysByHandle.get(signingKey.handle)
  if (key === undefined) {
    throw new CredentialProcessingError(
      'KEY_INVALID',
      'The signing key was not made by this engine.',
    )
  }
  return key
}

/**
 * The CredentialSigner port on Osaamo's static document loader and node:crypto Ed25519. Proofs
 * are made by `signing`: in this thread by default, or on a pool of worker threads, which signs a
 * batch (`addProofs`) on all cores with the same proofs and errors.
 */
export function createCredentialSigner(
  signing: DocumentSigning = createInProcessSigning(),
  documentLoader: DocumentLoader = createDocumentLoader(),
): CredentialSigner {
  const signOne = (
    credential: JsonObject,
    key: Ed25519Key,
    signingKey: SigningKey,
    options: Parameters<CredentialSigner['addProof']>[2],
  ): Promise<JsonObject> =>
    signing.sign(
      {
        document: credential,
        // JCS signs the JSON text; the credential must still be valid JSON-LD (safe mode).
        isSafeModeChecked: options.cryptosuite === 'eddsa-jcs-2022',
        options: {
          type: 'DataIntegrityProof',
          cryptosuite: options.cryptosuite,
          created: toDateTimeStamp(options.created),
          verificationMethod: signingKey.verificationMethod,
          proofPurpose: options.proofPurpose ?? 'assertionMethod',
        },
      },
      key,
    )
  return {
    async addProof(credential, signingKey, options) {
      try {
        return await signOne(credential, ed25519KeyOf(signingKey), signingKey, options)
      } catch (error) {
        throw asCredentialInvalid(error)
      }
    },
    async addProofs(credentials, signingKey, options) {
      try {
        const key = ed25519KeyOf(signingKey)
        if (signing.size === 1) {
          const signed: JsonObject[] = []
          for (const credential of credentials) {
            signed.push(await signOne(credential, key, signingKey, options))
          }
          return signed
        }
        // All at once on the pool; the first failure in the batch's order is the answer.
        const settled = await Promise.allSettled(
          credentials.map((credential) => signOne(credential, key, signingKey, options)),
        )
        return settled.map((outcome) => {
          if (outcome.status === 'rejected') {
            throw outcome.reason
          }
          return outcome.value
        })
      } catch (error) {
        throw asCredentialInvalid(error)
      }
    },
    async toJwt(credential, signingKey) {
      try {
        await checkJsonLdSafeMode(credential, documentLoader)
      } catch (error) {
        throw asCredentialInvalid(error)
      }
      return toVcJwt(credential, ed25519KeyOf(signingKey), signingKey.verificationMethod)
    },
  }
}

/**
 * A VC-JOSE `vc+jwt`: the credential itself as the JWS payload, signed with EdDSA, plus the JWT
 * claims Open Badges 3.0 verifiers check (iss, jti, nbf, sub, exp) taken from the credential.
 * @see https://www.w3.org/TR/vc-jose-cose/#securing-with-jose
 */
export function toVcJwt(credential: JsonObject, key: Ed25519Key, kid: string): string {
  if (key.privateKey === undefined) {
    throw new CredentialProcessingError('KEY_INVALID', 'A signing key needs its secret part.')
  }
  const header = { alg: 'EdDSA', kid, typ: 'vc+jwt', cty: 'vc' }
  const issuer = credential.issuer
  const issuerId =
    typeof issuer === 'string' ? issuer : (issuer as { id?: unknown } | undefined)?.id
  const subject = credential.credentialSubject as { id?: unknown } | undefined
  const claims = {
    ...(typeof issuerId === 'string' ? { iss: issuerId } : {}),
    ...(typeof credential.id === 'string' ? { jti: credential.id } : {}),
    ...(typeof credential.validFrom === 'string'
      ? { nbf: Math.floor(Date.parse(credential.validFrom) / 1000) }
      : {}),
    ...(typeof subject?.id === 'string' ? { sub: subject.id } : {}),
    ...(typeof credential.validUntil === 'string'
      ? { exp: Math.floor(Date.parse(credential.validUntil) / 1000) }
      : {}),
  }
  const signingInput = `${base64url(header)}.${base64url({ ...credential, ...claims })}`
  const signature = sign(null, Buffer.from(signingInput, 'ascii'), key.privateKey)
  return `${signingInput}.${signature.toString('base64url')}`
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url')
}

/** `YYYY-MM-DDTHH:MM:SSZ`, the form every verifier accepts (no milliseconds). */
export function toDateTimeStamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`
}

function asCredentialInvalid(error: unknown): unknown {
  if (error instanceof CredentialProcessingError) {
    return new AppError('CREDENTIAL_INVALID', error.message, {
      cause: error,
      details: { problem: error.problem },
    })
  }
  return error
}
