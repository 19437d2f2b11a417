import { credentialsV2ContextUrl, openBadgesContextUrl } from '../credential/contexts.js'
import { toDateTimeZ } from '../credential/date-time.js'
import type { IdentityObject } from '../credential/identity-object.js'
import type { JsonObject } from '../credential/json.js'
import { type Language, type LanguageMap, pickLanguage } from '../language.js'
import type { StackCredentialFormat } from './stack.js'

/** The CLR 2.0.1 context, between VC 2.0's and Open Badges' (credentials.md §2). */
export const clrContextUrl = 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json'

/** One credential bundled into (or referenced by) a stack credential. */
export type StackCredentialPart = {
  /** The signed credential, as issued or imported (a VC-JWT as its compact form). */
  readonly credential: JsonObject | string
  readonly name: string
  readonly issuerName: string
  readonly awardedAt: Date | undefined
  readonly ects: number | undefined
}

/** What a stack credential says, whichever its format. */
export type StackCredentialInput = {
  readonly format: StackCredentialFormat
  /** The stack's achievement id: the stack's public address. */
  readonly achievementId: string
  readonly name: LanguageMap
  readonly description: LanguageMap
  readonly issuer: { readonly id: string; readonly name: LanguageMap; readonly url: string }
  readonly identifier: readonly IdentityObject[]
  readonly parts: readonly StackCredentialPart[]
  readonly ects: number
  readonly validFrom: Date
  readonly language: Language
}

/**
 * An unsigned stack credential. `clr`: a CLR 2.0 ClrCredential whose ClrSubject holds the stack's
 * achievement and each part's, every part credential whole with its own proof
 * (`verifiableCredential`), and an `isParentOf` association from the stack to each part.
 * `open-badge`: an OB 3.0 OpenBadgeCredential for the stack's achievement that names each part
 * as evidence (by the part credential's id) and aligns to each part's achievement
 * (`ceterms:Credential`); the parts themselves are not inside. See docs/decisions/0028.
 * @see ../shared/reference/credentials.md §2
 */
export function toStackCredential(input: StackCredentialInput): JsonObject {
  const text = (map: LanguageMap) => pickLanguage(map, input.language) ?? ''
  const name = text(input.name)
  const description = text(input.description) || name
  const validFrom = toDateTimeZ(input.validFrom)
  const issuer = {
    id: input.issuer.id,
    type: ['Profile'],
    name: text(input.issuer.name),
    url: input.issuer.url,
  }
  const partNames = input.parts.map((part) => `- ${part.name} (${part.issuerName})`).join('\n')
  const achievement = {
    id: input.achievementId,
    type: ['Achievement'],
    achievementType: 'Certificate',
    name,
    description,
    criteria: {
      id: input.achievementId,
      narrative: `The learner holds the credentials the stack asks for:\n\n${partNames}`,
    },
  }
  const partAchievements = input.parts.flatMap((part) => {
    const partAchievement = achievementOf(part.credential)
    return partAchievement === undefined ? [] : [partAchievement]
  })
  if (input.format === 'clr') {
    return {
      '@context': [credentialsV2ContextUrl, clrContextUrl, openBadgesContextUrl],
      type: ['VerifiableCredential', 'ClrCredential'],
      issuer,
      validFrom,
      name,
      description,
      // Every part the stack counted is here; the learner may hold more elsewhere.
      partial: true,
      credentialSubject: {
        type: ['ClrSubject'],
        identifier: input.identifier,
        achievement: [achievement, ...partAchievements.map(summaryOf)],
        verifiableCredential: input.parts.map((part) => embedded(part.credential)),
        association: partAchievements.map((part) => ({
          type: 'Association',
          associationType: 'isParentOf',
          sourceId: input.achievementId,
          targetId: part.id,
        })),
      },
    }
  }
  const alignment = partAchievements.map((part) => ({
    type: ['Alignment'],
    targetName: part.name,
    targetUrl: part.id,
    targetType: 'ceterms:Credential',
  }))
  const evidence = input.parts.map((part) => {
    const id = idOf(part.credential)
    return {
      ...(id === undefined ? {} : { id }),
      type: ['Evidence'],
      name: part.name,
      description: `A part of the stack: ${part.name}, issued by ${part.issuerName}${
        part.awardedAt === undefined ? '' : ` on ${toDateTimeZ(part.awardedAt).slice(0, 10)}`
      }.`,
      genre: 'Credential',
    }
  })
  return {
    '@context': [credentialsV2ContextUrl, openBadgesContextUrl],
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer,
    validFrom,
    awardedDate: validFrom,
    name,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: input.identifier,
      achievement: { ...achievement, ...(alignment.length === 0 ? {} : { alignment }) },
      ...(input.ects > 0 ? { creditsEarned: input.ects } : {}),
    },
    evidence,
  }
}

type PartAchievement = { id: string; name: string; source: JsonObject }

function achievementOf(credential: JsonObject | string): PartAchievement | undefined {
  if (typeof credential === 'string') {
    return undefined
  }
  const subject = credential.credentialSubject
  const first = (Array.isArray(subject) ? subject[0] : subject) as JsonObject | undefined
  const achievement = first?.achievement as JsonObject | undefined
  const id = achievement?.id
  if (typeof id !== 'string' || achievement === undefined) {
    return undefined
  }
  const name = typeof achievement.name === 'string' ? achievement.name : id
  return { id, name, source: achievement }
}

/** A part's achievement in OB's own terms only: the ClrCredential's contexts define no more. */
function summaryOf(part: PartAchievement): JsonObject {
  const { source } = part
  const criteria = source.criteria as JsonObject | undefined
  return {
    id: part.id,
    type: ['Achievement'],
    ...(typeof source.achievementType === 'string'
      ? { achievementType: source.achievementType }
      : {}),
    name: part.name,
    description: typeof source.description === 'string' ? source.description : part.name,
    criteria:
      typeof criteria?.narrative === 'string' ? { narrative: criteria.narrative } : { id: part.id },
  }
}

/** A part as the ClrSubject carries it: whole, or a VC-JWT as an enveloped credential (VC 2.0). */
function embedded(credential: JsonObject | string): JsonObject {
  return typeof credential === 'string'
    ? {
        '@context': credentialsV2ContextUrl,
        id: `data:application/vc+jwt,${credential}`,
        type: 'EnvelopedVerifiableCredential',
      }
    : credential
}

function idOf(credential: JsonObject | string): string | undefined {
  return typeof credential !== 'string' && typeof credential.id === 'string'
    ? credential.id
    : undefined
}
