import type { JsonObject } from '../credential/json.js'

/** One credential of the portfolio as the profile reads it. */
export type PortfolioItem = {
  readonly kind: 'issued' | 'imported'
  readonly id: string
  /** Undefined for a VC-JWT whose payload is not at hand. */
  readonly credential: JsonObject | undefined
  /** False for an imported credential that did not verify: shown, never counted. */
  readonly isVerified: boolean
}

export type SkillSource = {
  readonly kind: 'issued' | 'imported'
  readonly id: string
  readonly achievementName: string
  readonly isVerified: boolean
}

export type ProfileSkill = {
  readonly uri: string
  readonly label: string
  readonly sources: readonly SkillSource[]
}

export type EctsTotal = { readonly key: string; readonly ects: number }

/**
 * A learner's skills and credits from their whole portfolio: each ESCO skill a credential's
 * achievement is aligned to, with the credentials it comes from, and the ECTS credits by EQF level
 * and by field. Credits count only credentials that verify; skills of one that did not are still
 * listed, with that source marked.
 */
export type SkillsProfile = {
  readonly skills: readonly ProfileSkill[]
  readonly ects: {
    readonly total: number
    readonly byLevel: readonly EctsTotal[]
    readonly byField: readonly EctsTotal[]
  }
}

const escoSkill = /^https?:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]+$/i
const eqfLevel = /\/eqf\/([1-8])$/

/** Builds the profile; skills most evidenced first (then by label), totals largest first. */
export function skillsProfileOf(items: readonly PortfolioItem[]): SkillsProfile {
  const skills = new Map<string, { label: string; sources: SkillSource[] }>()
  const byLevel = new Map<string, number>()
  const byField = new Map<string, number>()
  let total = 0
  for (const item of items) {
    const achievement = achievementOf(item.credential)
    if (achievement === undefined) {
      continue
    }
    const source: SkillSource = {
      kind: item.kind,
      id: item.id,
      achievementName: textOf(achievement.name) ?? '',
      isVerified: item.isVerified,
    }
    for (const alignment of asArray(achievement.alignment)) {
      const uri = typeof alignment?.targetUrl === 'string' ? alignment.targetUrl : undefined
      if (uri === undefined || !escoSkill.test(uri)) {
        continue
      }
      const entry = skills.get(uri) ?? { label: textOf(alignment.targetName) ?? uri, sources: [] }
      if (!entry.sources.some((known) => known.kind === item.kind && known.id === item.id)) {
        entry.sources.push(source)
      }
      skills.set(uri, entry)
    }
    const credits = achievement.creditsAvailable
    if (item.isVerified && typeof credits === 'number' && Number.isFinite(credits) && credits > 0) {
      total += credits
      const level = eqfLevel.exec(idOf(achievement.eqfLevel) ?? '')?.[1]
      add(byLevel, level === undefined ? 'unknown' : `eqf-${level}`, credits)
      add(byField, textOf(achievement.fieldOfStudy) ?? 'unknown', credits)
    }
  }
  return {
    skills: [...skills.entries()]
      .map(([uri, entry]) => ({ uri, label: entry.label, sources: entry.sources }))
      .sort(
        (a, b) =>
          b.sources.length - a.sources.length ||
          a.label.localeCompare(b.label, 'en') ||
          (a.uri < b.uri ? -1 : 1),
      ),
    ects: { total, byLevel: sortedTotals(byLevel), byField: sortedTotals(byField) },
  }
}

function achievementOf(credential: JsonObject | undefined): JsonObject | undefined {
  const subject = asArray(credential?.credentialSubject)[0]
  const achievement = subject?.achievement
  return typeof achievement === 'object' && achievement !== null && !Array.isArray(achievement)
    ? (achievement as JsonObject)
    : undefined
}

function asArray(value: unknown): JsonObject[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value]
  return list.filter(
    (entry): entry is JsonObject =>
      typeof entry === 'object' && entry !== null && !Array.isArray(entry),
  )
}

/** A name as text: a string, or the first value of a language map. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') {
    return value
  }
  if (typeof value === 'object' && value !== null) {
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

function add(totals: Map<string, number>, key: string, credits: number): void {
  totals.set(key, (totals.get(key) ?? 0) + credits)
}

function sortedTotals(totals: Map<string, number>): EctsTotal[] {
  return [...totals.entries()]
    .map(([key, ects]) => ({ key, ects }))
    .sort((a, b) => b.ects - a.ects || (a.key < b.key ? -1 : 1))
}
