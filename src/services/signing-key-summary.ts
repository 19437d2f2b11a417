import {
  type Organisation,
  type OrganisationSigningKey,
  organisationDid,
  verificationMethodId,
} from '../core/index.js'

/** A signing key as staff see it: its public half and dates, never its secret. */
export type SigningKeySummary = {
  readonly id: string
  readonly publicKeyMultibase: string
  /** `<organisation DID>#<publicKeyMultibase>`, as proofs name it. */
  readonly verificationMethod: string
  readonly createdAt: Date
  readonly retiredAt: Date | undefined
}

export function toSigningKeySummary(
  publicUrl: string,
  organisation: Organisation,
  key: OrganisationSigningKey,
): SigningKeySummary {
  return {
    id: key.id,
    publicKeyMultibase: key.publicKeyMultibase,
    verificationMethod: verificationMethodId(
      organisationDid(publicUrl, organisation.slug),
      key.publicKeyMultibase,
    ),
    createdAt: key.createdAt,
    retiredAt: key.retiredAt,
  }
}
