import { type Actor, AppError, type Offering, requireRole } from '../core/index.js'
import type { Deps } from './deps.js'
import { getReadableOffering } from './offering-access.js'
import { specificationStaffRoles } from './specification-access.js'

/** One offering: public once opened, planned ones for the organisation's staff. */
export function getOffering(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  offeringId: string,
): Promise<Offering> {
  return getReadableOffering(deps.stores, actor, offeringId)
}

/** Every offering of an organisation, whatever its state (the organisation's staff). */
export async function listOrganisationOfferings(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  organisationId: string,
): Promise<Offering[]> {
  requireRole(actor, organisationId, specificationStaffRoles)
  return deps.stores.offerings.listForOrganisation(organisationId)
}

/** The offerings of a specification that take enrolments now or soon: public. */
export async function listOpenOfferings(
  deps: Pick<Deps, 'stores'>,
  specificationId: string,
): Promise<Offering[]> {
  const specification = await deps.stores.specifications.findSpecification(specificationId)
  if (specification === undefined) {
    throw new AppError('SPECIFICATION_NOT_FOUND')
  }
  return deps.stores.offerings.listForSpecification(specificationId, ['open'])
}
