import type { JsonObject } from '../credential/json.js'
import { type Language, type LanguageMap, pickLanguage } from '../language.js'

/** One learning outcome of a credential, as reflections are attached to it. */
export type CredentialLearningOutcome = {
  /** Stable for the credential: reflections are stored under it. */
  readonly key: string
  readonly text: string
  /** Where the outcome was read from, so that a reader knows how literal it is. */
  readonly source: 'learning-outcome' | 'alignment' | 'criteria' | 'achievement'
}

/**
 * The learning outcomes of a credential, for reflections. Signed credentials are never changed,
 * so the outcomes are read from the credential each time, in this order of preference:
 * 1. the achievement's `learningOutcome` nodes (Osaamo's context; every Osaamo credential has
 *    them), keyed by their id;
 * 2. otherwise, the achievement's `alignment` entries (OB 3.0: usually competencies or skills),
 *    keyed by their `targetUrl`;
 * 3. otherwise, the lines of `criteria.narrative` that are list items (`- …`, `* …`, `1. …`),
 *    keyed by position;
 * 4. otherwise the achievement as a whole (its name and description) as the one outcome.
 * `resultDescription` describes how a result is graded, not what was learnt, so it is not read.
 * @see ../shared/reference/credentials.md (OB 3.0 Achievement, Alignment, Criteria)
 */
export function learningOutcomesOf(
  credential: JsonObject | undefined,
  language: Language,
): CredentialLearningOutcome[] {
  const achievement = achievementOf(credential)
  if (achievement === undefined) {
    return []
  }
  const declared = list(achievement.learningOutcome).flatMap((node, index) => {
    const text = textIn(node.title, language) ?? textIn(node.name, language)
    return text === undefined
      ? []
      : [
          {
            key: typeof node.id === 'string' ? node.id : `learning-outcome-${index + 1}`,
            text,
            source: 'learning-outcome' as const,
          },
        ]
  })
  if (declared.length > 0) {
    return declared
  }
  const aligned = list(achievement.alignment).flatMap((node) => {
    const url = typeof node.targetUrl === 'string' ? node.targetUrl : undefined
    const text = textIn(node.targetName, language) ?? url
    return url === undefined || text === undefined
      ? []
      : [{ key: `alignment:${url}`, text, source: 'alignment' as const }]
  })
  if (aligned.length > 0) {
    return unique(aligned)
  }
  const narrative = textIn(objectOf(achievement.criteria)?.narrative, language) ?? ''
  const items = narrative
    .split('\n')
    .map((line) => /^\s*(?:[-*•]|\d+[.)])\s+(.+)$/.exec(line)?.[1]?.trim())
    .filter((line): line is string => line !== undefined && line !== '')
  if (items.length > 0) {
    return items.map((text, index) => ({
      key: `criteria-${index + 1}`,
      text,
      source: 'criteria' as const,
    }))
  }
  const name = textIn(achievement.name, language) ?? textIn(credential?.name, language)
  const description = textIn(achievement.description, language)
  const whole = [name, description].filter((text) => text !== undefined).join(': ')
  return whole === '' ? [] : [{ key: 'achievement', text: whole, source: 'achievement' }]
}

function achievementOf(credential: JsonObject | undefined): JsonObject | undefined {
  const subject = list(credential?.credentialSubject)[0]
  return objectOf(subject?.achievement)
}

function unique(outcomes: CredentialLearningOutcome[]): CredentialLearningOutcome[] {
  return outcomes.filter(
    (outcome, index) => outcomes.findIndex((other) => other.key === outcome.key) === index,
  )
}

function objectOf(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : undefined
}

function list(value: unknown): JsonObject[] {
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value]
  return items.map(objectOf).filter((item): item is JsonObject => item !== undefined)
}

function textIn(value: unknown, language: Language): string | undefined {
  if (typeof value === 'string') {
    return value.trim() === '' ? undefined : value.trim()
  }
  const map = objectOf(value)
  if (map === undefined) {
    return undefined
  }
  const texts: LanguageMap = {}
  for (const code of ['fi', 'sv', 'en'] as const) {
    const item = map[code]
    if (typeof item === 'string' && item.trim() !== '') {
      texts[code] = item.trim()
    }
  }
  return (
    pickLanguage(texts, language) ??
    Object.values(map).find((item): item is string => typeof item === 'string')
  )
}
