import {
  type Actor,
  AppError,
  type Endorsement,
  type Organisation,
  requirePerson,
  type SpecificationVersion,
  type Stores,
  signOffRoles,
} from '../core/index.js'
import { canRead } from './specification-access.js'

/**
 * The partner organisation a person signs off for: one where they hold the partner or admin
 * role, the one named by `slug` when they have several. PERMISSION_DENIED for anyone else.
 */
export async function findEndorsingOrganisation(
  stores: Stores,
  actor: Actor,
  slug: string | undefined,
): Promise<Organisation> {
  const person = requirePerson(actor)
  const candidates: Organisation[] = []
  for (const membership of person.memberships) {
    if (!membership.roles.some((role) => (signOffRoles as readonly string[]).includes(role))) {
      continue
    }
    const organisation = await stores.organisations.findById(membership.organisationId)
    if (organisation?.kind === 'partner' && (slug === undefined || organisation.slug === slug)) {
      candidates.push(organisation)
    }
  }
  const [only, ...others] = candidates
  if (only === undefined) {
    throw new AppError(
      'PERMISSION_DENIED',
      'A version is signed off by a partner or admin of a partner organisation.',
    )
  }
  if (others.length > 0) {
    throw new AppError('REQUEST_INVALID', 'Name the organisation you sign off for.', {
      details: {
        problems: [{ path: 'organisationSlug', message: 'You take part for several partners.' }],
      },
    })
  }
  return only
}

/**
 * Whether the actor may see a version's sign-off and its endorsements: anyone who may read the
 * version, and the partner people invited to its design workspace.
 */
export async function canSeeSignOff(
  stores: Stores,
  actor: Actor,
  version: SpecificationVersion,
): Promise<boolean> {
  if (canRead(actor, version)) {
    return true
  }
  return actor.kind === 'person'
    ? stores.workspaceParticipants.isParticipant(version.id, actor.personId)
    : false
}

/** The endorsements shown for a version: those not withdrawn, oldest first. */
export function standingEndorsements(endorsements: readonly Endorsement[]): Endorsement[] {
  return endorsements.filter((endorsement) => endorsement.withdrawnAt === undefined)
}
