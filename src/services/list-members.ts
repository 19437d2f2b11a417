import {
  type Actor,
  type EmailAddress,
  type Person,
  type Role,
  requireRole,
} from '../core/index.js'
import type { Deps } from './deps.js'

export type Member = {
  readonly person: Person
  readonly emailAddresses: readonly EmailAddress[]
  readonly roles: readonly Role[]
}

/** The people of an organisation and their roles; for its admins. */
export async function listMembers(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  organisationId: string,
): Promise<Member[]> {
  requireRole(actor, organisationId, ['admin'])
  const memberships = await deps.stores.people.listMembers(organisationId)
  const members = await Promise.all(
    memberships.map(async (membership) => {
      const [person, emailAddresses] = await Promise.all([
        deps.stores.people.findById(membership.personId),
        deps.stores.people.listEmailAddresses(membership.personId),
      ])
      return person === undefined ? [] : [{ person, emailAddresses, roles: membership.roles }]
    }),
  )
  return members
    .flat()
    .sort((a, b) => a.person.displayName.localeCompare(b.person.displayName, 'fi'))
}
