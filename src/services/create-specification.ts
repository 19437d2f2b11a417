import {
  type Actor,
  requireRole,
  type Specification,
  type SpecificationContent,
  type SpecificationVersion,
  type Stores,
  type ValidationProblem,
  validateSpecification,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { inTransaction } from './in-transaction.js'
import { recordAudit } from './record-audit.js'
import { knownOrganisationIds, withDefaultAwardingBody } from './specification-access.js'

export type VersionWithProblems = {
  readonly version: SpecificationVersion
  readonly problems: readonly ValidationProblem[]
}

/**
 * Starts a new micro-credential as a draft of the designer's organisation. A draft may be
 * incomplete: it is saved with its problems listed; review needs them fixed. The organisation is
 * the first awarding body unless the draft names others.
 */
export async function createSpecification(
  deps: Pick<Deps, 'clock' | 'ids' | 'transaction'>,
  actor: Actor,
  input: { organisationId: string; content: SpecificationContent },
  stores?: Stores,
): Promise<VersionWithProblems> {
  requireRole(actor, input.organisationId, ['designer'])
  const now = deps.clock.now()
  const content = withDefaultAwardingBody(input.content, input.organisationId)
  const specification: Specification = {
    id: deps.ids.newId(),
    organisationId: input.organisationId,
    createdAt: now,
  }
  const version: SpecificationVersion = {
    id: deps.ids.newId(),
    specificationId: specification.id,
    organisationId: input.organisationId,
    versionNumber: 1,
    status: 'draft',
    content,
    changeLog: '',
    createdAt: now,
    updatedAt: now,
    publishedAt: undefined,
    reviewDueAt: undefined,
  }
  return inTransaction(deps, stores, async (stores) => {
    const known = await knownOrganisationIds(stores)
    await stores.specifications.create(specification, version)
    await recordAudit(deps, stores, actor, {
      action: 'specification.created',
      organisationId: input.organisationId,
      subject: { specificationId: specification.id, versionId: version.id },
    })
    return {
      version,
      problems: validateSpecification(content, { isKnownOrganisation: (id) => known.has(id) }),
    }
  })
}
