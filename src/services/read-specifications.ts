import {
  type Actor,
  AppError,
  type Review,
  requireRole,
  type SpecificationVersion,
  validateSpecification,
} from '../core/index.js'
import type { VersionWithProblems } from './create-specification.js'
import type { Deps } from './deps.js'
import {
  canRead,
  getReadableVersion,
  knownOrganisationIds,
  specificationStaffRoles,
} from './specification-access.js'

/** One version with its validation problems and reviews, if the actor may see it. */
export async function getSpecificationVersion(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  versionId: string,
): Promise<VersionWithProblems & { readonly reviews: readonly Review[] }> {
  const version = await getReadableVersion(deps, actor, versionId)
  const known = await knownOrganisationIds(deps.stores)
  const isStaff = canRead(actor, { ...version, status: 'draft' })
  return {
    version,
    problems: validateSpecification(version.content, {
      isKnownOrganisation: (id) => known.has(id),
    }),
    // Reviews are internal to the institution's quality work.
    reviews: isStaff ? await deps.stores.specifications.listReviews(version.id) : [],
  }
}

/** The version history of a specification: every version the actor may see, oldest first. */
export async function listSpecificationVersions(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  specificationId: string,
): Promise<SpecificationVersion[]> {
  const versions = (await deps.stores.specifications.listVersions(specificationId)).filter(
    (version) => canRead(actor, version),
  )
  if (versions.length === 0) {
    throw new AppError('SPECIFICATION_NOT_FOUND')
  }
  return versions
}

/** The latest version of each of an organisation's specifications, newest change first; for staff. */
export async function listOrganisationSpecifications(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  organisationId: string,
): Promise<SpecificationVersion[]> {
  requireRole(actor, organisationId, specificationStaffRoles)
  return deps.stores.specifications.listLatestForOrganisation(organisationId)
}
