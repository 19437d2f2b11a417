import {
  type Actor,
  AppError,
  type Offering,
  type OfferingProblem,
  type Role,
  rolesIn,
  type Stores,
} from '../core/index.js'
import { specificationStaffRoles } from './specification-access.js'

/** Roles that plan, change and run an organisation's offerings. */
export const offeringManagerRoles: readonly Role[] = ['registrar', 'admin']

/** Planned offerings are for the organisation's staff; once opened, an offering is public. */
export function canReadOffering(actor: Actor, offering: Offering): boolean {
  if (offering.state !== 'planned' || actor.kind === 'system') {
    return true
  }
  return rolesIn(actor, offering.organisationId).some((role) =>
    specificationStaffRoles.includes(role),
  )
}

/**
 * The offering, if the actor may see it; one the actor may not see is reported as not found, so
 * that planned offerings are not revealed by their id.
 */
export async function getReadableOffering(
  stores: Stores,
  actor: Actor,
  offeringId: string,
  options: { isForUpdate?: boolean } = {},
): Promise<Offering> {
  const offering = await stores.offerings.findById(offeringId, options)
  if (offering === undefined || !canReadOffering(actor, offering)) {
    throw new AppError('OFFERING_NOT_FOUND')
  }
  return offering
}

/** OFFERING_INVALID with every problem, for the API's 400 and the CLI's list. */
export function offeringInvalid(problems: readonly OfferingProblem[]): AppError {
  return new AppError(
    'OFFERING_INVALID',
    `The offering details are not acceptable: ${problems
      .map((problem) => `${problem.path}: ${problem.message}`)
      .join(' ')}`,
    { details: { problems } },
  )
}
