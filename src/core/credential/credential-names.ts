import { type Language, type LanguageMap, pickLanguage } from '../language.js'
import type { JsonObject } from './json.js'

/** What people call an issued credential: its achievement and the organisation that issued it. */
export type CredentialNames = { readonly achievementName: string; readonly issuerName: string }

/**
 * The achievement's and the issuer's names as the signed credential states them (OB 3.0
 * `credentialSubject.achievement.name`, `issuer.name`), in the language when a name has several.
 * Read from the credential itself, so that a mail or a list never needs another query; a
 * credential without them (one signed through the VC API) falls back to its own `name` and the
 * issuer's id.
 */
export function credentialNamesOf(credential: JsonObject, language: Language): CredentialNames {
  const subject = firstObject(credential.credentialSubject)
  const achievement = firstObject(subject?.achievement)
  const issuer = credential.issuer
  const issuerObject = firstObject(issuer)
  return {
    achievementName: textIn(achievement?.name, language) ?? textIn(credential.name, language) ?? '',
    issuerName:
      textIn(issuerObject?.name, language) ??
      (typeof issuer === 'string' ? issuer : undefined) ??
      textIn(issuerObject?.id, language) ??
      '',
  }
}

/**
 * A file name for a downloaded credential: the achievement's name as lower-case ASCII words
 * joined by hyphens, then the credential's id, e.g. `data-analytics-basics-<uuid>.json`.
 */
export function credentialFileName(
  achievementName: string,
  credentialId: string,
  extension: string,
): string {
  const slug = achievementName
    .normalize('NFKD')
    .replaceAll(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replaceAll(/[^a-z0-9]+/g, '-')
    .replaceAll(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  return `${slug === '' ? 'credential' : slug}-${credentialId}.${extension}`
}

function textIn(value: unknown, language: Language): string | undefined {
  if (typeof value === 'string') {
    return value.trim() === '' ? undefined : value
  }
  const map = firstObject(value)
  if (map === undefined) {
    return undefined
  }
  const texts: LanguageMap = {}
  for (const code of ['fi', 'sv', 'en'] as const) {
    const item = map[code]
    if (typeof item === 'string') {
      texts[code] = item
    }
  }
  return pickLanguage(texts, language)
}

/** A JSON-LD value that may be one object or an array of them: the first object. */
function firstObject(value: unknown): JsonObject | undefined {
  const item = Array.isArray(value) ? value[0] : value
  return typeof item === 'object' && item !== null && !Array.isArray(item)
    ? (item as JsonObject)
    : undefined
}
