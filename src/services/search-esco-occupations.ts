import type { EscoConceptMatch } from '../core/index.js'
import type { Deps } from './deps.js'
import { checkEscoQuery } from './search-esco-skills.js'

/** ESCO occupations whose labels match `text`, best first, ranked as searchEscoSkills ranks. */
export function searchEscoOccupations(
  deps: Pick<Deps, 'stores'>,
  query: { text: string; limit?: number | undefined },
): Promise<EscoConceptMatch[]> {
  const { text, limit } = checkEscoQuery(query)
  return deps.stores.esco.searchOccupations(text, limit)
}
