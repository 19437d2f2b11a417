import type { TFunction } from 'i18next'
import type { Price } from './api.js'

/** Vocabulary keys the catalogue knows labels for (the rest show their key). */
export const formKeys = [
  'online',
  'blended',
  'presential',
  'work-based',
  'project-based',
  'research-lab-based',
] as const

export const eqfKeys = ['1', '2', '3', '4', '5', '6', '7', '8', 'not-applicable'] as const

/** Languages of instruction offered as a filter (ISO 639-1). */
export const languageKeys = ['fi', 'sv', 'en'] as const

/** ISCED-F broad fields offered as a filter. */
export const iscedKeys = ['00', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10'] as const

/** A label from one of the catalogue's vocabularies, or the key itself when it is unknown. */
export function vocabularyLabel(t: TFunction, vocabulary: string, key: string): string {
  return t(`catalogue.vocabulary.${vocabulary}.${key}`, { defaultValue: key })
}

/** The EQF level as text: "EQF level 6", or "no EQF level". */
export function eqfLabel(t: TFunction, level: string | number): string {
  return String(level) === 'not-applicable'
    ? t('catalogue.eqfNotApplicable')
    : t('catalogue.eqfLevel', { level })
}

/** The size in the reader's unit: "5 op" (fi), "5 sp" (sv), "5 ECTS" (en). */
export function ectsLabel(t: TFunction, language: string, ects: number): string {
  return t('catalogue.ects', {
    count: ects,
    value: new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(ects),
  })
}

export function hoursLabel(t: TFunction, language: string, hours: number): string {
  return t('catalogue.hours', {
    count: hours,
    value: new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(hours),
  })
}

/** "Free of charge" or "75,00 €" in the reader's way of writing money. */
export function priceLabel(
  t: TFunction,
  language: string,
  price: Price | null | undefined,
): string {
  if (price === null || price === undefined) {
    return t('catalogue.priceUnknown')
  }
  if (price.amountCents === 0) {
    return t('catalogue.free')
  }
  return new Intl.NumberFormat(language, { style: 'currency', currency: price.currency }).format(
    price.amountCents / 100,
  )
}

/** A language's name in the reader's language (Intl, so no list to keep): "suomi", "Finnish". */
export function languageName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code
  } catch {
    return code
  }
}

export function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code
  } catch {
    return code
  }
}

/** A calendar date (YYYY-MM-DD) as the reader writes it. */
export function dateLabel(date: string, language: string): string {
  const [year, month, day] = date.split('-').map(Number)
  if (year === undefined || month === undefined || day === undefined) {
    return date
  }
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  )
}

/** A moment as the reader writes it, in Finnish time. */
export function dateTimeLabel(moment: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Helsinki',
  }).format(new Date(moment))
}
