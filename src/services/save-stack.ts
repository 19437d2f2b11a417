import {
  type Actor,
  AppError,
  requireRole,
  type Stack,
  type StackDefinition,
  type StackProblem,
  type Stores,
  specificationIdsOf,
  validateStackDefinition,
} from '../core/index.js'
import { isUuid } from './credential-access.js'
import type { Deps } from './deps.js'
import { recordAudit } from './record-audit.js'

/** Who defines an organisation's stacks. */
export const stackEditorRoles = ['designer', 'admin'] as const

/**
 * Creates an unpublished stack for the organisation from a definition (name, description, rules).
 * Every problem with it is reported at once (STACK_INVALID), a named specification that is not
 * published included; nothing is saved then. Designers and admins of the organisation.
 */
export async function createStack(
  deps: Pick<Deps, 'clock' | 'ids' | 'transaction'>,
  actor: Actor,
  organisationId: string,
  input: unknown,
): Promise<Stack> {
  requireRole(actor, organisationId, stackEditorRoles)
  return deps.transaction(async (stores) => {
    if ((await stores.organisations.findById(organisationId)) === undefined) {
      throw new AppError('ORGANISATION_NOT_FOUND')
    }
    const definition = await checkDefinition(stores, input)
    const now = deps.clock.now()
    const stack: Stack = {
      ...definition,
      id: deps.ids.newId(),
      organisationId,
      isPublished: false,
      createdAt: now,
      updatedAt: now,
      publishedAt: undefined,
    }
    await stores.stacks.create(stack, actor.kind === 'person' ? actor.personId : undefined)
    await recordAudit(deps, stores, actor, {
      action: 'stack.created',
      organisationId,
      subject: { stackId: stack.id },
    })
    return stack
  })
}

/** Replaces an unpublished stack's definition, checked as {@link createStack} checks it. */
export async function updateStack(
  deps: Pick<Deps, 'clock' | 'transaction'>,
  actor: Actor,
  stackId: string,
  input: unknown,
): Promise<Stack> {
  return deps.transaction(async (stores) => {
    const stack = await findEditableStack(stores, actor, stackId)
    const definition = await checkDefinition(stores, input)
    const now = deps.clock.now()
    await stores.stacks.update(stack.id, definition, now)
    await recordAudit(deps, stores, actor, {
      action: 'stack.updated',
      organisationId: stack.organisationId,
      subject: { stackId: stack.id },
    })
    return { ...stack, ...definition, updatedAt: now }
  })
}

/** Publishes a stack: learners see it and can complete it; its rules no longer change. */
export async function publishStack(
  deps: Pick<Deps, 'clock' | 'transaction'>,
  actor: Actor,
  stackId: string,
): Promise<Stack> {
  return deps.transaction(async (stores) => {
    const stack = await findEditableStack(stores, actor, stackId)
    const now = deps.clock.now()
    await stores.stacks.publish(stack.id, now)
    await recordAudit(deps, stores, actor, {
      action: 'stack.published',
      organisationId: stack.organisationId,
      subject: { stackId: stack.id },
    })
    return { ...stack, isPublished: true, publishedAt: now, updatedAt: now }
  })
}

async function findEditableStack(stores: Stores, actor: Actor, stackId: string): Promise<Stack> {
  const stack = isUuid(stackId)
    ? await stores.stacks.findById(stackId, { isForUpdate: true })
    : undefined
  if (stack === undefined) {
    throw new AppError('STACK_NOT_FOUND')
  }
  requireRole(actor, stack.organisationId, stackEditorRoles)
  if (stack.isPublished) {
    throw new AppError('STACK_ALREADY_PUBLISHED')
  }
  return stack
}

async function checkDefinition(stores: Stores, input: unknown): Promise<StackDefinition> {
  const result = validateStackDefinition(input)
  const problems: StackProblem[] = result.isValid ? [] : [...result.problems]
  if (result.isValid) {
    for (const specificationId of specificationIdsOf(result.definition.rules)) {
      const versions = await stores.specifications.listVersions(specificationId)
      if (!versions.some((version) => version.status === 'published')) {
        problems.push({
          path: pathOf(result.definition, specificationId),
          code: 'specification-unknown',
          message: `No published specification has the id ${specificationId}.`,
        })
      }
    }
  }
  if (!result.isValid || problems.length > 0) {
    throw new AppError('STACK_INVALID', undefined, { details: { problems } })
  }
  return result.definition
}

function pathOf(definition: StackDefinition, specificationId: string): string {
  const index = definition.rules.parts.findIndex((part) =>
    part.kind === 'specification'
      ? part.specificationId === specificationId
      : part.kind === 'any-of' && part.specificationIds.includes(specificationId),
  )
  return `rules.parts.${index}`
}
