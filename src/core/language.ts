/** The languages Osaamo speaks: every text people read exists in Finnish, Swedish and English. */
export const languages = ['fi', 'sv', 'en'] as const

export type Language = (typeof languages)[number]

/** A text in one or more of Osaamo's languages; at least one is present where the model says so. */
export type LanguageMap = Partial<Record<Language, string>>

/** The order tried when a reader's language is missing from a text. */
export const fallbackOrder: readonly Language[] = ['fi', 'en', 'sv']

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value)
}

/**
 * The text in the reader's language, or in the first language of the fallback order that has one.
 * Returns undefined only for an empty map.
 */
export function pickLanguage(text: LanguageMap, preferred: Language): string | undefined {
  const candidates = [preferred, ...fallbackOrder]
  for (const language of candidates) {
    const value = text[language]
    if (value !== undefined && value.trim() !== '') {
      return value
    }
  }
  return undefined
}
