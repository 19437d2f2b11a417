import {
  type Actor,
  AppError,
  checkRecognitionDecision,
  organisationDid,
  pickLanguage,
  type RecognitionDecision,
  type RecognitionDecisionInput,
  requireRole,
  toRecognitionMail,
  toRecognitionRecord,
} from '../core/index.js'
import { isUuid } from './credential-access.js'
import type { Deps } from './deps.js'
import { issueSignedCredential } from './issue-signed-credential.js'
import { recordAudit } from './record-audit.js'

/**
 * A registrar decides a recognition request: following Osaamo's proposal or not — a decision
 * that differs needs a justification (RECOGNITION_DECISION_INVALID otherwise, every problem at
 * once). In one transaction: the decision is stored, the request closed, a signed record of the
 * decision (an OB 3.0 credential of the deciding organisation) is issued into the learner's
 * portfolio, the learner is mailed and the audit log has the entry; a request decided or
 * withdrawn already is RECOGNITION_REQUEST_CLOSED. Registrars and admins of the target's
 * organisation.
 */
export async function decideRecognitionRequest(
  deps: Deps,
  actor: Actor,
  input: { requestId: string; decision: RecognitionDecisionInput; isShared: boolean },
): Promise<RecognitionDecision> {
  const found = isUuid(input.requestId)
    ? await deps.stores.recognition.findRequest(input.requestId)
    : undefined
  if (found === undefined) {
    throw new AppError('RECOGNITION_REQUEST_NOT_FOUND')
  }
  requireRole(actor, found.organisationId, ['registrar', 'admin'])
  return deps.transaction(async (stores) => {
    const request = await stores.recognition.findRequest(found.id, { isForUpdate: true })
    if (request === undefined) {
      throw new AppError('RECOGNITION_REQUEST_NOT_FOUND')
    }
    if (request.state !== 'submitted') {
      throw new AppError('RECOGNITION_REQUEST_CLOSED')
    }
    const target = await stores.recognition.findTarget(request.targetId)
    const organisation = await stores.organisations.findById(request.organisationId)
    const learner = await stores.people.findById(request.personId)
    if (target === undefined || organisation === undefined || learner === undefined) {
      throw new TypeError(
        `recognition request ${request.id} lost its target, organisation or learner`,
      )
    }
    const checked = checkRecognitionDecision(input.decision, request.proposal, target.ects)
    if (!checked.isValid) {
      throw new AppError('RECOGNITION_DECISION_INVALID', undefined, {
        details: { problems: checked.problems },
      })
    }
    const decidedAt = deps.clock.now()
    const language = 'fi'
    const record = await issueSignedCredential(
      deps,
      {
        actor,
        organisationId: organisation.id,
        credential: toRecognitionRecord({
          issuer: {
            id: organisationDid(deps.publicUrl, organisation.slug),
            name: organisation.name,
          },
          learnerName: learner.displayName,
          target,
          achievementName: request.achievementName,
          decision: { ...checked.decision, decidedAt },
          language,
        }),
        format: 'eddsa-rdfc-2022',
        withStatus: true,
        learnerPersonId: learner.id,
      },
      stores,
    )
    const decision: RecognitionDecision = {
      ...checked.decision,
      requestId: request.id,
      decidedBy: actor.kind === 'person' ? actor.personId : '',
      decidedAt,
      recordCredentialId: record.id,
      isShared: input.isShared,
    }
    await stores.recognition.createDecision(decision)
    await stores.recognition.closeRequest(request.id, 'decided', decidedAt)
    const recipient = (await stores.people.listEmailAddresses(learner.id)).find(
      (address) => address.verifiedAt !== undefined,
    )?.address
    if (recipient !== undefined) {
      await stores.mailOutbox.enqueue({
        id: deps.ids.newId(),
        recipient,
        createdAt: decidedAt,
        ...toRecognitionMail(language, {
          achievementName: request.achievementName,
          targetCode: target.code,
          targetName: pickLanguage(target.name, language) ?? target.code,
          outcome: decision.outcome,
          ectsGranted: decision.ectsGranted,
          justification: decision.justification,
          requestsUrl: `${deps.publicUrl}/my/recognition`,
        }),
      })
    }
    await recordAudit(deps, stores, actor, {
      action: 'recognition.decided',
      organisationId: organisation.id,
      subject: {
        personId: learner.id,
        recognitionRequestId: request.id,
        outcome: decision.outcome,
        ectsGranted: String(decision.ectsGranted),
        followsProposal: String(decision.followsProposal),
        credentialId: record.id,
      },
    })
    return decision
  })
}
