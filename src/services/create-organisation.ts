import {
  AppError,
  isValidSlug,
  type NewOrganisation,
  type Organisation,
  type Stores,
} from '../core/index.js'
import type { Deps } from './deps.js'

/**
 * Creates an organisation after checking its fields; every problem is reported at once.
 * Pass `stores` to create it inside a caller's transaction.
 */
export async function createOrganisation(
  deps: Pick<Deps, 'clock' | 'ids' | 'stores'>,
  input: NewOrganisation,
  stores: Stores = deps.stores,
): Promise<Organisation> {
  const problems = findOrganisationProblems(input)
  if (problems.length > 0) {
    throw new AppError('REQUEST_INVALID', 'The organisation is not valid.', {
      details: { problems },
    })
  }
  const organisation: Organisation = { ...input, id: deps.ids.newId(), createdAt: deps.clock.now() }
  await stores.organisations.create(organisation)
  return organisation
}

type Problem = { readonly path: string; readonly message: string }

function findOrganisationProblems(input: NewOrganisation): Problem[] {
  const problems: Problem[] = []
  if (!isValidSlug(input.slug)) {
    problems.push({
      path: 'slug',
      message: 'Use 1–63 lower-case letters, digits and inner hyphens.',
    })
  }
  if (!Object.values(input.name).some((text) => text !== undefined && text.trim() !== '')) {
    problems.push({ path: 'name', message: 'Give the name in at least one of fi, sv, en.' })
  }
  if (!/^[A-Z]{2}$/.test(input.country)) {
    problems.push({ path: 'country', message: 'Use a two-letter ISO 3166-1 code such as FI.' })
  }
  return problems
}
