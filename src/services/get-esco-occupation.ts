import { AppError, type EscoOccupationDetails } from '../core/index.js'
import type { Deps } from './deps.js'

/** One ESCO occupation with its essential and optional skills. */
export async function getEscoOccupation(
  deps: Pick<Deps, 'stores'>,
  uri: string,
): Promise<EscoOccupationDetails> {
  const occupation = await deps.stores.esco.findOccupation(uri)
  if (occupation === undefined) {
    throw new AppError('ESCO_CONCEPT_NOT_FOUND', `No imported ESCO occupation has the URI ${uri}.`)
  }
  return occupation
}
