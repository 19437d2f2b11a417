import { AppError } from './errors.js'
import type { Membership, Role } from './identity.js'

/**
 * Who is asking: a signed-in person (with their memberships), a machine client holding an API
 * token (scoped to one organisation and some roles), or nobody.
 */
export type Actor =
  | {
      readonly kind: 'person'
      readonly personId: string
      readonly sessionId: string | undefined
      readonly memberships: readonly Membership[]
    }
  | {
      readonly kind: 'api-token'
      readonly tokenId: string
      readonly organisationId: string
      readonly roles: readonly Role[]
    }
  | { readonly kind: 'anonymous' }
  /** The operator of the installation, acting through the command line: may do anything. */
  | { readonly kind: 'system' }

export const anonymous: Actor = { kind: 'anonymous' }

export const system: Actor = { kind: 'system' }

/** The roles the actor holds in an organisation. */
export function rolesIn(actor: Actor, organisationId: string): readonly Role[] {
  switch (actor.kind) {
    case 'person':
      return (
        actor.memberships.find((membership) => membership.organisationId === organisationId)
          ?.roles ?? []
      )
    case 'api-token':
      return actor.organisationId === organisationId ? actor.roles : []
    case 'anonymous':
    case 'system':
      return []
    default: {
      const exhaustive: never = actor
      return exhaustive
    }
  }
}

/**
 * Throws unless the actor holds one of `allowed` in the organisation: AUTHENTICATION_REQUIRED for
 * nobody, PERMISSION_DENIED for anyone else. Every use case that reads or changes an
 * organisation's data starts with this.
 */
export function requireRole(actor: Actor, organisationId: string, allowed: readonly Role[]): void {
  if (actor.kind === 'anonymous') {
    throw new AppError('AUTHENTICATION_REQUIRED')
  }
  if (actor.kind === 'system') {
    return
  }
  if (!rolesIn(actor, organisationId).some((role) => allowed.includes(role))) {
    throw new AppError('PERMISSION_DENIED')
  }
}

/** Throws AUTHENTICATION_REQUIRED unless a person is signed in; returns their id. */
export function requirePerson(actor: Actor): Extract<Actor, { kind: 'person' }> {
  if (actor.kind !== 'person') {
    throw new AppError(actor.kind === 'anonymous' ? 'AUTHENTICATION_REQUIRED' : 'PERMISSION_DENIED')
  }
  return actor
}

/** The audit log's record of who acted. */
export function toAuditActor(actor: Actor): AuditActor {
  switch (actor.kind) {
    case 'person':
      return { kind: 'person', id: actor.personId }
    case 'api-token':
      return { kind: 'api-token', id: actor.tokenId }
    case 'anonymous':
    case 'system':
      return { kind: 'system', id: undefined }
    default: {
      const exhaustive: never = actor
      return exhaustive
    }
  }
}

/** Who acted, as the audit log keeps it: ids only, never names or addresses. */
export type AuditActor =
  | { readonly kind: 'person' | 'api-token'; readonly id: string }
  | { readonly kind: 'system'; readonly id: undefined }

/** Throws unless the operator of the installation is acting (the command line). */
export function requireSystem(actor: Actor): void {
  if (actor.kind === 'system') {
    return
  }
  throw new AppError(actor.kind === 'anonymous' ? 'AUTHENTICATION_REQUIRED' : 'PERMISSION_DENIED')
}
