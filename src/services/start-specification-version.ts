import {
  type Actor,
  AppError,
  requireRole,
  type SpecificationVersion,
  type Stores,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { inTransaction } from './in-transaction.js'
import { recordAudit } from './record-audit.js'
import { getReadableVersion } from './specification-access.js'

/**
 * Starts the next version of a published micro-credential as a draft with the same content and a
 * change log. The published version stays as it is.
 */
export async function startSpecificationVersion(
  deps: Pick<Deps, 'clock' | 'ids' | 'stores' | 'transaction'>,
  actor: Actor,
  input: { fromVersionId: string; changeLog: string },
  stores?: Stores,
): Promise<SpecificationVersion> {
  return inTransaction(deps, stores, async (stores) => {
    const from = await getReadableVersion(deps, actor, input.fromVersionId, stores)
    requireRole(actor, from.organisationId, ['designer'])
    if (input.changeLog.trim() === '') {
      throw new AppError('REQUEST_INVALID', 'Say what changes in the new version.', {
        details: {
          problems: [{ path: 'changeLog', message: 'Say what changes in the new version.' }],
        },
      })
    }
    const versions = await stores.specifications.listVersions(from.specificationId)
    const open = versions.find(
      (version) =>
        version.status === 'draft' ||
        version.status === 'in-review' ||
        version.status === 'approved',
    )
    if (open !== undefined) {
      throw new AppError(
        'SPECIFICATION_TRANSITION_NOT_ALLOWED',
        `Version ${open.versionNumber} is still ${open.status}; finish it first.`,
      )
    }
    if (from.status !== 'published' && from.status !== 'retired') {
      throw new AppError(
        'SPECIFICATION_TRANSITION_NOT_ALLOWED',
        'A new version starts from a published one.',
      )
    }
    const now = deps.clock.now()
    const version: SpecificationVersion = {
      id: deps.ids.newId(),
      specificationId: from.specificationId,
      organisationId: from.organisationId,
      versionNumber: Math.max(...versions.map((candidate) => candidate.versionNumber)) + 1,
      status: 'draft',
      content: from.content,
      changeLog: input.changeLog.trim(),
      createdAt: now,
      updatedAt: now,
      publishedAt: undefined,
      reviewDueAt: undefined,
    }
    await stores.specifications.addVersion(version)
    await recordAudit(deps, stores, actor, {
      action: 'specification.version-started',
      organisationId: version.organisationId,
      subject: {
        specificationId: version.specificationId,
        versionId: version.id,
        fromVersionId: from.id,
      },
    })
    return version
  })
}
