import {
  type Actor,
  AppError,
  pickLanguage,
  type Role,
  rolesIn,
  type SpecificationVersion,
  type Stores,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { specificationStaffRoles } from './specification-access.js'

/** Roles of the owning organisation that invite, remove, and accept or reject suggestions. */
export const workspaceDesignerRoles: readonly Role[] = ['admin', 'designer']

/**
 * How the actor takes part: `designer` (designers and admins of the owning organisation, and the
 * operator) runs the workspace; `staff` (the organisation's other staff) reads and comments;
 * `partner` is a person invited into it.
 */
export type WorkspaceSide = 'designer' | 'staff' | 'partner'

/**
 * The version and the actor's side in its workspace. A version the actor has no part in is
 * WORKSPACE_NOT_FOUND, never forbidden, so that a draft a partner was not invited to stays
 * invisible. Partners are recognised by `workspaceParticipants.isParticipant`, the same check
 * other features (partner sign-off) make.
 */
export async function getWorkspaceVersion(
  actor: Actor,
  versionId: string,
  stores: Stores,
  options: { isForUpdate?: boolean } = {},
): Promise<{ version: SpecificationVersion; side: WorkspaceSide }> {
  if (actor.kind === 'anonymous') {
    throw new AppError('AUTHENTICATION_REQUIRED')
  }
  const version = await stores.specifications.findVersion(versionId, options)
  if (version === undefined) {
    throw new AppError('WORKSPACE_NOT_FOUND')
  }
  if (actor.kind === 'system') {
    return { version, side: 'designer' }
  }
  const roles = rolesIn(actor, version.organisationId)
  if (roles.some((role) => workspaceDesignerRoles.includes(role))) {
    return { version, side: 'designer' }
  }
  if (roles.some((role) => specificationStaffRoles.includes(role))) {
    return { version, side: 'staff' }
  }
  if (
    actor.kind === 'person' &&
    (await stores.workspaceParticipants.isParticipant(version.id, actor.personId))
  ) {
    return { version, side: 'partner' }
  }
  throw new AppError('WORKSPACE_NOT_FOUND')
}

/** Refuses changes to the workspace of a version that is no longer a draft. */
export function requireOpenWorkspace(version: SpecificationVersion): void {
  if (version.status !== 'draft') {
    throw new AppError('WORKSPACE_CLOSED')
  }
}

/** Refuses what only the designer side may do (PERMISSION_DENIED: the actor sees the workspace). */
export function requireDesignerSide(side: WorkspaceSide): void {
  if (side !== 'designer') {
    throw new AppError(
      'PERMISSION_DENIED',
      'Only the designers and admins of the organisation that owns the draft may do this.',
    )
  }
}

/** The draft's title for mail, in the language asked or the first it has. */
export function workspaceTitle(
  version: SpecificationVersion,
  language: 'fi' | 'sv' | 'en',
): string {
  return pickLanguage(version.content.title, language) ?? `#${version.versionNumber}`
}

/** Where the workspace opens in the web app. */
export function workspaceUrl(deps: Pick<Deps, 'publicUrl'>, versionId: string): string {
  return new URL(`/co-design/workspaces/${versionId}`, deps.publicUrl).href
}

/** A person's first verified address, where workspace mail goes; undefined when none. */
export async function findMailAddress(
  stores: Stores,
  personId: string,
): Promise<string | undefined> {
  const person = await stores.people.findById(personId)
  if (person === undefined || person.erasedAt !== undefined) {
    return undefined
  }
  const addresses = await stores.people.listEmailAddresses(personId)
  return addresses.find((address) => address.verifiedAt !== undefined)?.address
}
