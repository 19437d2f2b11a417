import type { JsonObject } from '../credential/json.js'
import type { VerificationReport } from '../credential/verification-report.js'

/**
 * What a recognition proposal reads from a credential of the portfolio: the OB 3.0 / VC terms
 * an achievement has (name, learning outcomes in `criteria.narrative`, ESCO alignments,
 * `creditsAvailable`, the EU `eqfLevel`, quality assurance) and when it was awarded.
 */
export type CredentialFacts = {
  readonly kind: 'issued' | 'imported'
  readonly id: string
  /** Tells credentials of the same specification apart from others: precedents are kept by it. */
  readonly achievementKey: string
  readonly achievementName: string
  readonly issuerId: string | undefined
  readonly learningOutcomes: readonly string[]
  readonly skillUris: readonly string[]
  readonly ects: number | undefined
  readonly eqfLevel: number | undefined
  readonly awardedAt: Date | undefined
  /** Issued by Osaamo from a specification version that passed its QA review and was published. */
  readonly isOsaamoReviewed: boolean
  /** The achievement names a quality assurance (the EU element). */
  readonly declaresQualityAssurance: boolean
  /** The verifier's issuer-trust check: ok, a warning (not on the list) or skipped (no list). */
  readonly issuerTrust: 'trusted' | 'not-listed' | 'no-list'
}

const escoSkill = /^https?:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]+$/i
const eqfLevel = /\/eqf\/([1-8])$/

/** Reads the facts; a credential without an achievement gives empty ones, never an error. */
export function credentialFactsOf(input: {
  readonly kind: 'issued' | 'imported'
  readonly id: string
  readonly credential: JsonObject | undefined
  readonly report: VerificationReport
  readonly isOsaamoReviewed: boolean
  /** For a credential Osaamo issued: its specification, so that every version counts alike. */
  readonly specificationId?: string | undefined
}): CredentialFacts {
  const { credential, report } = input
  const subject = objectsOf(credential?.credentialSubject)[0]
  const achievement = objectsOf(subject?.achievement)[0]
  const name = textOf(achievement?.name) ?? textOf(credential?.name) ?? ''
  const issuerId = report.issuerId ?? idOf(credential?.issuer)
  const achievementId = idOf(achievement)
  const trust = report.checks.find((check) => check.id === 'issuer-trust')?.outcome
  const credits = achievement?.creditsAvailable ?? subject?.creditsEarned
  const awarded =
    textOf(credential?.awardedDate) ??
    textOf(credential?.validFrom) ??
    textOf(credential?.issuanceDate)
  const awardedAt = awarded === undefined ? undefined : new Date(awarded)
  return {
    kind: input.kind,
    id: input.id,
    achievementKey:
      input.specificationId !== undefined
        ? `specification\n${input.specificationId}`
        : achievementId === undefined
          ? `name\n${issuerId ?? ''}\n${name.toLowerCase()}`
          : `id\n${achievementId}`,
    achievementName: name,
    issuerId,
    learningOutcomes: outcomesOf(achievement),
    skillUris: [
      ...new Set(
        objectsOf(achievement?.alignment)
          .map((alignment) => alignment.targetUrl)
          .filter((uri): uri is string => typeof uri === 'string' && escoSkill.test(uri)),
      ),
    ],
    ects:
      typeof credits === 'number' && Number.isFinite(credits) && credits > 0 ? credits : undefined,
    eqfLevel: levelOf(achievement?.eqfLevel),
    awardedAt: awardedAt === undefined || Number.isNaN(awardedAt.getTime()) ? undefined : awardedAt,
    isOsaamoReviewed: input.isOsaamoReviewed,
    declaresQualityAssurance:
      achievement?.qualityAssurance !== undefined ||
      achievement?.qualityAssuranceType !== undefined,
    issuerTrust: trust === 'ok' ? 'trusted' : trust === 'warning' ? 'not-listed' : 'no-list',
  }
}

/**
 * The learning outcomes: the list items of `criteria.narrative` (Osaamo writes them as
 * "- outcome" lines, as Markdown lists do), else the narrative, else the description.
 */
function outcomesOf(achievement: JsonObject | undefined): string[] {
  const narrative = textOf(objectsOf(achievement?.criteria)[0]?.narrative)
  const items = (narrative ?? '')
    .split('\n')
    .map((line) => /^\s*[-*•]\s+(.+)$/.exec(line)?.[1]?.trim())
    .filter((line): line is string => line !== undefined && line !== '')
  if (items.length > 0) {
    return items
  }
  const whole = narrative ?? textOf(achievement?.description)
  return whole === undefined || whole.trim() === '' ? [] : [whole.trim()]
}

function levelOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 8) {
    return value
  }
  const match = eqfLevel.exec(idOf(value) ?? '')?.[1]
  return match === undefined ? undefined : Number(match)
}

function objectsOf(value: unknown): JsonObject[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value]
  return list.filter(
    (entry): entry is JsonObject =>
      typeof entry === 'object' && entry !== null && !Array.isArray(entry),
  )
}

/** A text: a string, or the first value of a language map. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') {
    return value
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const first = Object.values(value as Record<string, unknown>).find(
      (entry) => typeof entry === 'string',
    )
    return first as string | undefined
  }
  return undefined
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') {
    return value
  }
  const id = (value as { id?: unknown } | null | undefined)?.id
  return typeof id === 'string' ? id : undefined
}
