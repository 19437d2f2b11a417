import {
  type Actor,
  AppError,
  proposeRecognition,
  type RecognitionRequest,
  requirePerson,
} from '../core/index.js'
import { getRecognitionTarget } from './create-recognition-target.js'
import { isUuid } from './credential-access.js'
import type { Deps } from './deps.js'
import { verifiedPortfolioCredential } from './recognition-portfolio-credential.js'
import { recordAudit } from './record-audit.js'

/**
 * Submits a credential of the signed-in learner's portfolio (issued here or imported) for
 * recognition towards a target. The credential is verified again: one that fails is refused with
 * RECOGNITION_CREDENTIAL_NOT_VERIFIED and the report, and nothing is stored. Otherwise Osaamo's
 * proposal, with its reasons, is made and kept with the request for a registrar to decide.
 */
export async function submitRecognitionRequest(
  deps: Pick<Deps, 'clock' | 'ids' | 'stores' | 'transaction' | 'credentialVerifier'>,
  actor: Actor,
  input: { credential: { kind: string; id: string }; targetId: string },
): Promise<RecognitionRequest> {
  const { personId } = requirePerson(actor)
  const target = await getRecognitionTarget(deps, input.targetId)
  const { facts, report } = await verifiedPortfolioCredential(deps, personId, input.credential)
  if (!report.verified) {
    throw new AppError('RECOGNITION_CREDENTIAL_NOT_VERIFIED', undefined, { details: { report } })
  }
  const now = deps.clock.now()
  const request: RecognitionRequest = {
    id: deps.ids.newId(),
    personId,
    organisationId: target.organisationId,
    targetId: target.id,
    credential: { kind: facts.kind, id: facts.id },
    achievementKey: facts.achievementKey,
    achievementName: facts.achievementName,
    state: 'submitted',
    proposal: proposeRecognition(facts, target, now),
    report,
    submittedAt: now,
    closedAt: undefined,
  }
  const isStored = await deps.transaction(async (stores) => {
    if (!(await stores.recognition.createRequest(request))) {
      return false
    }
    await recordAudit(deps, stores, actor, {
      action: 'recognition.requested',
      organisationId: target.organisationId,
      subject: {
        personId,
        recognitionRequestId: request.id,
        recognitionTargetId: target.id,
        proposal: request.proposal.outcome,
      },
    })
    return true
  })
  if (!isStored) {
    const open = (await deps.stores.recognition.listRequestsForPerson(personId)).find(
      (held) =>
        held.state === 'submitted' &&
        held.targetId === target.id &&
        held.credential.kind === facts.kind &&
        held.credential.id === facts.id,
    )
    throw new AppError('RECOGNITION_REQUEST_EXISTS', undefined, {
      details: { requestId: open?.id ?? '' },
    })
  }
  return request
}

/** The signed-in learner's recognition requests, newest first. */
export async function listMyRecognitionRequests(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
): Promise<RecognitionRequest[]> {
  const { personId } = requirePerson(actor)
  return deps.stores.recognition.listRequestsForPerson(personId)
}

/** One of the signed-in learner's requests; RECOGNITION_REQUEST_NOT_FOUND otherwise. */
export async function getMyRecognitionRequest(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  id: string,
): Promise<RecognitionRequest> {
  const { personId } = requirePerson(actor)
  const request = isUuid(id) ? await deps.stores.recognition.findRequest(id) : undefined
  if (request === undefined || request.personId !== personId) {
    throw new AppError('RECOGNITION_REQUEST_NOT_FOUND')
  }
  return request
}

/** The learner takes back a request that is not decided yet; a closed one is RECOGNITION_REQUEST_CLOSED. */
export async function withdrawRecognitionRequest(
  deps: Pick<Deps, 'clock' | 'transaction'>,
  actor: Actor,
  id: string,
): Promise<void> {
  const { personId } = requirePerson(actor)
  await deps.transaction(async (stores) => {
    const request = isUuid(id)
      ? await stores.recognition.findRequest(id, { isForUpdate: true })
      : undefined
    if (request === undefined || request.personId !== personId) {
      throw new AppError('RECOGNITION_REQUEST_NOT_FOUND')
    }
    if (request.state !== 'submitted') {
      throw new AppError('RECOGNITION_REQUEST_CLOSED')
    }
    await stores.recognition.closeRequest(id, 'withdrawn', deps.clock.now())
    await recordAudit(deps, stores, actor, {
      action: 'recognition.withdrawn',
      organisationId: request.organisationId,
      subject: { personId, recognitionRequestId: id },
    })
  })
}
