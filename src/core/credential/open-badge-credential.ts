import type { Language, LanguageMap } from '../language.js'
import type { SpecificationExportContext } from '../specification/export-context.js'
import type { Achievement } from '../specification/to-achievement.js'
import type { ConceptNode, Profile } from '../specification/to-eu-achievement-terms.js'
import type { SpecificationVersion } from '../specification/version.js'
import type { credentialsV2ContextUrl, openBadgesContextUrl, osaamoContextUrl } from './contexts.js'
import type { IdentityObject } from './identity-object.js'
import type { JsonObject } from './json.js'

/** The organisation that issues and signs: an OB Profile whose id is the organisation's DID. */
export type OpenBadgeIssuer = {
  /** The organisation's DID, e.g. `did:web:osaamo.example.fi:organisations:kaarnala-open`. */
  readonly id: string
  readonly name: LanguageMap
  /** The organisation's web address. */
  readonly url: string
  readonly email?: string
  /** Country (ISO 3166-1 alpha-2) and region (Annex I M3). */
  readonly address?: { readonly country: string; readonly region: string | undefined }
}

/** Who earned the credential (Annex I M1). */
export type OpenBadgeLearner = {
  /** A URI the learner controls, such as a DID; absent when the hashed e-mail address suffices. */
  readonly id?: string
  readonly name: string
  readonly emailAddress: string
  /** A random salt for the e-mail address's hash, one per credential (core makes no randomness). */
  readonly salt: string
  /** SHA-256 as hex, from the Secrets port (core does no cryptography of its own). */
  readonly sha256Hex: (text: string) => string
}

/** The assessment behind the credential (an AssessmentResult). */
export type OpenBadgeResultInput = {
  /** A value of the specification's grading scheme: `1`–`5` on 0–5, `Pass` on pass/fail. */
  readonly grade: string
  readonly assessedAt: Date
  /** The supervision and identity verification used, a key of `supervisionLevels` (Annex I O2). */
  readonly identityVerification: string
  /** Links to the learner's work, where the assessor keeps them. */
  readonly evidence?: readonly { readonly url: string; readonly name?: string }[]
}

/** A ready-made credentialStatus entry (a BitstringStatusListEntry from `toStatusListEntry`). */
export type CredentialStatusEntry = JsonObject

/** Everything an OpenBadgeCredential says; see {@link toOpenBadgeCredential}. */
export type OpenBadgeCredentialInput = {
  /** The credential's id, `urn:uuid:…`. */
  readonly id: string
  readonly issuer: OpenBadgeIssuer
  /** The published version the credential was earned against. */
  readonly specificationVersion: SpecificationVersion
  /** The installation's public address, without a trailing slash (the Achievement's id). */
  readonly publicUrl: string
  /** The organisations the version names as awarding bodies, in its order (Annex I M4). */
  readonly awardingBodies: SpecificationExportContext['awardingBodies']
  /** ESCO preferred labels by concept URI, for the alignments' names. */
  readonly skillLabels?: ReadonlyMap<string, string>
  readonly learner: OpenBadgeLearner
  readonly result: OpenBadgeResultInput
  readonly validFrom: Date
  readonly validUntil?: Date
  readonly credentialStatus?: readonly CredentialStatusEntry[]
  /**
   * Signed OB 3.0 EndorsementCredentials of the version (partners' sign-offs), embedded in the
   * Achievement's `endorsement`; left out when there are none.
   */
  readonly endorsements?: readonly JsonObject[]
  /** The language of `name` and `description`; others follow the fallback order. */
  readonly language: Language
}

/** An Open Badges 3.0 Result, with the assessment's date and identity verification. */
export type Result = {
  readonly type: readonly ['Result']
  /** The id of the Achievement's ResultDescription of the grading scheme. */
  readonly resultDescription?: string
  readonly value: string
  readonly assessmentDate: string
  readonly supervisionAndIdentityVerification?: ConceptNode
}

/** An Open Badges 3.0 AchievementSubject: the learner and what they achieved. */
export type AchievementSubject = {
  readonly id?: string
  readonly type: readonly ['AchievementSubject']
  readonly identifier: readonly IdentityObject[]
  /** The version's Achievement, with the partners' endorsements where it has some. */
  readonly achievement: Achievement & { readonly endorsement?: readonly JsonObject[] }
  readonly creditsEarned?: number
  readonly result: readonly Result[]
}

/** An Open Badges 3.0 Evidence: a link to the learner's work. */
export type Evidence = {
  readonly id: string
  readonly type: readonly ['Evidence']
  readonly name?: string
}

/**
 * An Open Badges 3.0 OpenBadgeCredential (a VC 2.0 VerifiableCredential), unsigned.
 * @see ../shared/reference/credentials.md §1.1
 */
export type OpenBadgeCredential = {
  readonly '@context': readonly [
    typeof credentialsV2ContextUrl,
    typeof openBadgesContextUrl,
    typeof osaamoContextUrl,
  ]
  readonly id: string
  readonly type: readonly ['VerifiableCredential', 'OpenBadgeCredential']
  readonly issuer: Profile
  readonly validFrom: string
  readonly validUntil?: string
  readonly awardedDate: string
  readonly name: string
  readonly credentialSubject: AchievementSubject
  readonly evidence?: readonly Evidence[]
  readonly credentialStatus?: CredentialStatusEntry | readonly CredentialStatusEntry[]
}
