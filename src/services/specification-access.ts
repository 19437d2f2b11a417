import {
  type Actor,
  AppError,
  type Role,
  rolesIn,
  type SpecificationContent,
  type SpecificationVersion,
  type Stores,
} from '../core/index.js'
import type { Deps } from './deps.js'

/** Roles that see an organisation's unpublished versions. Partners see drafts only when invited. */
export const specificationStaffRoles: readonly Role[] = [
  'admin',
  'designer',
  'qa-reviewer',
  'assessor',
  'registrar',
]

/** Published and retired versions are public; others are for the owning organisation's staff. */
export function canRead(actor: Actor, version: SpecificationVersion): boolean {
  if (version.status === 'published' || version.status === 'retired' || actor.kind === 'system') {
    return true
  }
  return rolesIn(actor, version.organisationId).some((role) =>
    specificationStaffRoles.includes(role),
  )
}

/**
 * The version, if the actor may see it. A version the actor may not see is reported as not found
 * (never as forbidden), so that unpublished work is not revealed by its id.
 */
export async function getReadableVersion(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  versionId: string,
  stores: Stores = deps.stores,
  options: { isForUpdate?: boolean } = {},
): Promise<SpecificationVersion> {
  const version = await stores.specifications.findVersion(versionId, options)
  if (version === undefined || !canRead(actor, version)) {
    throw new AppError('SPECIFICATION_VERSION_NOT_FOUND')
  }
  return version
}

/** The known organisations' ids, for checking awarding bodies. */
export async function knownOrganisationIds(stores: Stores): Promise<Set<string>> {
  return new Set((await stores.organisations.list()).map((organisation) => organisation.id))
}

/** A specification names its owning organisation as awarding body unless it names others. */
export function withDefaultAwardingBody(
  content: SpecificationContent,
  organisationId: string,
): SpecificationContent {
  return content.awardingBodyIds.length === 0
    ? { ...content, awardingBodyIds: [organisationId] }
    : content
}
