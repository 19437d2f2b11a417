import {
  type Actor,
  AppError,
  requireRole,
  type SpecificationContent,
  type Stores,
  validateSpecification,
} from '../core/index.js'
import type { VersionWithProblems } from './create-specification.js'
import type { Deps } from './deps.js'
import { inTransaction } from './in-transaction.js'
import { recordAudit } from './record-audit.js'
import {
  getReadableVersion,
  knownOrganisationIds,
  withDefaultAwardingBody,
} from './specification-access.js'

/**
 * Replaces the content of a draft; any other state is refused (SPECIFICATION_NOT_EDITABLE).
 * Everyone with the draft's design workspace open hears of the change once it has landed.
 */
export async function updateSpecificationDraft(
  deps: Pick<Deps, 'clock' | 'stores' | 'transaction'> & Partial<Pick<Deps, 'workspaceEvents'>>,
  actor: Actor,
  input: { versionId: string; content: SpecificationContent },
  stores?: Stores,
): Promise<VersionWithProblems> {
  const updated = await inTransaction(deps, stores, async (stores) => {
    const version = await getReadableVersion(deps, actor, input.versionId, stores, {
      isForUpdate: true,
    })
    requireRole(actor, version.organisationId, ['designer'])
    if (version.status !== 'draft') {
      throw new AppError(
        'SPECIFICATION_NOT_EDITABLE',
        version.status === 'published'
          ? 'A published version never changes: start a new version to edit it.'
          : `A version that is ${version.status} cannot be edited; return it to draft first.`,
      )
    }
    const now = deps.clock.now()
    const content = withDefaultAwardingBody(input.content, version.organisationId)
    await stores.specifications.updateContent(version.id, content, now)
    await recordAudit(deps, stores, actor, {
      action: 'specification.draft-updated',
      organisationId: version.organisationId,
      subject: { specificationId: version.specificationId, versionId: version.id },
    })
    const known = await knownOrganisationIds(stores)
    return {
      version: { ...version, content, updatedAt: now },
      problems: validateSpecification(content, {
        isKnownOrganisation: (id) => known.has(id),
      }),
    }
  })
  // In a caller's transaction the caller tells the workspace, after its commit.
  if (stores === undefined) {
    await deps.workspaceEvents?.publish({ versionId: updated.version.id, kind: 'change' })
  }
  return updated
}
