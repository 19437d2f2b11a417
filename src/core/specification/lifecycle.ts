import type { Role } from '../identity.js'

/**
 * The lifecycle of a specification version: draft → in-review → approved → published → retired,
 * and back to draft with reasons. A published version never changes: editing it starts a new draft
 * version.
 */
export const specificationStatuses = [
  'draft',
  'in-review',
  'approved',
  'published',
  'retired',
] as const

export type SpecificationStatus = (typeof specificationStatuses)[number]

export type LifecycleAction = 'submit' | 'approve' | 'return' | 'publish' | 'retire' | 'withdraw'

type Transition = {
  readonly from: SpecificationStatus
  readonly to: SpecificationStatus
  /** Who may take it, in the organisation that awards the micro-credential. */
  readonly roles: readonly Role[]
  /** Whether a reason must be given (returns and withdrawals explain themselves). */
  readonly needsReason: boolean
}

/** Every allowed step. Anything not listed here is refused with the reason why. */
export const lifecycleTransitions: Readonly<Record<LifecycleAction, Transition>> = {
  submit: { from: 'draft', to: 'in-review', roles: ['designer'], needsReason: false },
  approve: { from: 'in-review', to: 'approved', roles: ['qa-reviewer'], needsReason: false },
  return: { from: 'in-review', to: 'draft', roles: ['qa-reviewer'], needsReason: true },
  withdraw: {
    from: 'approved',
    to: 'draft',
    roles: ['designer', 'qa-reviewer'],
    needsReason: true,
  },
  publish: {
    from: 'approved',
    to: 'published',
    roles: ['qa-reviewer', 'admin'],
    needsReason: false,
  },
  retire: { from: 'published', to: 'retired', roles: ['admin'], needsReason: true },
}

export type TransitionOutcome =
  | { readonly isAllowed: true; readonly to: SpecificationStatus }
  | { readonly isAllowed: false; readonly reason: string }

/**
 * Whether `action` may move a version in `status` on, for someone holding `roles`. Returns the
 * reason in plain language when not, so that the API can answer 409 (wrong state) or 403 (role)
 * with it.
 */
export function planTransition(
  status: SpecificationStatus,
  action: LifecycleAction,
  input: { roles: readonly Role[]; reason: string | undefined; hasBlockingProblems: boolean },
): TransitionOutcome & { readonly kind?: 'state' | 'role' | 'reason' | 'problems' } {
  const transition = lifecycleTransitions[action]
  if (transition.from !== status) {
    return {
      isAllowed: false,
      kind: 'state',
      reason: `A ${status} version cannot be ${pastTense[action]}: it must be ${transition.from} first.`,
    }
  }
  if (!transition.roles.some((role) => input.roles.includes(role))) {
    return {
      isAllowed: false,
      kind: 'role',
      reason: `Only a ${transition.roles.join(' or ')} may ${action} a version.`,
    }
  }
  if (transition.needsReason && (input.reason === undefined || input.reason.trim() === '')) {
    return {
      isAllowed: false,
      kind: 'reason',
      reason: `Give a reason when you ${action} a version.`,
    }
  }
  if (action === 'submit' && input.hasBlockingProblems) {
    return {
      isAllowed: false,
      kind: 'problems',
      reason: 'The version has blocking problems; fix them before review.',
    }
  }
  return { isAllowed: true, to: transition.to }
}

const pastTense: Record<LifecycleAction, string> = {
  submit: 'submitted',
  approve: 'approved',
  return: 'returned',
  publish: 'published',
  retire: 'retired',
  withdraw: 'withdrawn',
}

/** Published versions come up for review a year after publication. */
export function nextReviewDate(publishedAt: Date): Date {
  const date = new Date(publishedAt.getTime())
  date.setUTCFullYear(date.getUTCFullYear() + 1)
  return date
}
