import type { LanguageMap } from '../language.js'

/**
 * Demand against supply (docs/decisions/0026-skill-suggestions-and-related-credit.md, Insight):
 * which skills open competence needs ask for and how many published micro-credentials teach them,
 * needs per region and per field, and the needs each institution's offer answers. Counted over
 * the needs the reader may read, by exact ESCO skill (related skills do not count here).
 */

/** A skill taught by at most this many published micro-credentials has thin coverage. */
export const thinCoverageMax = 2

/** How many skills, regions and fields the insight lists at most. */
export const insightListLimit = 20

export type SkillDemand = {
  readonly uri: string
  readonly label: string
  /** Open needs asking for the skill. */
  readonly needCount: number
  /** People those needs are for, together. */
  readonly peopleCount: number
  /** Published micro-credentials teaching the skill. */
  readonly offerCount: number
}

export type RegionDemand = {
  readonly region: string
  readonly needCount: number
  readonly peopleCount: number
}

/** Needs whose skills fall under an ISCED-F broad field; without `fieldUri`, under none. */
export type FieldDemand = {
  readonly fieldUri: string | undefined
  readonly label: string | undefined
  readonly needCount: number
}

/** An institution and how many readable open needs its offer shares a skill with. */
export type InstitutionAnswers = {
  readonly organisationId: string
  readonly slug: string
  readonly name: LanguageMap
  readonly publishedNeedCount: number
  /** Only for the reader's own institutions; undefined for others (drafts are not theirs to see). */
  readonly draftNeedCount: number | undefined
}

export type CoDesignInsight = {
  readonly openNeedCount: number
  /** Most needed skills taught by no or at most `thinCoverageMax` published micro-credentials. */
  readonly gaps: readonly (SkillDemand & { readonly coverage: 'none' | 'thin' })[]
  readonly regions: readonly RegionDemand[]
  readonly fields: readonly FieldDemand[]
  readonly institutions: readonly InstitutionAnswers[]
}

/**
 * Puts the counts in a fixed order: most needs first, then most people, then by name (label,
 * region, URI), so that the same data always gives the same insight.
 */
export function summariseInsight(input: {
  readonly openNeedCount: number
  readonly skills: readonly SkillDemand[]
  readonly regions: readonly RegionDemand[]
  readonly fields: readonly FieldDemand[]
  readonly institutions: readonly InstitutionAnswers[]
}): CoDesignInsight {
  const gaps = input.skills
    .filter((skill) => skill.offerCount <= thinCoverageMax)
    .sort(
      (a, b) =>
        b.needCount - a.needCount ||
        b.peopleCount - a.peopleCount ||
        a.offerCount - b.offerCount ||
        compareText(a.label, b.label) ||
        compareText(a.uri, b.uri),
    )
    .slice(0, insightListLimit)
    .map((skill) => ({
      ...skill,
      coverage: skill.offerCount === 0 ? ('none' as const) : ('thin' as const),
    }))
  const regions = [...input.regions]
    .sort(
      (a, b) =>
        b.needCount - a.needCount ||
        b.peopleCount - a.peopleCount ||
        compareText(a.region, b.region),
    )
    .slice(0, insightListLimit)
  const fields = [...input.fields]
    .sort(
      (a, b) =>
        // The needs under no field come last.
        Number(a.fieldUri === undefined) - Number(b.fieldUri === undefined) ||
        b.needCount - a.needCount ||
        compareText(a.fieldUri ?? '', b.fieldUri ?? ''),
    )
    .slice(0, insightListLimit)
  const institutions = [...input.institutions].sort(
    (a, b) =>
      b.publishedNeedCount - a.publishedNeedCount ||
      (b.draftNeedCount ?? 0) - (a.draftNeedCount ?? 0) ||
      compareText(a.slug, b.slug),
  )
  return { openNeedCount: input.openNeedCount, gaps, regions, fields, institutions }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
