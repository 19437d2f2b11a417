import {
  type Actor,
  AppError,
  type EmailAddress,
  type Organisation,
  type Person,
  type Role,
  requirePerson,
  type Session,
} from '../core/index.js'
import type { Deps } from './deps.js'

export type MyAccount = {
  readonly person: Person
  readonly emailAddresses: readonly EmailAddress[]
  readonly memberships: readonly { organisation: Organisation; roles: readonly Role[] }[]
  readonly sessions: readonly Omit<Session, 'tokenHash' | 'csrfToken'>[]
  readonly currentSessionId: string | undefined
}

/** The signed-in person's own account: addresses, memberships with their organisations, sessions. */
export async function getMyAccount(deps: Pick<Deps, 'stores'>, actor: Actor): Promise<MyAccount> {
  const { personId, sessionId } = requirePerson(actor)
  const person = await deps.stores.people.findById(personId)
  if (person === undefined) {
    throw new AppError('PERSON_NOT_FOUND')
  }
  const [emailAddresses, memberships, sessions] = await Promise.all([
    deps.stores.people.listEmailAddresses(personId),
    deps.stores.people.listMemberships(personId),
    deps.stores.sessions.listForPerson(personId),
  ])
  const organisations = await Promise.all(
    memberships.map((membership) => deps.stores.organisations.findById(membership.organisationId)),
  )
  return {
    person,
    emailAddresses,
    memberships: memberships.flatMap((membership, index) => {
      const organisation = organisations[index]
      return organisation === undefined ? [] : [{ organisation, roles: membership.roles }]
    }),
    sessions: sessions.map(({ tokenHash: _hash, csrfToken: _csrf, ...session }) => session),
    currentSessionId: sessionId,
  }
}
