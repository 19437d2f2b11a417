import { type Language, type LanguageMap, pickLanguage } from '../language.js'

/** What an export needs beyond the version: where it is published and who its awarding bodies are. */
export type SpecificationExportContext = {
  /** The installation's public address, without a trailing slash. */
  readonly publicUrl: string
  /** The awarding bodies named by the version, in its order; unknown ids are left out. */
  readonly awardingBodies: readonly {
    readonly id: string
    readonly slug: string
    readonly name: LanguageMap
    readonly country: string
    readonly region: string | undefined
  }[]
  /** ESCO preferred labels by concept URI, where the imported ESCO has them. */
  readonly skillLabels?: ReadonlyMap<string, string>
  /** The language picked for single-language fields; others follow the fallback order. */
  readonly language?: Language
}

/** The public address of a specification version; exports use it as their id. */
export function specificationVersionUrl(publicUrl: string, versionId: string): string {
  return `${publicUrl}/api/specification-versions/${versionId}`
}

/** The first language that has a text: the preferred one, then fi, en, sv. */
export function primaryLanguage(text: LanguageMap, preferred: Language): Language | undefined {
  const value = pickLanguage(text, preferred)
  return (Object.keys(text) as Language[]).find((language) => text[language] === value)
}

/** A language map without empty texts. */
export function nonEmptyText(text: LanguageMap): LanguageMap {
  return Object.fromEntries(
    Object.entries(text).filter(([, value]) => value !== undefined && value.trim() !== ''),
  ) as LanguageMap
}
