import { AppError, type EscoSkillDetails } from '../core/index.js'
import type { Deps } from './deps.js'

/** One ESCO skill with the skills and groups it falls under and its related skills. */
export async function getEscoSkill(
  deps: Pick<Deps, 'stores'>,
  uri: string,
): Promise<EscoSkillDetails> {
  const skill = await deps.stores.esco.findSkill(uri)
  if (skill === undefined) {
    throw new AppError('ESCO_CONCEPT_NOT_FOUND', `No imported ESCO skill has the URI ${uri}.`)
  }
  return skill
}
