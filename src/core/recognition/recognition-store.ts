import type {
  PrecedentTally,
  RecognitionDecision,
  RecognitionRequest,
  RecognitionRequestState,
} from './recognition-request.js'
import type { RecognitionTarget } from './recognition-target.js'

/** Recognition targets, requests and decisions (src/storage/recognition-store.ts). */
export interface RecognitionStore {
  /** Stores a new target; false when the organisation has one with this code already. */
  createTarget(target: RecognitionTarget): Promise<boolean>
  /**
   * Stores a curriculum's targets, replacing the details of those whose code the organisation
   * has already (their id stays); the numbers created and replaced.
   */
  importTargets(
    targets: readonly RecognitionTarget[],
  ): Promise<{ created: number; replaced: number }>
  findTarget(id: string): Promise<RecognitionTarget | undefined>
  /** Targets by code, of one organisation or of all. */
  listTargets(query: { organisationId?: string | undefined }): Promise<RecognitionTarget[]>
  /** False when the person has an open request for this credential and target already. */
  createRequest(request: RecognitionRequest): Promise<boolean>
  /** With `isForUpdate`, the row stays locked until the transaction ends. */
  findRequest(
    id: string,
    options?: { isForUpdate?: boolean },
  ): Promise<RecognitionRequest | undefined>
  /** The person's requests, newest first. */
  listRequestsForPerson(personId: string): Promise<RecognitionRequest[]>
  /** An organisation's requests, oldest first (a queue), optionally of one state. */
  listRequestsForOrganisation(
    organisationId: string,
    state?: RecognitionRequestState | undefined,
  ): Promise<RecognitionRequest[]>
  closeRequest(id: string, state: 'decided' | 'withdrawn', at: Date): Promise<void>
  createDecision(decision: RecognitionDecision): Promise<void>
  findDecision(requestId: string): Promise<RecognitionDecision | undefined>
  /**
   * Earlier decisions on the same specification (achievement key), counted by institution and
   * target: every one of the organisation's, and the shared ones of other organisations.
   */
  listPrecedentDecisions(query: {
    achievementKey: string
    organisationId: string
    /** Leaves out the decision on this request (the one being read). */
    excludeRequestId?: string | undefined
  }): Promise<PrecedentTally[]>
}
