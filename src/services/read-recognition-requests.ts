import {
  type Actor,
  AppError,
  type Precedent,
  type RecognitionDecision,
  type RecognitionRequest,
  type RecognitionRequestState,
  type RecognitionTarget,
  requireRole,
  summarisePrecedents,
} from '../core/index.js'
import { isUuid } from './credential-access.js'
import type { Deps } from './deps.js'
import { getMyRecognitionRequest } from './submit-recognition-request.js'

/** A request with what a reader needs beside it: the target, the decision, the precedents. */
export type RecognitionCase = {
  readonly request: RecognitionRequest
  readonly target: RecognitionTarget
  readonly decision: RecognitionDecision | undefined
  /** Earlier decisions on the same specification, here and shared by other institutions. */
  readonly precedents: readonly Precedent[]
  readonly learnerName: string
}

/**
 * The organisation's recognition requests, oldest first (a queue), optionally of one state, each
 * with its target. Registrars and admins.
 */
export async function listRecognitionQueue(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  query: { organisationId: string; state?: RecognitionRequestState | undefined },
): Promise<RecognitionCase[]> {
  requireRole(actor, query.organisationId, ['registrar', 'admin'])
  const requests = await deps.stores.recognition.listRequestsForOrganisation(
    query.organisationId,
    query.state,
  )
  return Promise.all(requests.map((request) => caseOf(deps, request)))
}

/** One request of the caller's organisation, for a registrar or admin to decide. */
export async function getRecognitionCase(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  id: string,
): Promise<RecognitionCase> {
  const request = isUuid(id) ? await deps.stores.recognition.findRequest(id) : undefined
  if (request === undefined) {
    throw new AppError('RECOGNITION_REQUEST_NOT_FOUND')
  }
  try {
    requireRole(actor, request.organisationId, ['registrar', 'admin'])
  } catch (error) {
    // Someone else's request is not there for the caller, rather than forbidden.
    if (error instanceof AppError && error.code === 'PERMISSION_DENIED') {
      throw new AppError('RECOGNITION_REQUEST_NOT_FOUND')
    }
    throw error
  }
  return caseOf(deps, request)
}

/** One of the signed-in learner's requests, with its decision and the precedents. */
export async function getMyRecognitionCase(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  id: string,
): Promise<RecognitionCase> {
  return caseOf(deps, await getMyRecognitionRequest(deps, actor, id))
}

/** Every request of the signed-in learner, newest first, with targets and decisions. */
export async function listMyRecognitionCases(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
): Promise<RecognitionCase[]> {
  if (actor.kind !== 'person') {
    throw new AppError(actor.kind === 'anonymous' ? 'AUTHENTICATION_REQUIRED' : 'PERMISSION_DENIED')
  }
  const requests = await deps.stores.recognition.listRequestsForPerson(actor.personId)
  return Promise.all(requests.map((request) => caseOf(deps, request)))
}

async function caseOf(
  deps: Pick<Deps, 'stores'>,
  request: RecognitionRequest,
): Promise<RecognitionCase> {
  const [target, decision, decisions, learner] = await Promise.all([
    deps.stores.recognition.findTarget(request.targetId),
    request.state === 'decided' ? deps.stores.recognition.findDecision(request.id) : undefined,
    deps.stores.recognition.listPrecedentDecisions({
      achievementKey: request.achievementKey,
      organisationId: request.organisationId,
      excludeRequestId: request.id,
    }),
    deps.stores.people.findById(request.personId),
  ])
  if (target === undefined) {
    throw new TypeError(`recognition request ${request.id} names no target`)
  }
  return {
    request,
    target,
    decision,
    precedents: summarisePrecedents(decisions, request.organisationId),
    learnerName: learner?.displayName ?? '',
  }
}
