import { type JsonObject, organisationDid, verificationMethodId } from '../core/index.js'
import type { Deps } from './deps.js'
import { getOrganisation } from './get-organisation.js'

/**
 * The organisation's did:web DID document: every signing key it has had, as Multikey
 * verification methods. All are in `assertionMethod`, so that credentials signed before a
 * rotation keep verifying; only the active key is in `authentication`. Public keys only.
 * @see https://www.w3.org/TR/did-1.0/#did-documents
 */
export async function getDidDocument(
  deps: Pick<Deps, 'stores' | 'publicUrl'>,
  slug: string,
): Promise<JsonObject> {
  const organisation = await getOrganisation(deps, slug)
  const did = organisationDid(deps.publicUrl, organisation.slug)
  const keys = await deps.stores.signingKeys.listForOrganisation(organisation.id)
  const methods = keys.map((key) => ({
    id: verificationMethodId(did, key.publicKeyMultibase),
    type: 'Multikey',
    controller: did,
    publicKeyMultibase: key.publicKeyMultibase,
  }))
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: did,
    verificationMethod: methods,
    assertionMethod: methods.map((method) => method.id),
    authentication: keys
      .filter((key) => key.retiredAt === undefined)
      .map((key) => verificationMethodId(did, key.publicKeyMultibase)),
  }
}
