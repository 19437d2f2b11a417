import { assignParts } from './assign-parts.js'
import type { Stack, StackPart, StackRules } from './stack.js'
import type { StackableCredential } from './stackable-credential.js'

/** The version of the rules below, carried by every result (automated outcomes say how they came about). */
export const stackEvaluationMethod = 'stack-evaluation/1'

/** Why a held credential does not count towards a stack. */
export type NotCountedReason =
  /** An imported credential that did not verify, or an issued one revoked, suspended or expired. */
  | 'not-verified'
  /** Its issuer is neither the stack's organisation nor one of the accepted issuers. */
  | 'issuer-not-accepted'
  /** Awarded before the oldest date the maximum age allows. */
  | 'too-old'
  /** The stack has a maximum age and the credential says nothing of when it was awarded. */
  | 'award-date-unknown'
  /** Below the stack's minimum EQF level (or its level is not stated). */
  | 'below-minimum-level'

/** A specification the catalogue offers, as a possible way to fill a missing part. */
export type OfferedSpecification = {
  readonly specificationId: string
  readonly skillUris: readonly string[]
  readonly eqfLevel: number | undefined
}

/** What the evaluation knows besides the stack and the credentials. */
export type StackEvaluationContext = {
  /** The issuer ids of the stack's own organisation: always accepted. */
  readonly ownIssuers?: readonly string[]
  /** Published specifications, for the options of missing skill parts. */
  readonly offeredSpecifications?: readonly OfferedSpecification[]
}

export type PartProgress = {
  readonly index: number
  readonly part: StackPart
  /** How many credentials the part needs. */
  readonly required: number
  /** The credentials that fill it, by id. */
  readonly filledBy: readonly string[]
  readonly isDone: boolean
  readonly missing: number
  /** Held credentials that would fit the part but do not count, each with why. */
  readonly notCounted: readonly { credentialId: string; reasons: readonly NotCountedReason[] }[]
  /** Held credentials that fit the part but fill another one (one credential fills one part). */
  readonly usedElsewhere: readonly { credentialId: string; partIndex: number }[]
  /** Specifications that could fill its missing places (none when it is done). */
  readonly options: readonly string[]
}

export type StackProgress = {
  readonly stackId: string
  readonly method: typeof stackEvaluationMethod
  readonly evaluatedAt: Date
  readonly isComplete: boolean
  /** What is still wanting, in the order of the rules: parts, credits, level rules. */
  readonly unmet: readonly ('parts-missing' | 'ects-below-minimum' | 'level-rule-unmet')[]
  readonly parts: readonly PartProgress[]
  /**
   * The credentials that count, by id: those filling the parts, then every other counting
   * credential that fits a part with an achievement not yet counted. These add up the credits
   * and are bundled into the stack credential.
   */
  readonly counted: readonly string[]
  readonly ects: {
    readonly minimum: number | undefined
    readonly achieved: number
    readonly isMet: boolean
  }
  readonly levelRules: readonly {
    readonly minimumEqfLevel: number
    readonly minimumEcts: number
    readonly achieved: number
    readonly isMet: boolean
  }[]
  /** When the stack has a maximum age: the oldest award date that still counts. */
  readonly oldestAllowed: Date | undefined
  /** Every held credential that does not count at all, with why. */
  readonly notCounted: readonly { credentialId: string; reasons: readonly NotCountedReason[] }[]
}

/**
 * A learner's progress towards a stack at `now`: which credentials fill which parts (a maximum
 * assignment, one credential per part place, see {@link assignParts}), the credits against the
 * minimum and the level rules, and for each missing part the options. A credential counts when
 * it verified (or is active), its issuer is the stack's organisation or an accepted one, it is no
 * older than the maximum age (awarded exactly at the limit still counts) and it is at or above
 * the minimum EQF level. Deterministic: the same input gives the same result.
 */
export function evaluateStack(
  stack: Pick<Stack, 'id' | 'rules'>,
  held: readonly StackableCredential[],
  now: Date,
  context: StackEvaluationContext = {},
): StackProgress {
  const { rules } = stack
  const accepted = new Set([...(context.ownIssuers ?? []), ...rules.acceptedIssuers])
  const oldestAllowed =
    rules.maximumAgeMonths === undefined ? undefined : monthsBefore(now, rules.maximumAgeMonths)
  const credentials = [...held].sort(preferred)
  const byId = new Map(credentials.map((credential) => [credential.id, credential]))
  const reasonsOf = new Map(
    credentials.map((credential) => [
      credential.id,
      notCountedReasons(credential, rules, accepted, oldestAllowed),
    ]),
  )
  const counts = (credential: StackableCredential) => reasonsOf.get(credential.id)?.length === 0
  const fitting = rules.parts.map((part) =>
    credentials.filter((credential) => fits(part, credential)),
  )
  const assignment = assignParts(
    rules.parts.map((part, index) => ({
      count: requiredOf(part),
      candidates: (fitting[index] ?? []).filter(counts).map((credential) => credential.id),
    })),
    (id) => achievementKeyOf(byId.get(id)),
  )
  const filledIn = new Map<string, number>()
  for (const [index, ids] of assignment.entries()) {
    for (const id of ids) {
      filledIn.set(id, index)
    }
  }
  const counted: string[] = []
  const countedAchievements = new Set<string>()
  const count = (credential: StackableCredential) => {
    counted.push(credential.id)
    countedAchievements.add(achievementKeyOf(credential))
  }
  for (const credential of credentials) {
    if (filledIn.has(credential.id)) {
      count(credential)
    }
  }
  for (const credential of credentials) {
    const isFitting = fitting.some((list) => list.includes(credential))
    if (
      !filledIn.has(credential.id) &&
      isFitting &&
      counts(credential) &&
      !countedAchievements.has(achievementKeyOf(credential))
    ) {
      count(credential)
    }
  }
  const countedCredentials = counted.flatMap((id) => byId.get(id) ?? [])
  const achieved = sum(countedCredentials.map((credential) => credential.ects ?? 0))
  const heldSpecifications = new Set(
    credentials.filter(counts).flatMap((credential) => credential.specificationId ?? []),
  )
  const parts = rules.parts.map((part, index): PartProgress => {
    const filledBy = assignment[index] ?? []
    const required = requiredOf(part)
    const isDone = filledBy.length >= required
    return {
      index,
      part,
      required,
      filledBy,
      isDone,
      missing: Math.max(0, required - filledBy.length),
      notCounted: (fitting[index] ?? [])
        .filter((credential) => !counts(credential))
        .map((credential) => ({
          credentialId: credential.id,
          reasons: reasonsOf.get(credential.id) ?? [],
        })),
      usedElsewhere: (fitting[index] ?? []).flatMap((credential) => {
        const partIndex = filledIn.get(credential.id)
        return partIndex === undefined || partIndex === index
          ? []
          : [{ credentialId: credential.id, partIndex }]
      }),
      options: isDone
        ? []
        : optionsFor(part, heldSpecifications, context.offeredSpecifications ?? []),
    }
  })
  const ects = {
    minimum: rules.minimumEcts,
    achieved,
    isMet: rules.minimumEcts === undefined || achieved >= rules.minimumEcts,
  }
  const levelRules = rules.levelRules.map((rule) => {
    const atLevel = sum(
      countedCredentials
        .filter((credential) => (credential.eqfLevel ?? 0) >= rule.minimumEqfLevel)
        .map((credential) => credential.ects ?? 0),
    )
    return { ...rule, achieved: atLevel, isMet: atLevel >= rule.minimumEcts }
  })
  const unmet: StackProgress['unmet'][number][] = []
  if (parts.some((part) => !part.isDone)) {
    unmet.push('parts-missing')
  }
  if (!ects.isMet) {
    unmet.push('ects-below-minimum')
  }
  if (levelRules.some((rule) => !rule.isMet)) {
    unmet.push('level-rule-unmet')
  }
  return {
    stackId: stack.id,
    method: stackEvaluationMethod,
    evaluatedAt: now,
    isComplete: unmet.length === 0 && counted.length > 0,
    unmet,
    parts,
    counted,
    ects,
    levelRules,
    oldestAllowed,
    notCounted: credentials
      .filter((credential) => !counts(credential))
      .map((credential) => ({
        credentialId: credential.id,
        reasons: reasonsOf.get(credential.id) ?? [],
      })),
  }
}

/**
 * The same instant `months` calendar months earlier, in UTC; a day the earlier month lacks
 * becomes its last day (31 May − 3 months = 28 or 29 February).
 */
export function monthsBefore(now: Date, months: number): Date {
  const year = now.getUTCFullYear()
  const month = now.getUTCMonth() - months
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  return new Date(
    Date.UTC(
      year,
      month,
      Math.min(now.getUTCDate(), lastDay),
      now.getUTCHours(),
      now.getUTCMinutes(),
      now.getUTCSeconds(),
      now.getUTCMilliseconds(),
    ),
  )
}

function requiredOf(part: StackPart): number {
  return part.kind === 'specification' ? 1 : part.count
}

function fits(part: StackPart, credential: StackableCredential): boolean {
  switch (part.kind) {
    case 'specification':
      return credential.specificationId === part.specificationId
    case 'any-of':
      return (
        credential.specificationId !== undefined &&
        part.specificationIds.includes(credential.specificationId)
      )
    case 'skill':
      return (
        credential.skillUris.includes(part.skillUri) &&
        (part.minimumEqfLevel === undefined ||
          (credential.eqfLevel !== undefined && credential.eqfLevel >= part.minimumEqfLevel))
      )
    default: {
      const exhaustive: never = part
      return exhaustive
    }
  }
}

function notCountedReasons(
  credential: StackableCredential,
  rules: StackRules,
  accepted: ReadonlySet<string>,
  oldestAllowed: Date | undefined,
): NotCountedReason[] {
  const reasons: NotCountedReason[] = []
  if (!credential.isVerified) {
    reasons.push('not-verified')
  }
  if (credential.issuerId === undefined || !accepted.has(credential.issuerId)) {
    reasons.push('issuer-not-accepted')
  }
  if (oldestAllowed !== undefined) {
    if (credential.awardedAt === undefined) {
      reasons.push('award-date-unknown')
    } else if (credential.awardedAt < oldestAllowed) {
      reasons.push('too-old')
    }
  }
  if (
    rules.minimumEqfLevel !== undefined &&
    (credential.eqfLevel === undefined || credential.eqfLevel < rules.minimumEqfLevel)
  ) {
    reasons.push('below-minimum-level')
  }
  return reasons
}

function optionsFor(
  part: StackPart,
  held: ReadonlySet<string>,
  offered: readonly OfferedSpecification[],
): string[] {
  switch (part.kind) {
    case 'specification':
      return held.has(part.specificationId) ? [] : [part.specificationId]
    case 'any-of':
      return part.specificationIds.filter((id) => !held.has(id))
    case 'skill':
      return offered
        .filter(
          (specification) =>
            !held.has(specification.specificationId) &&
            specification.skillUris.includes(part.skillUri) &&
            (part.minimumEqfLevel === undefined ||
              (specification.eqfLevel ?? 0) >= part.minimumEqfLevel),
        )
        .map((specification) => specification.specificationId)
    default: {
      const exhaustive: never = part
      return exhaustive
    }
  }
}

/** One achievement, however many credentials of it: the specification, else the achievement id. */
function achievementKeyOf(credential: StackableCredential | undefined): string {
  if (credential === undefined) {
    return ''
  }
  return credential.specificationId !== undefined
    ? `specification:${credential.specificationId}`
    : credential.achievementId !== undefined
      ? `achievement:${credential.achievementId}`
      : `credential:${credential.id}`
}

/** Newest award first (unknown last), Osaamo's own before imported, then by id. */
function preferred(a: StackableCredential, b: StackableCredential): number {
  const at = (credential: StackableCredential) =>
    credential.awardedAt?.getTime() ?? Number.NEGATIVE_INFINITY
  return (
    at(b) - at(a) ||
    (a.kind === b.kind ? 0 : a.kind === 'issued' ? -1 : 1) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
}

function sum(values: readonly number[]): number {
  // Credits are decimals (2.5 ECTS): add in tenths of a thousandth so that 0.1 + 0.2 is 0.3.
  return Math.round(values.reduce((total, value) => total + value, 0) * 10_000) / 10_000
}
