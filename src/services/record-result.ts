import {
  type Actor,
  AppError,
  type AssessmentResult,
  checkResultInput,
  helsinkiDate,
  offeringProblem,
  type ResultInput,
  type ResultProblem,
  requireRole,
  type Stores,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { inTransaction } from './in-transaction.js'
import { getReadableOffering } from './offering-access.js'
import { recordAudit } from './record-audit.js'
import { resultContextOf, resultRecorderRoles } from './result-context.js'

/**
 * Records a learner's result in an offering (assessors, registrars and admins of its
 * organisation), replacing an earlier one. The person must be enrolled and the grade in the
 * specification's scheme; every problem is reported at once (RESULT_INVALID) and nothing changes.
 */
export async function recordResult(
  deps: Pick<Deps, 'clock' | 'ids' | 'stores' | 'transaction'>,
  actor: Actor,
  input: { offeringId: string; personId: string } & ResultInput,
  stores?: Stores,
): Promise<AssessmentResult> {
  return inTransaction(deps, stores, async (stores) => {
    const offering = await getReadableOffering(stores, actor, input.offeringId)
    requireRole(actor, offering.organisationId, resultRecorderRoles)
    const { gradingScheme } = await resultContextOf(stores, offering)
    const now = deps.clock.now()
    const problems: ResultProblem[] = []
    const enrolment = await stores.enrolments.findForPerson(offering.id, input.personId)
    if (enrolment === undefined) {
      problems.push(offeringProblem('personId', 'person-not-enrolled'))
    }
    const checked = checkResultInput(input, gradingScheme, helsinkiDate(now))
    if (!checked.isValid) {
      problems.push(...checked.problems)
    }
    if (problems.length > 0 || !checked.isValid || enrolment === undefined) {
      throw new AppError(
        'RESULT_INVALID',
        `The result cannot be recorded: ${problems.map((problem) => problem.message).join(' ')}`,
        { details: { problems } },
      )
    }
    const result: AssessmentResult = {
      id: deps.ids.newId(),
      enrolmentId: enrolment.id,
      ...checked.result,
      credits: undefined,
      assessorId: actor.kind === 'person' ? actor.personId : undefined,
      source: 'manual',
      recordedAt: now,
    }
    await stores.results.put(result)
    await recordAudit(deps, stores, actor, {
      action: 'result.recorded',
      organisationId: offering.organisationId,
      subject: { offeringId: offering.id, enrolmentId: enrolment.id, personId: input.personId },
    })
    return (await stores.results.findForEnrolment(enrolment.id)) ?? result
  })
}
