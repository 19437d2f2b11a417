/**
 * One of an organisation's Ed25519 signing keys as stored: the public key, and the secret sealed
 * by the key vault. An organisation has at most one active key; retired keys stay so that
 * credentials signed with them keep verifying.
 */
export type OrganisationSigningKey = {
  readonly id: string
  readonly organisationId: string
  readonly publicKeyMultibase: string
  /** The secret seed, sealed (AES-256-GCM under the key-encryption key); never shown. */
  readonly sealedSecret: string
  readonly createdAt: Date
  /** When the key stopped signing; undefined for the active key. */
  readonly retiredAt: Date | undefined
}
