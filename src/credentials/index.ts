// The credential engine: JSON-LD processing, proofs, keys and DIDs. An adapter like storage: it
// implements core's credential ports on jsonld.js, rdf-canonize and node:crypto.

export { toCanonicalJson, toCanonicalNQuads } from './canonical-form.js'
export { type CredentialProblem, CredentialProcessingError } from './credential-processing-error.js'
export {
  createCredentialSigner,
  ed25519KeyOf,
  toDateTimeStamp,
  toSigningKey,
  toVcJwt,
} from './credential-signer.js'
export {
  type CredentialVerifierOptions,
  createCredentialVerifier,
} from './credential-verifier.js'
export {
  addDataIntegrityProof,
  type EddsaCryptosuite,
  type JsonObject,
  type ProofOptions,
  proofKindOf,
  verifyProofWithKey,
} from './data-integrity.js'
export { toDidKeyDocument } from './did-key.js'
export {
  createDidResolver,
  type DidResolver,
  type DidResolverOptions,
  didWebDocumentUrl,
} from './did-resolver.js'
export { createDocumentLoader, type DocumentLoader, knownContexts } from './document-loader.js'
export { DocumentRetrievalError } from './document-retrieval-error.js'
export { createJsonFetcher, type FetchJson, isPrivateAddress } from './json-fetcher.js'
export { createKeyVault } from './key-vault.js'
export {
  type Ed25519Key,
  encodePublicKey,
  generateEd25519Key,
  keyFromMultikey,
  type MultikeyDocument,
  publicKeyFromMultibase,
  toMultikeyDocument,
} from './multikey.js'
export {
  type OpenBadgeSchemaError,
  type OpenBadgeSchemaKind,
  type OpenBadgeSchemaResult,
  validateOpenBadgeSchema,
} from './open-badges-schema.js'
export { createCertificateRenderer, renderCertificatePdf } from './render-certificate-pdf.js'
export {
  createInProcessSigning,
  createSigningPool,
  type DocumentSigning,
  defaultSigningThreads,
} from './signing-pool/index.js'
export { decodeStatusList, encodeStatusList } from './status-list-encoding.js'
export {
  createStatusListFetcher,
  type StatusListFetcher,
  type StatusListFetcherOptions,
} from './status-list-fetcher.js'
