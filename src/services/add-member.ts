import {
  type Actor,
  AppError,
  roles as allRoles,
  isLanguage,
  isRole,
  type Language,
  normaliseEmailAddress,
  type Role,
  requireRole,
  toMembershipMail,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { grantRoles } from './grant-roles.js'

export type NewMember = {
  readonly emailAddress: string
  readonly roles: readonly string[]
  /** The language of the mail that tells the person. */
  readonly language?: string | undefined
}

/**
 * Adds a person to an organisation by one of their verified e-mail addresses, with at least one
 * role, and tells them by mail (in the same transaction, so the mail goes only when they are
 * added). Organisation admins and the operator. A person already in the organisation is refused
 * (MEMBERSHIP_EXISTS: their roles are changed in the list instead); an address that belongs to
 * no account, or is not verified, is PERSON_NOT_FOUND — an account comes from single sign-on, a
 * claimed credential or `osaamo users create`.
 */
export async function addMember(
  deps: Pick<Deps, 'clock' | 'ids' | 'transaction' | 'publicUrl'>,
  actor: Actor,
  input: { organisationId: string } & NewMember,
): Promise<{ personId: string; displayName: string; roles: readonly Role[] }> {
  requireRole(actor, input.organisationId, ['admin'])
  const problems = checkNewMember(input)
  const address = normaliseEmailAddress(input.emailAddress)
  if (problems.length > 0 || address === undefined) {
    throw new AppError('REQUEST_INVALID', 'The person cannot be added as asked.', {
      details: { problems },
    })
  }
  const language: Language = isLanguage(input.language) ? input.language : 'fi'
  return deps.transaction(async (stores) => {
    const found = await stores.people.findEmailAddress(address)
    const person = found === undefined ? undefined : await stores.people.findById(found.personId)
    if (found?.verifiedAt === undefined || person === undefined || person.erasedAt !== undefined) {
      throw new AppError(
        'PERSON_NOT_FOUND',
        'No account has this verified e-mail address. The person signs in once with single sign-on or claims a credential first, or the operator creates the account (osaamo users create).',
      )
    }
    const memberships = await stores.people.listMemberships(person.id)
    if (memberships.some((membership) => membership.organisationId === input.organisationId)) {
      throw new AppError('MEMBERSHIP_EXISTS')
    }
    const organisation = await stores.organisations.findById(input.organisationId)
    const roles = await grantRoles(
      deps,
      actor,
      { organisationId: input.organisationId, personId: person.id, roles: input.roles },
      stores,
    )
    await stores.mailOutbox.enqueue({
      id: deps.ids.newId(),
      recipient: address,
      createdAt: deps.clock.now(),
      ...toMembershipMail(language, {
        organisationName: organisation?.name[language] ?? organisation?.name.fi ?? '',
        roles,
        adminPageUrl: new URL('/sign-in', deps.publicUrl).href,
      }),
    })
    return { personId: person.id, displayName: person.displayName, roles }
  })
}

function checkNewMember(input: NewMember): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = []
  if (normaliseEmailAddress(input.emailAddress) === undefined) {
    problems.push({
      path: 'emailAddress',
      message: 'Give an e-mail address such as maija@example.fi.',
    })
  }
  if (input.roles.length === 0) {
    problems.push({ path: 'roles', message: 'Choose at least one role.' })
  }
  for (const role of input.roles.filter((candidate) => !isRole(candidate))) {
    problems.push({
      path: 'roles',
      message: `Unknown role ${role}; roles are ${allRoles.join(', ')}.`,
    })
  }
  return problems
}
