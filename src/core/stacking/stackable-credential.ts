import type { JsonObject } from '../credential/json.js'
import { type PortfolioItem, skillsProfileOf } from '../portfolio/skills-profile.js'

/** A credential of the learner's portfolio as a stack reads it. */
export type StackableCredential = {
  readonly kind: 'issued' | 'imported'
  readonly id: string
  readonly name: string
  readonly issuerId: string | undefined
  readonly issuerName: string
  /** When it was awarded: `awardedDate`, else `validFrom`, else `issuanceDate`. */
  readonly awardedAt: Date | undefined
  /** The Osaamo specification it is a credential of, when known (any version). */
  readonly specificationId: string | undefined
  /** The achievement's id (for an Osaamo credential, its specification version's address). */
  readonly achievementId: string | undefined
  readonly skillUris: readonly string[]
  readonly eqfLevel: number | undefined
  readonly ects: number | undefined
  /**
   * An issued credential that is active (not revoked, suspended or expired), or an imported one
   * that verified on import.
   */
  readonly isVerified: boolean
}

const eqfLevel = /\/eqf\/([1-8])$/

/**
 * Reads what a stack needs from a portfolio credential: its skills and credits as the skills
 * profile reads them (one reading for both), and its level, issuer and award date.
 */
export function toStackableCredential(
  item: PortfolioItem & {
    readonly specificationId?: string | undefined
    readonly name: string
    readonly issuerName: string
  },
): StackableCredential {
  // Read as verified so that the profile counts its credits; whether it counts is the stack's call.
  const profile = skillsProfileOf([{ ...item, isVerified: true }])
  const achievement = achievementOf(item.credential)
  const level = eqfLevel.exec(idOf(achievement?.eqfLevel) ?? '')?.[1]
  return {
    kind: item.kind,
    id: item.id,
    name: item.name,
    issuerId: idOf(item.credential?.issuer),
    issuerName: item.issuerName,
    awardedAt: awardedAtOf(item.credential),
    specificationId: item.specificationId,
    achievementId: idOf(achievement?.id),
    skillUris: profile.skills.map((skill) => skill.uri).sort(),
    eqfLevel: level === undefined ? undefined : Number(level),
    ects: profile.ects.total > 0 ? profile.ects.total : undefined,
    isVerified: item.isVerified,
  }
}

function awardedAtOf(credential: JsonObject | undefined): Date | undefined {
  for (const field of ['awardedDate', 'validFrom', 'issuanceDate']) {
    const value = credential?.[field]
    const date = typeof value === 'string' ? new Date(value) : undefined
    if (date !== undefined && !Number.isNaN(date.getTime())) {
      return date
    }
  }
  return undefined
}

function achievementOf(credential: JsonObject | undefined): JsonObject | undefined {
  const subject = credential?.credentialSubject
  const first = Array.isArray(subject) ? subject[0] : subject
  const achievement = (first as JsonObject | undefined)?.achievement
  return typeof achievement === 'object' && achievement !== null && !Array.isArray(achievement)
    ? (achievement as JsonObject)
    : undefined
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') {
    return value
  }
  const id = (value as { id?: unknown } | null | undefined)?.id
  return typeof id === 'string' ? id : undefined
}
