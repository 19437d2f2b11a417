import { credentialsV2ContextUrl, openBadgesContextUrl } from '../credential/contexts.js'
import { toDateTimeZ } from '../credential/date-time.js'
import { type Language, type LanguageMap, pickLanguage } from '../language.js'
import { type Profile, toAddress } from '../specification/to-eu-achievement-terms.js'

/** Everything an EndorsementCredential says; see {@link toEndorsementCredential}. */
export type EndorsementCredentialInput = {
  /** The credential's id, `urn:uuid:…`. */
  readonly id: string
  /** The endorsing partner organisation; `id` is its DID (did:web). */
  readonly endorser: {
    readonly id: string
    readonly name: LanguageMap
    readonly url: string
    readonly country: string
    readonly region: string | undefined
  }
  /** The Achievement id of the version, as the credentials issued from it carry it. */
  readonly achievementId: string
  /** The version's title, for the credential's display name. */
  readonly achievementName: LanguageMap
  /** The endorsement text (Markdown); left out when empty. */
  readonly comment: string
  readonly validFrom: Date
  /** The language of `name`; others follow the fallback order. */
  readonly language: Language
}

/** An Open Badges 3.0 EndorsementSubject: the endorsed Achievement and the endorser's words. */
export type EndorsementSubject = {
  readonly id: string
  readonly type: readonly ['EndorsementSubject']
  readonly endorsementComment?: string
}

/**
 * An Open Badges 3.0 EndorsementCredential (a VC 2.0 VerifiableCredential), unsigned.
 * @see ../shared/reference/credentials.md §1.1
 */
export type EndorsementCredential = {
  readonly '@context': readonly [typeof credentialsV2ContextUrl, typeof openBadgesContextUrl]
  readonly id: string
  readonly type: readonly ['VerifiableCredential', 'EndorsementCredential']
  readonly name: string
  readonly issuer: Profile
  readonly validFrom: string
  readonly awardedDate: string
  readonly credentialSubject: EndorsementSubject
}

const endorsementNames: Record<Language, (achievement: string, endorser: string) => string> = {
  fi: (achievement, endorser) => `${endorser} suosittelee: ${achievement}`,
  sv: (achievement, endorser) => `${endorser} rekommenderar: ${achievement}`,
  en: (achievement, endorser) => `${endorser} endorses: ${achievement}`,
}

/**
 * A partner organisation's endorsement of a specification version as an unsigned Open Badges 3.0
 * EndorsementCredential: issued by the organisation's Profile (its DID, so that its own key signs
 * it), about the version's Achievement id, with the comment as `endorsementComment`. Only OB 3.0
 * and VC 2.0 terms: it needs no other context wherever it is embedded.
 * @see https://www.imsglobal.org/spec/ob/v3p0/#endorsementcredential
 */
export function toEndorsementCredential(input: EndorsementCredentialInput): EndorsementCredential {
  const endorserName = pickLanguage(input.endorser.name, input.language) ?? input.endorser.id
  const achievementName = pickLanguage(input.achievementName, input.language) ?? input.achievementId
  const comment = input.comment.trim()
  const validFrom = toDateTimeZ(input.validFrom)
  return {
    '@context': [credentialsV2ContextUrl, openBadgesContextUrl],
    id: input.id,
    type: ['VerifiableCredential', 'EndorsementCredential'],
    name: endorsementNames[input.language](achievementName, endorserName),
    issuer: {
      id: input.endorser.id,
      type: ['Profile'],
      name: endorserName,
      url: input.endorser.url,
      address: toAddress(input.endorser.country, input.endorser.region),
    },
    validFrom,
    awardedDate: validFrom,
    credentialSubject: {
      id: input.achievementId,
      type: ['EndorsementSubject'],
      ...(comment === '' ? {} : { endorsementComment: comment }),
    },
  }
}
