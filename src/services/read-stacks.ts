import {
  type Actor,
  AppError,
  type LanguageMap,
  requireRole,
  rolesIn,
  type Stack,
  type Stores,
} from '../core/index.js'
import { isUuid } from './credential-access.js'
import type { Deps } from './deps.js'
import { stackEditorRoles } from './save-stack.js'

/** A stack as people see it: the definition, and who defines it. */
export type StackSummary = Stack & {
  readonly organisation: { readonly id: string; readonly slug: string; readonly name: LanguageMap }
}

/** Every published stack, most recently published first (public). */
export async function listPublishedStacks(deps: Pick<Deps, 'stores'>): Promise<StackSummary[]> {
  return withOrganisations(deps.stores, await deps.stores.stacks.listPublished())
}

/** An organisation's stacks, published or not, newest first: its designers and admins. */
export async function listOrganisationStacks(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  organisationId: string,
): Promise<StackSummary[]> {
  requireRole(actor, organisationId, stackEditorRoles)
  return withOrganisations(
    deps.stores,
    await deps.stores.stacks.listForOrganisation(organisationId),
  )
}

/**
 * One stack: a published one for anyone, an unpublished one for its organisation's designers and
 * admins only (STACK_NOT_FOUND for anyone else, so that drafts are not revealed).
 */
export async function getStack(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  stackId: string,
): Promise<StackSummary> {
  const stack = isUuid(stackId) ? await deps.stores.stacks.findById(stackId) : undefined
  if (
    stack === undefined ||
    (!stack.isPublished &&
      actor.kind !== 'system' &&
      !rolesIn(actor, stack.organisationId).some((role) =>
        stackEditorRoles.includes(role as never),
      ))
  ) {
    throw new AppError('STACK_NOT_FOUND')
  }
  const [summary] = await withOrganisations(deps.stores, [stack])
  if (summary === undefined) {
    throw new AppError('STACK_NOT_FOUND')
  }
  return summary
}

async function withOrganisations(
  stores: Stores,
  stacks: readonly Stack[],
): Promise<StackSummary[]> {
  const organisations = new Map<string, StackSummary['organisation']>()
  const summaries: StackSummary[] = []
  for (const stack of stacks) {
    let organisation = organisations.get(stack.organisationId)
    if (organisation === undefined) {
      const found = await stores.organisations.findById(stack.organisationId)
      organisation = {
        id: stack.organisationId,
        slug: found?.slug ?? '',
        name: found?.name ?? {},
      }
      organisations.set(stack.organisationId, organisation)
    }
    summaries.push({ ...stack, organisation })
  }
  return summaries
}
