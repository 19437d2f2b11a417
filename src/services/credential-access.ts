import { type Actor, AppError, type Role, rolesIn } from '../core/index.js'

/**
 * Throws unless the actor holds one of `allowed` in the issuing organisation. Someone with no
 * role there learns nothing: CREDENTIAL_NOT_FOUND, as for an unknown id; staff with another role
 * get PERMISSION_DENIED.
 */
export function requireIssuerRole(
  actor: Actor,
  organisationId: string,
  allowed: readonly Role[],
): void {
  if (actor.kind === 'anonymous') {
    throw new AppError('AUTHENTICATION_REQUIRED')
  }
  if (actor.kind === 'system') {
    return
  }
  const held = rolesIn(actor, organisationId)
  if (held.length === 0) {
    throw new AppError('CREDENTIAL_NOT_FOUND')
  }
  if (!held.some((role) => allowed.includes(role))) {
    throw new AppError('PERMISSION_DENIED')
  }
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** True for a UUID: ids outside that form are never looked up (the database would refuse them). */
export function isUuid(text: string): boolean {
  return uuidPattern.test(text)
}
