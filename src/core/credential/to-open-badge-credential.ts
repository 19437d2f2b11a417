import { isLanguage, type Language, pickLanguage } from '../language.js'
import { toAchievement } from '../specification/to-achievement.js'
import { type Profile, toAddress, toConceptNode } from '../specification/to-eu-achievement-terms.js'
import { supervisionLevels } from '../specification/vocabularies.js'
import { credentialsV2ContextUrl, openBadgesContextUrl, osaamoContextUrl } from './contexts.js'
import { toDateTimeZ } from './date-time.js'
import { toEmailIdentityObject, toNameIdentityObject } from './identity-object.js'
import type {
  Evidence,
  OpenBadgeCredential,
  OpenBadgeCredentialInput,
  OpenBadgeIssuer,
  Result,
} from './open-badge-credential.js'

/**
 * An unsigned Open Badges 3.0 OpenBadgeCredential (VC 2.0) for a learner's result on a published
 * specification version. It carries every EU standard element: OB's own terms where OB has them
 * (title, description, learning outcomes in the criteria, ESCO alignments, credits, field of
 * study, grading, issuer and dates), and Osaamo's context for the rest (EQF level, workload,
 * assessment, participation, supervision, quality assurance, stackability, …). The learner is
 * identified by a salted SHA-256 of the e-mail address and by name. Nothing absent is written:
 * no empty arrays, no undefined values.
 * @see ../shared/reference/credentials.md §1.1, §9
 * @see ../shared/reference/standards.md §3.7
 */
export function toOpenBadgeCredential(input: OpenBadgeCredentialInput): OpenBadgeCredential {
  const { learner, result, specificationVersion: version } = input
  const achievement = toAchievement(version, {
    publicUrl: input.publicUrl,
    awardingBodies: input.awardingBodies,
    language: input.language,
    ...(input.skillLabels === undefined ? {} : { skillLabels: input.skillLabels }),
  })
  const language = isLanguage(achievement.inLanguage) ? achievement.inLanguage : input.language
  const gradingId = achievement.resultDescription?.[0]?.id
  const verification = toConceptNode(
    'supervision-verification',
    supervisionLevels,
    result.identityVerification,
  )
  const outcome: Result = {
    type: ['Result'],
    ...(gradingId === undefined ? {} : { resultDescription: gradingId }),
    value: result.grade,
    assessmentDate: toDateTimeZ(result.assessedAt),
    ...(verification === undefined ? {} : { supervisionAndIdentityVerification: verification }),
  }
  const evidence = (result.evidence ?? []).map(
    (item): Evidence => ({
      id: item.url,
      type: ['Evidence'],
      ...(item.name === undefined || item.name.trim() === '' ? {} : { name: item.name }),
    }),
  )
  const status = input.credentialStatus ?? []
  const [onlyStatus] = status
  const validFrom = toDateTimeZ(input.validFrom)

  return {
    '@context': [credentialsV2ContextUrl, openBadgesContextUrl, osaamoContextUrl],
    id: input.id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: toIssuerProfile(input.issuer, language),
    validFrom,
    ...(input.validUntil === undefined ? {} : { validUntil: toDateTimeZ(input.validUntil) }),
    awardedDate: validFrom,
    name: achievement.name,
    credentialSubject: {
      ...(learner.id === undefined ? {} : { id: learner.id }),
      type: ['AchievementSubject'],
      identifier: [
        toEmailIdentityObject(learner.emailAddress, learner.salt, learner.sha256Hex),
        toNameIdentityObject(learner.name),
      ],
      // Embedded whole, with their own proofs, exactly as the endorsing organisations signed them.
      achievement:
        input.endorsements === undefined || input.endorsements.length === 0
          ? achievement
          : { ...achievement, endorsement: input.endorsements },
      ...(version.content.ects === undefined ? {} : { creditsEarned: version.content.ects }),
      result: [outcome],
    },
    ...(evidence.length === 0 ? {} : { evidence }),
    // One entry as an object, as the OB 3.0 JSON Schema has it; several as VC 2.0's array.
    ...(onlyStatus === undefined
      ? {}
      : { credentialStatus: status.length === 1 ? onlyStatus : status }),
  }
}

function toIssuerProfile(issuer: OpenBadgeIssuer, language: Language): Profile {
  const name = pickLanguage(issuer.name, language)
  return {
    id: issuer.id,
    type: ['Profile'],
    ...(name === undefined ? {} : { name }),
    url: issuer.url,
    ...(issuer.email === undefined ? {} : { email: issuer.email }),
    ...(issuer.address === undefined
      ? {}
      : { address: toAddress(issuer.address.country, issuer.address.region) }),
  }
}
