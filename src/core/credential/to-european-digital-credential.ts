import { englishCountryName } from '../calendar.js'
import { isLanguage, type Language, type LanguageMap } from '../language.js'
import { nonEmptyText, type SpecificationExportContext } from '../specification/export-context.js'
import {
  type ElmConcept,
  elmContext,
  toElmLearningAchievementSpecification,
} from '../specification/to-elm-specification.js'
import type { ConceptNode, Profile } from '../specification/to-eu-achievement-terms.js'
import type { SpecificationVersion } from '../specification/version.js'
import { toAlpha3CountryCode } from './iso-country-codes.js'
import type { OpenBadgeCredential } from './open-badge-credential.js'

/** The VC 1.1 context that EDCs are written in, before the EDC application profile's. */
export const credentialsV1ContextUrl = 'https://www.w3.org/2018/credentials/v1'

/** The EDC "Generic" credential profile. */
const genericProfile: ElmConcept = {
  id: 'http://data.europa.eu/snb/credential/e34929035b',
  type: 'Concept',
  inScheme: { id: 'http://data.europa.eu/snb/credential/25831c2', type: 'ConceptScheme' },
  prefLabel: { en: 'Generic' },
}
const edcSchema = 'http://data.europa.eu/snb/model/ap/edc-generic-full'
const supervisionScheme = 'http://data.europa.eu/snb/supervision-verification/25831c2'
const countryAuthority = 'http://publications.europa.eu/resource/authority/country'
const languageAuthority = 'http://publications.europa.eu/resource/authority/language'
const languageCodes: Readonly<Record<Language, string>> = { fi: 'FIN', sv: 'SWE', en: 'ENG' }

/** An ELM 3 EuropeanDigitalCredential in JSON-LD, unsealed. */
export type EuropeanDigitalCredential = {
  readonly '@context': readonly [typeof credentialsV1ContextUrl, typeof elmContext]
  readonly id: string
  readonly type: readonly ['VerifiableCredential', 'EuropeanDigitalCredential']
} & Readonly<Record<string, unknown>>

type Organisation = Readonly<Record<string, unknown>> & { readonly id: string }

/**
 * The claims of an OpenBadgeCredential as an ELM 3 EuropeanDigitalCredential (the Europass
 * format), following the EC sample "Sample-MC-Annex1": the learner as a Person whose claim is a
 * LearningAchievement, awarded by the awarding bodies (AwardingProcess), proven by a
 * LearningAssessment with the grade and the identity verification, and specified by the version
 * as a Qualification (or LearningAchievementSpecification) with outcomes, ESCO skills, credits,
 * EQF level and ISCED-F field. Not sealed: Europass seals with the issuer's qualified e-seal.
 * @see ../shared/reference/standards.md §3.3, §3.4, §3.6, §3.7
 */
export function toEuropeanDigitalCredential(
  credential: OpenBadgeCredential,
  version: SpecificationVersion,
  context: Pick<SpecificationExportContext, 'publicUrl' | 'awardingBodies'>,
): EuropeanDigitalCredential {
  const { achievement, result, identifier } = credential.credentialSubject
  const language: Language = isLanguage(achievement.inLanguage) ? achievement.inLanguage : 'fi'
  const { '@context': _context, ...specification } = toElmLearningAchievementSpecification(
    version,
    context,
  )
  const title = nonEmptyText(version.content.title)
  const issuer = toIssuerOrganisation(credential.issuer, language)
  const awardingBodies = context.awardingBodies.map((body) =>
    body.id === version.organisationId
      ? issuer
      : toOrganisation(
          `${context.publicUrl}/api/organisations/${body.slug}`,
          nonEmptyText(body.name),
          body.country,
          body.region,
          language,
        ),
  )
  const learnerName = identifier.find((entry) => entry.identityType === 'name')?.identityHash
  const [outcome] = result
  const assessmentSpecification = (
    specification.provenBy as readonly { id: string; title: LanguageMap }[] | undefined
  )?.[0]
  const supportingDocuments = (credential.evidence ?? []).map((evidence) => ({
    id: evidence.id,
    type: 'WebResource',
    contentURL: evidence.id,
  }))

  return {
    '@context': [credentialsV1ContextUrl, elmContext],
    id: credential.id.replace(/^urn:uuid:/, 'urn:credential:'),
    type: ['VerifiableCredential', 'EuropeanDigitalCredential'],
    credentialProfiles: [genericProfile],
    displayParameter: {
      id: 'urn:epass:displayParameter:1',
      type: 'DisplayParameter',
      title,
      language: (Object.keys(title) as Language[]).map(toLanguageConcept),
      primaryLanguage: toLanguageConcept(language),
    },
    issuer,
    issuanceDate: credential.validFrom,
    issued: credential.validFrom,
    validFrom: credential.validFrom,
    ...(credential.validUntil === undefined
      ? {}
      : { expirationDate: credential.validUntil, validUntil: credential.validUntil }),
    credentialSubject: {
      id: credential.credentialSubject.id ?? 'urn:epass:person:1',
      type: 'Person',
      ...(learnerName === undefined ? {} : { fullName: { [language]: learnerName } }),
      hasClaim: [
        {
          id: 'urn:epass:learningAchievement:1',
          type: 'LearningAchievement',
          title,
          awardedBy: {
            id: 'urn:epass:awardingProcess:1',
            type: 'AwardingProcess',
            awardingBody: awardingBodies.length === 0 ? [issuer] : awardingBodies,
            awardingDate: credential.awardedDate,
          },
          ...(outcome === undefined
            ? {}
            : {
                provenBy: [
                  {
                    id: 'urn:epass:learningAssessment:1',
                    type: 'LearningAssessment',
                    title: assessmentSpecification?.title ?? title,
                    grade: {
                      id: 'urn:epass:note:grade',
                      type: 'Note',
                      noteLiteral: { [language]: outcome.value },
                    },
                    assessedBy: issuer,
                    dateIssued: outcome.assessmentDate,
                    ...(outcome.supervisionAndIdentityVerification === undefined
                      ? {}
                      : {
                          idVerification: toSupervisionConcept(
                            outcome.supervisionAndIdentityVerification,
                          ),
                        }),
                    ...(assessmentSpecification === undefined
                      ? {}
                      : { specifiedBy: { id: assessmentSpecification.id } }),
                  },
                ],
              }),
          ...(specification.creditPoint === undefined
            ? {}
            : { creditReceived: specification.creditPoint }),
          specifiedBy: specification,
        },
      ],
    },
    evidence: [
      {
        id: 'urn:epass:evidence:1',
        type: 'Evidence',
        evidenceStatement: `Issued by ${credential.issuer.name ?? credential.issuer.id} as the Open Badges 3.0 credential ${credential.id}.`,
        ...(supportingDocuments.length === 0 ? {} : { supportingDocument: supportingDocuments }),
      },
    ],
    credentialSchema: [{ id: edcSchema, type: 'ShaclValidator2017' }],
  }
}

function toIssuerOrganisation(issuer: Profile, language: Language): Organisation {
  const organisation = toOrganisation(
    issuer.id,
    issuer.name === undefined ? {} : { [language]: issuer.name },
    issuer.address?.addressCountryCode,
    issuer.address?.addressRegion,
    language,
  )
  return {
    ...organisation,
    ...(issuer.url === undefined
      ? {}
      : {
          homepage: [{ id: `${issuer.id}#homepage`, type: 'WebResource', contentURL: issuer.url }],
        }),
    ...(issuer.email === undefined
      ? {}
      : {
          contactPoint: [
            {
              id: `${issuer.id}#contact-point`,
              type: 'ContactPoint',
              emailAddress: { id: `mailto:${issuer.email}`, type: 'Mailbox' },
            },
          ],
        }),
  }
}

/** An ELM Organisation: legal name, and where it is (country concept, region as a note). */
function toOrganisation(
  id: string,
  legalName: LanguageMap,
  country: string | undefined,
  region: string | undefined,
  language: Language,
): Organisation {
  const alpha3 = country === undefined ? undefined : toAlpha3CountryCode(country)
  const place = [region, country === undefined ? undefined : englishCountryName(country)]
    .filter((part): part is string => part !== undefined && part.trim() !== '')
    .join(', ')
  const address = {
    id: `${id}#address`,
    type: 'Address',
    ...(alpha3 === undefined
      ? {}
      : {
          countryCode: {
            id: `${countryAuthority}/${alpha3}`,
            type: 'Concept',
            inScheme: { id: countryAuthority, type: 'ConceptScheme' },
          },
        }),
    ...(place === '' ? {} : { fullAddress: { type: 'Note', noteLiteral: { [language]: place } } }),
  }
  return {
    id,
    type: 'Organisation',
    legalName: Object.keys(legalName).length === 0 ? { [language]: id } : legalName,
    ...(alpha3 === undefined && place === ''
      ? {}
      : { location: [{ id: `${id}#location`, type: 'Location', address }] }),
  }
}

function toSupervisionConcept(node: ConceptNode): ElmConcept {
  return {
    id: node.id,
    type: 'Concept',
    inScheme: { id: supervisionScheme, type: 'ConceptScheme' },
    prefLabel: node.prefLabel,
  }
}

function toLanguageConcept(language: Language): ElmConcept {
  return {
    id: `${languageAuthority}/${languageCodes[language]}`,
    type: 'Concept',
    inScheme: { id: languageAuthority, type: 'ConceptScheme' },
  }
}
