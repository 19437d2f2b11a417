import { AppError, type EscoSkillMatch, escoSearchLimits } from '../core/index.js'
import type { Deps } from './deps.js'

/**
 * ESCO skills and knowledge whose preferred or alternative labels match `text`, best first, for
 * designers' autocomplete: whole-label, prefix and word-prefix matches rank above mere trigram
 * similarity, which forgives typos. Public: ESCO is open data.
 */
export function searchEscoSkills(
  deps: Pick<Deps, 'stores'>,
  query: { text: string; limit?: number | undefined },
): Promise<EscoSkillMatch[]> {
  const { text, limit } = checkEscoQuery(query)
  return deps.stores.esco.searchSkills(text, limit)
}

/** The search text lower-cased and trimmed, and the limit; REQUEST_INVALID for either out of range. */
export function checkEscoQuery(query: { text: string; limit?: number | undefined }): {
  text: string
  limit: number
} {
  const text = query.text.trim().replaceAll(/\s+/g, ' ').toLowerCase()
  const limit = query.limit ?? escoSearchLimits.defaultLimit
  const problems: { path: string; message: string }[] = []
  if (text.length < escoSearchLimits.minimumTextLength) {
    problems.push({
      path: 'querystring/q',
      message: `Give at least ${escoSearchLimits.minimumTextLength} characters.`,
    })
  }
  if (!Number.isInteger(limit) || limit < 1 || limit > escoSearchLimits.maximumLimit) {
    problems.push({
      path: 'querystring/limit',
      message: `Give a whole number from 1 to ${escoSearchLimits.maximumLimit}.`,
    })
  }
  if (problems.length > 0) {
    throw new AppError('REQUEST_INVALID', 'The search is not valid.', { details: { problems } })
  }
  return { text, limit }
}
