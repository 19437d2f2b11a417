import {
  type Actor,
  AppError,
  isValidSlug,
  type NewOrganisation,
  type Organisation,
  requireSystem,
  type Stores,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { inTransaction } from './in-transaction.js'
import { recordAudit } from './record-audit.js'

/**
 * Creates an organisation after checking its fields; every problem is reported at once. Only the
 * installation's operator (the command line) creates organisations.
 */
export async function createOrganisation(
  deps: Pick<Deps, 'clock' | 'ids' | 'transaction'>,
  actor: Actor,
  input: NewOrganisation,
  stores?: Stores,
): Promise<Organisation> {
  requireSystem(actor)
  const problems = findOrganisationProblems(input)
  if (problems.length > 0) {
    throw new AppError('REQUEST_INVALID', 'The organisation is not valid.', {
      details: { problems },
    })
  }
  const organisation: Organisation = { ...input, id: deps.ids.newId(), createdAt: deps.clock.now() }
  return inTransaction(deps, stores, async (transaction) => {
    await transaction.organisations.create(organisation)
    await recordAudit(deps, transaction, actor, {
      action: 'organisation.created',
      organisationId: organisation.id,
      subject: { organisationId: organisation.id },
    })
    return organisation
  })
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
