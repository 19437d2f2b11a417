import {
  type Actor,
  AppError,
  type Offering,
  type OfferingInput,
  type OfferingProblem,
  offeringProblem,
  parseOfferingInput,
  requireRole,
  type Stores,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { inTransaction } from './in-transaction.js'
import { offeringInvalid, offeringManagerRoles } from './offering-access.js'
import { recordAudit } from './record-audit.js'

/**
 * Plans a new offering of a published version of a specification (registrars and admins of the
 * specification's organisation). Without a version, the latest published one is offered. Every
 * problem with the details is reported at once and nothing is saved.
 */
export async function createOffering(
  deps: Pick<Deps, 'clock' | 'ids' | 'stores' | 'transaction'>,
  actor: Actor,
  input: { specificationId: string; versionId?: string | undefined; details: OfferingInput },
  stores?: Stores,
): Promise<Offering> {
  return inTransaction(deps, stores, async (stores) => {
    const specification = await stores.specifications.findSpecification(input.specificationId)
    if (specification === undefined) {
      throw new AppError('SPECIFICATION_NOT_FOUND')
    }
    requireRole(actor, specification.organisationId, offeringManagerRoles)
    const problems: OfferingProblem[] = []
    const versions = await stores.specifications.listVersions(specification.id)
    const version =
      input.versionId === undefined
        ? versions.filter((candidate) => candidate.status === 'published').at(-1)
        : versions.find((candidate) => candidate.id === input.versionId)
    if (version === undefined) {
      problems.push(
        offeringProblem(
          'versionId',
          input.versionId === undefined ? 'version-none-published' : 'version-not-found',
        ),
      )
    } else if (version.status !== 'published') {
      problems.push(
        offeringProblem('versionId', 'version-not-published', { status: version.status }),
      )
    }
    const parsed = parseOfferingInput(input.details)
    if (!parsed.isValid) {
      problems.push(...parsed.problems)
    }
    if (problems.length > 0 || !parsed.isValid || version === undefined) {
      throw offeringInvalid(problems)
    }
    const now = deps.clock.now()
    const offering: Offering = {
      id: deps.ids.newId(),
      organisationId: specification.organisationId,
      specificationId: specification.id,
      versionId: version.id,
      state: 'planned',
      details: parsed.details,
      createdAt: now,
      updatedAt: now,
    }
    await stores.offerings.create(offering)
    await recordAudit(deps, stores, actor, {
      action: 'offering.created',
      organisationId: offering.organisationId,
      subject: { offeringId: offering.id, versionId: version.id },
    })
    return offering
  })
}
