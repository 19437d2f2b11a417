import {
  type Actor,
  AppError,
  buildSkillIndex,
  type SkillIndex,
  type SkillSuggestion,
  type Stores,
  skillSuggestionLanguages,
  skillSuggestionLimits,
  suggestSkills,
  toTerms,
} from '../core/index.js'
import { requireNeedManager } from './competence-need-access.js'
import type { Deps } from './deps.js'

/** What a partner gets for a need written as free text. */
export type NeedSkillSuggestions = {
  readonly language: 'en'
  /** False when no ESCO has been imported: then nothing can be suggested. */
  readonly isEscoImported: boolean
  readonly suggestions: readonly SkillSuggestion[]
  /** How many of the organisation's rejected skills were left out. */
  readonly rejectedCount: number
}

// The index of the last ESCO import read, built once: ESCO changes only when it is imported again
// (a new import id), and reading ~14,000 skills and indexing them takes a second or so.
let cachedIndex: { importId: string; index: Promise<SkillIndex> } | undefined

async function skillIndexFor(stores: Stores): Promise<SkillIndex | undefined> {
  const latest = await stores.esco.findLatestImport()
  if (latest === undefined) {
    return undefined
  }
  if (cachedIndex?.importId !== latest.id) {
    const index = stores.skillSuggestions.listSkillDocuments().then(buildSkillIndex)
    cachedIndex = { importId: latest.id, index }
    index.catch(() => {
      if (cachedIndex?.index === index) {
        cachedIndex = undefined
      }
    })
  }
  return cachedIndex.index
}

/**
 * ESCO skills for a need written as free text, by BM25 over the skills' labels and descriptions,
 * each with the words of the text it matched (decision 0026). The organisation's partners and
 * admins ask; the skills it rejected before, and those in `excludeSkillUris` (already accepted),
 * are not suggested. English only: the imported ESCO is English and words are stemmed as English.
 */
export async function suggestNeedSkills(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  input: {
    organisationId: string
    text: string
    language: string
    limit?: number | undefined
    excludeSkillUris?: readonly string[] | undefined
  },
): Promise<NeedSkillSuggestions> {
  const organisation = await deps.stores.organisations.findById(input.organisationId)
  if (organisation === undefined) {
    throw new AppError('ORGANISATION_NOT_FOUND')
  }
  requireNeedManager(actor, organisation.id)
  if (!skillSuggestionLanguages.some((language) => language === input.language)) {
    throw new AppError(
      'SKILL_SUGGESTION_LANGUAGE_UNSUPPORTED',
      `Skill suggestions are made in English (en) only, not in “${input.language}”: the imported ESCO is English.`,
    )
  }
  const text = input.text.trim()
  if (text.length > skillSuggestionLimits.textMax) {
    throw new AppError(
      'SKILL_SUGGESTION_TEXT_INVALID',
      `The text is ${text.length} characters long; at most ${skillSuggestionLimits.textMax}.`,
    )
  }
  if (toTerms(text).length === 0) {
    throw new AppError(
      'SKILL_SUGGESTION_TEXT_INVALID',
      'The text holds no word to search ESCO with (only stop words, or nothing).',
    )
  }
  const index = await skillIndexFor(deps.stores)
  const rejections = await deps.stores.skillSuggestions.listRejections(organisation.id)
  if (index === undefined) {
    return { language: 'en', isEscoImported: false, suggestions: [], rejectedCount: 0 }
  }
  const rejected = new Set(rejections.map((rejection) => rejection.skillUri))
  const limit = Math.min(input.limit ?? 10, skillSuggestionLimits.suggestionsMax)
  const exclude = new Set([...rejected, ...(input.excludeSkillUris ?? [])])
  // Count the rejected skills the text would have brought, so the partner knows they were left out.
  const withRejected = suggestSkills(index, text, {
    limit: limit + rejected.size,
    excludeUris: new Set(input.excludeSkillUris ?? []),
  })
  const suggestions = suggestSkills(index, text, { limit, excludeUris: exclude })
  return {
    language: 'en',
    isEscoImported: true,
    suggestions,
    rejectedCount: withRejected
      .slice(0, limit + rejected.size)
      .filter((entry) => rejected.has(entry.uri)).length,
  }
}
