import { AppError, type Organisation } from '../core/index.js'
import type { Deps } from './deps.js'

/** The organisation with this slug; throws ORGANISATION_NOT_FOUND when there is none. */
export async function getOrganisation(
  deps: Pick<Deps, 'stores'>,
  slug: string,
): Promise<Organisation> {
  const organisation = await deps.stores.organisations.findBySlug(slug)
  if (organisation === undefined) {
    throw new AppError('ORGANISATION_NOT_FOUND', `No organisation has the short name "${slug}".`)
  }
  return organisation
}
