import {
  type Actor,
  AppError,
  type LifecycleAction,
  nextReviewDate,
  planTransition,
  rolesIn,
  type SpecificationVersion,
  type Stores,
  validateSpecification,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { inTransaction } from './in-transaction.js'
import { recordAudit } from './record-audit.js'
import { refreshCatalogueEntry } from './refresh-catalogue-entry.js'
import { getReadableVersion, knownOrganisationIds } from './specification-access.js'

/**
 * Moves a version along its lifecycle (submit, approve, return, withdraw, publish, retire). A step
 * from the wrong state answers 409 with the reason; a missing role 403; a return or retirement
 * without a reason 400. Approvals and returns are kept as reviews with the checklist as it stood;
 * every step goes to the audit log.
 */
export async function transitionSpecificationVersion(
  deps: Pick<Deps, 'clock' | 'ids' | 'stores' | 'transaction'>,
  actor: Actor,
  input: { versionId: string; action: LifecycleAction; reason?: string | undefined },
  stores?: Stores,
): Promise<SpecificationVersion> {
  return inTransaction(deps, stores, async (stores) => {
    const version = await getReadableVersion(deps, actor, input.versionId, stores, {
      isForUpdate: true,
    })
    if (actor.kind === 'anonymous') {
      throw new AppError('AUTHENTICATION_REQUIRED')
    }
    const known = await knownOrganisationIds(stores)
    const problems = validateSpecification(version.content, {
      isKnownOrganisation: (id) => known.has(id),
    })
    const blocking = problems.filter((problem) => problem.severity === 'blocking')
    const roles =
      actor.kind === 'system'
        ? (['designer', 'qa-reviewer', 'admin'] as const)
        : rolesIn(actor, version.organisationId)
    const plan = planTransition(version.status, input.action, {
      roles,
      reason: input.reason,
      hasBlockingProblems: blocking.length > 0,
    })
    if (!plan.isAllowed) {
      switch (plan.kind) {
        case 'role':
          throw new AppError('PERMISSION_DENIED', plan.reason)
        case 'reason':
          throw new AppError('REQUEST_INVALID', plan.reason, {
            details: { problems: [{ path: 'reason', message: plan.reason }] },
          })
        case 'problems':
          throw new AppError('SPECIFICATION_TRANSITION_NOT_ALLOWED', plan.reason, {
            details: { problems: blocking },
          })
        default:
          throw new AppError('SPECIFICATION_TRANSITION_NOT_ALLOWED', plan.reason)
      }
    }
    const now = deps.clock.now()
    const isPublishing = input.action === 'publish'
    const dates = isPublishing ? { publishedAt: now, reviewDueAt: nextReviewDate(now) } : {}
    await stores.specifications.setStatus(version.id, plan.to, now, dates)
    if (input.action === 'publish' || input.action === 'retire') {
      await refreshCatalogueEntry(stores, version.specificationId)
    }
    if (input.action === 'approve' || input.action === 'return') {
      await stores.specifications.addReview({
        id: deps.ids.newId(),
        versionId: version.id,
        reviewerId: actor.kind === 'person' ? actor.personId : undefined,
        decision: input.action,
        reasons: input.reason?.trim() ?? '',
        blockingProblemCount: blocking.length,
        advisoryProblemCount: problems.length - blocking.length,
        decidedAt: now,
      })
    }
    await recordAudit(deps, stores, actor, {
      action: `specification.${input.action}`,
      organisationId: version.organisationId,
      subject: {
        specificationId: version.specificationId,
        versionId: version.id,
        from: version.status,
        to: plan.to,
      },
    })
    return { ...version, status: plan.to, updatedAt: now, ...dates }
  })
}
