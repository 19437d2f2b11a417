import { type Actor, AppError, isEscoSkillUri, type Stores } from '../core/index.js'
import { requireNeedManager } from './competence-need-access.js'
import type { Deps } from './deps.js'
import { inTransaction } from './in-transaction.js'
import { recordAudit } from './record-audit.js'

/** A skill a partner organisation rejected as a suggestion. */
export type RejectedSkill = {
  readonly skillUri: string
  readonly preferredLabel: string
  readonly rejectedAt: Date
}

async function requireOrganisationManager(
  stores: Stores,
  actor: Actor,
  organisationId: string,
): Promise<void> {
  if ((await stores.organisations.findById(organisationId)) === undefined) {
    throw new AppError('ORGANISATION_NOT_FOUND')
  }
  requireNeedManager(actor, organisationId)
}

/** The skills the organisation rejected as suggestions, newest first (its partners and admins). */
export async function listRejectedSkills(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  organisationId: string,
): Promise<RejectedSkill[]> {
  await requireOrganisationManager(deps.stores, actor, organisationId)
  return deps.stores.skillSuggestions.listRejections(organisationId)
}

/**
 * Remembers that the organisation rejected an ESCO skill as a suggestion, so that it is not
 * suggested to it again. The skill must be in the imported ESCO. Rejecting it again changes
 * nothing.
 */
export async function rejectSuggestedSkill(
  deps: Pick<Deps, 'clock' | 'stores' | 'transaction'>,
  actor: Actor,
  input: { organisationId: string; skillUri: string },
  stores?: Stores,
): Promise<RejectedSkill[]> {
  return inTransaction(deps, stores, async (stores) => {
    await requireOrganisationManager(stores, actor, input.organisationId)
    if (!isEscoSkillUri(input.skillUri) || !(await stores.esco.findSkill(input.skillUri))) {
      throw new AppError('ESCO_CONCEPT_NOT_FOUND', `No imported ESCO skill is ${input.skillUri}.`)
    }
    await stores.skillSuggestions.addRejection({
      organisationId: input.organisationId,
      skillUri: input.skillUri,
      rejectedBy: actor.kind === 'person' ? actor.personId : undefined,
      rejectedAt: deps.clock.now(),
    })
    await recordAudit(deps, stores, actor, {
      action: 'skill-suggestion.rejected',
      organisationId: input.organisationId,
      subject: { skillUri: input.skillUri },
    })
    return stores.skillSuggestions.listRejections(input.organisationId)
  })
}

/** Forgets a rejection, so that the skill may be suggested again; one never made is not found. */
export async function forgetRejectedSkill(
  deps: Pick<Deps, 'clock' | 'stores' | 'transaction'>,
  actor: Actor,
  input: { organisationId: string; skillUri: string },
  stores?: Stores,
): Promise<RejectedSkill[]> {
  return inTransaction(deps, stores, async (stores) => {
    await requireOrganisationManager(stores, actor, input.organisationId)
    if (!(await stores.skillSuggestions.removeRejection(input.organisationId, input.skillUri))) {
      throw new AppError(
        'ESCO_CONCEPT_NOT_FOUND',
        `The organisation has not rejected ${input.skillUri} as a suggestion.`,
      )
    }
    await recordAudit(deps, stores, actor, {
      action: 'skill-suggestion.rejection-forgotten',
      organisationId: input.organisationId,
      subject: { skillUri: input.skillUri },
    })
    return stores.skillSuggestions.listRejections(input.organisationId)
  })
}
