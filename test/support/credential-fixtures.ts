import type { Actor, JsonObject, Role } from '../../src/core/index.js'
import {
  createDocumentLoader,
  decodeStatusList,
  keyFromMultikey,
  verifyProofWithKey,
} from '../../src/credentials/index.js'
import { type Deps, findPublicDocument } from '../../src/services/index.js'

const documentLoader = createDocumentLoader()

/** A minimal unsigned VC 2.0 credential. */
export function unsignedCredential(overrides: JsonObject = {}): JsonObject {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    type: ['VerifiableCredential'],
    credentialSubject: { id: 'did:example:learner' },
    ...overrides,
  }
}

/** A signed-in person holding `roles` in one organisation, without going through sign-in. */
export function personWithRoles(organisationId: string, roles: readonly Role[]): Actor {
  const personId = '99999999-0000-4000-8000-000000000001'
  return {
    kind: 'person',
    personId,
    sessionId: undefined,
    memberships: [{ personId, organisationId, roles }],
  }
}

/**
 * Verifies a Data Integrity proof the way a verifier would: the key comes from the DID document
 * its verificationMethod names, found through this installation's public documents.
 */
export async function verifiesWithDidDocument(
  deps: Pick<Deps, 'stores' | 'publicUrl'>,
  signed: JsonObject,
): Promise<boolean> {
  const proof = signed.proof as JsonObject
  const verificationMethod = String(proof.verificationMethod)
  const didDocument = await findPublicDocument(deps, verificationMethod)
  const method = (didDocument?.verificationMethod as JsonObject[] | undefined)?.find(
    (candidate) => candidate.id === verificationMethod,
  )
  if (method === undefined) {
    return false
  }
  const assertion = didDocument?.assertionMethod as string[]
  if (!assertion.includes(verificationMethod)) {
    return false
  }
  const key = keyFromMultikey({
    type: 'Multikey',
    publicKeyMultibase: String(method.publicKeyMultibase),
  })
  return verifyProofWithKey(signed, proof, key, documentLoader)
}

/** The bits of a BitstringStatusListCredential. */
export function statusBits(listCredential: JsonObject): Uint8Array {
  const subject = listCredential.credentialSubject as { encodedList: string }
  return decodeStatusList(subject.encodedList)
}

/** The `credentialStatus` entries of an issued credential, by purpose. */
export function statusEntries(
  credential: JsonObject,
): Record<'revocation' | 'suspension', { url: string; index: number; entry: JsonObject }> {
  const entries = credential.credentialStatus as JsonObject[]
  const byPurpose = (purpose: string) => {
    const entry = entries.find((candidate) => candidate.statusPurpose === purpose)
    if (entry === undefined) {
      throw new Error(`no ${purpose} entry`)
    }
    return {
      url: String(entry.statusListCredential),
      index: Number(entry.statusListIndex),
      entry,
    }
  }
  return { revocation: byPurpose('revocation'), suspension: byPurpose('suspension') }
}
