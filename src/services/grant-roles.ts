import {
  type Actor,
  AppError,
  roles as allRoles,
  isRole,
  type Role,
  requireRole,
  type Stores,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { inTransaction } from './in-transaction.js'
import { recordAudit } from './record-audit.js'

/**
 * Sets a person's roles in an organisation (an empty list ends the membership). Allowed to the
 * organisation's admins and the operator. An organisation always keeps an admin: taking the role
 * from its last one is refused (ORGANISATION_LAST_ADMIN), also when two admins remove each other
 * at once (the organisation's row is locked while the admins are counted).
 */
export async function grantRoles(
  deps: Pick<Deps, 'clock' | 'transaction'>,
  actor: Actor,
  input: { organisationId: string; personId: string; roles: readonly string[] },
  stores?: Stores,
): Promise<readonly Role[]> {
  requireRole(actor, input.organisationId, ['admin'])
  const unknown = input.roles.filter((role) => !isRole(role))
  if (unknown.length > 0) {
    throw new AppError(
      'REQUEST_INVALID',
      `Unknown roles: ${unknown.join(', ')}. Roles are ${allRoles.join(', ')}.`,
      {
        details: {
          problems: unknown.map((role) => ({ path: 'roles', message: `unknown role ${role}` })),
        },
      },
    )
  }
  const granted = allRoles.filter((role) => input.roles.includes(role))
  return inTransaction(deps, stores, async (transaction) => {
    const person = await transaction.people.findById(input.personId)
    if (person === undefined || person.erasedAt !== undefined) {
      throw new AppError('PERSON_NOT_FOUND')
    }
    if (!granted.includes('admin')) {
      await transaction.organisations.findById(input.organisationId, { isForUpdate: true })
      const members = await transaction.people.listMembers(input.organisationId)
      const admins = members.filter((member) => member.roles.includes('admin'))
      if (admins.length === 1 && admins[0]?.personId === input.personId) {
        throw new AppError('ORGANISATION_LAST_ADMIN')
      }
    }
    await transaction.people.setRoles(
      input.personId,
      input.organisationId,
      granted,
      deps.clock.now(),
    )
    await recordAudit(deps, transaction, actor, {
      action: 'membership.roles-set',
      organisationId: input.organisationId,
      subject: { personId: input.personId, roles: granted.join(',') },
    })
    return granted
  })
}
