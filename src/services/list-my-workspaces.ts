import {
  type Actor,
  type LanguageMap,
  requirePerson,
  type SpecificationStatus,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { specificationStaffRoles } from './specification-access.js'
import { getWorkspaceVersion, type WorkspaceSide } from './workspace-access.js'

/** One workspace in the signed-in person's list. */
export type WorkspaceSummary = {
  readonly versionId: string
  readonly specificationId: string
  readonly organisationId: string
  readonly versionNumber: number
  readonly status: SpecificationStatus
  readonly title: LanguageMap
  readonly side: WorkspaceSide
  readonly participantCount: number
  readonly updatedAt: Date
}

/**
 * The workspaces of the signed-in person: those they are invited into, and the versions of their
 * organisations that have been opened to partners. Most recently changed first, then by id.
 */
export async function listMyWorkspaces(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
): Promise<WorkspaceSummary[]> {
  const person = requirePerson(actor)
  const { stores } = deps
  const staffOf = person.memberships
    .filter((membership) => membership.roles.some((role) => specificationStaffRoles.includes(role)))
    .map((membership) => membership.organisationId)
  const versionIds = new Set([
    ...(await stores.workspaceParticipants.listForPerson(person.personId)).map(
      (participant) => participant.versionId,
    ),
    ...(await stores.workspaceParticipants.listOpenedVersionIds(staffOf)),
  ])
  const summaries: WorkspaceSummary[] = []
  for (const versionId of versionIds) {
    const { version, side } = await getWorkspaceVersion(actor, versionId, stores)
    summaries.push({
      versionId: version.id,
      specificationId: version.specificationId,
      organisationId: version.organisationId,
      versionNumber: version.versionNumber,
      status: version.status,
      title: version.content.title,
      side,
      participantCount: (await stores.workspaceParticipants.listForVersion(version.id)).length,
      updatedAt: version.updatedAt,
    })
  }
  return summaries.sort(
    (a, b) =>
      b.updatedAt.getTime() - a.updatedAt.getTime() || a.versionId.localeCompare(b.versionId),
  )
}
