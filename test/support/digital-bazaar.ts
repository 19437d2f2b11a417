import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey'
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import * as vc from '@digitalbazaar/vc'
import { createDocumentLoader, type MultikeyDocument } from '../../src/credentials/index.js'

/**
 * The reference implementation (@digitalbazaar/vc with eddsa-rdfc-2022), set up to sign and
 * verify with one issuer key whose controller document lives at `controller`. Its document
 * loader answers the same contexts as Osaamo's plus that controller document and key.
 */
export async function referenceIssuer(
  key: Required<Pick<MultikeyDocument, 'publicKeyMultibase'>> &
    MultikeyDocument & { controller: string },
) {
  const verificationMethod = `${key.controller}#${key.publicKeyMultibase}`
  const keyPair = await Ed25519Multikey.from({ ...key, id: verificationMethod })
  const publicKey = {
    '@context': 'https://w3id.org/security/multikey/v1',
    id: verificationMethod,
    type: 'Multikey',
    controller: key.controller,
    publicKeyMultibase: key.publicKeyMultibase,
  }
  const controllerDocument = {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: key.controller,
    verificationMethod: [publicKey],
    assertionMethod: [verificationMethod],
  }
  const osaamoLoader = createDocumentLoader(
    new Map<string, unknown>([
      [key.controller, controllerDocument],
      [verificationMethod, publicKey],
    ]),
  )
  const documentLoader = (url: string) => osaamoLoader(url)
  return {
    verificationMethod,
    async sign(credential: Record<string, unknown>, created: string) {
      const suite = new DataIntegrityProof({
        signer: keyPair.signer(),
        cryptosuite: eddsaRdfc2022,
        date: created,
      })
      return vc.issue({ credential: structuredClone(credential), suite, documentLoader })
    },
    async verify(credential: unknown, now?: Date) {
      const suite = new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 })
      return vc.verifyCredential({
        credential,
        suite,
        documentLoader,
        // Status is Osaamo's own check; the reference is asked about the proof.
        checkStatus: async () => ({ verified: true }),
        ...(now === undefined ? {} : { now }),
      })
    },
  }
}

/**
 * Verifies a credential with @digitalbazaar/vc (eddsa-rdfc-2022), resolving its issuer's DID
 * document and key from `documents` (by DID and by key id) and contexts from Osaamo's loader.
 */
export async function verifyWithReference(
  credential: unknown,
  documents: ReadonlyMap<string, unknown>,
  now?: Date,
) {
  const osaamoLoader = createDocumentLoader(documents)
  const suite = new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 })
  return vc.verifyCredential({
    credential,
    suite,
    documentLoader: (url: string) => osaamoLoader(url),
    // Status is Osaamo's own check (tested elsewhere); the reference is asked about the proof.
    checkStatus: async () => ({ verified: true }),
    ...(now === undefined ? {} : { now }),
  })
}
