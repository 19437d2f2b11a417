export {
  type CredentialImportProblem,
  duplicateKeyOf,
  type ImportedCredential,
  type ImportOrigin,
  importOrigins,
  issuedKeyOf,
  maximumImportBytes,
  type ReadCredential,
  readImportedCredential,
  stableJson,
} from './imported-credential.js'
