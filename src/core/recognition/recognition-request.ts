import type { VerificationReport } from '../credential/verification-report.js'
import type { LanguageMap } from '../language.js'
import { type RecognitionProblem, recognitionProblem } from './recognition-problems.js'
import {
  type RecognitionOutcome,
  type RecognitionProposal,
  recognitionOutcomes,
} from './recognition-proposal.js'
import { recognitionLimits } from './recognition-target.js'

export const recognitionRequestStates = ['submitted', 'decided', 'withdrawn'] as const
export type RecognitionRequestState = (typeof recognitionRequestStates)[number]

/** A learner's request to have a credential of their portfolio recognised towards a target. */
export type RecognitionRequest = {
  readonly id: string
  readonly personId: string
  /** The target's organisation, whose registrars decide. */
  readonly organisationId: string
  readonly targetId: string
  readonly credential: { readonly kind: 'issued' | 'imported'; readonly id: string }
  /** The specification or achievement the credential is of: precedents are counted by it. */
  readonly achievementKey: string
  readonly achievementName: string
  readonly state: RecognitionRequestState
  readonly proposal: RecognitionProposal
  /** The verification at submission: the credential verified then, or it was refused. */
  readonly report: VerificationReport
  readonly submittedAt: Date
  readonly closedAt: Date | undefined
}

/** A registrar's decision: it may follow the proposal or not, with a justification. */
export type RecognitionDecision = {
  readonly requestId: string
  readonly outcome: RecognitionOutcome
  readonly ectsGranted: number
  readonly justification: string
  readonly decidedBy: string
  readonly decidedAt: Date
  readonly followsProposal: boolean
  /** The signed record of the decision in the learner's portfolio. */
  readonly recordCredentialId: string
  /** Other institutions see it among the precedents of the same specification. */
  readonly isShared: boolean
}

/** A decision as given, not yet checked. */
export type RecognitionDecisionInput = {
  readonly outcome: string
  readonly ectsGranted?: number | undefined
  readonly justification?: string | undefined
}

/**
 * Checks a decision against the proposal and the target: a known outcome; for partial, ECTS
 * above 0 and below the target's; a justification whenever the decision differs from the
 * proposal (Lisbon: a refusal or a difference is reasoned). Every problem at once.
 */
export function checkRecognitionDecision(
  input: RecognitionDecisionInput,
  proposal: RecognitionProposal,
  targetEcts: number,
):
  | {
      isValid: true
      decision: Pick<
        RecognitionDecision,
        'outcome' | 'ectsGranted' | 'justification' | 'followsProposal'
      >
    }
  | { isValid: false; problems: RecognitionProblem[] } {
  const problems: RecognitionProblem[] = []
  const outcome = input.outcome as RecognitionOutcome
  if (!recognitionOutcomes.includes(outcome)) {
    problems.push(
      recognitionProblem('outcome', 'outcome-unknown', {
        value: input.outcome,
        allowed: recognitionOutcomes.join(', '),
      }),
    )
  }
  const ectsGranted =
    outcome === 'full' ? targetEcts : outcome === 'none' ? 0 : (input.ectsGranted ?? 0)
  if (
    outcome === 'partial' &&
    (!Number.isFinite(ectsGranted) || ectsGranted <= 0 || ectsGranted >= targetEcts)
  ) {
    problems.push(recognitionProblem('ectsGranted', 'ects-granted-invalid', { max: targetEcts }))
  }
  const justification = (input.justification ?? '').trim()
  const followsProposal = outcome === proposal.outcome && ectsGranted === proposal.ectsGranted
  if (!followsProposal && justification === '') {
    problems.push(recognitionProblem('justification', 'justification-missing'))
  }
  if (justification.length > recognitionLimits.justificationLength) {
    problems.push(
      recognitionProblem('justification', 'justification-too-long', {
        max: recognitionLimits.justificationLength,
      }),
    )
  }
  if (problems.length > 0) {
    return { isValid: false, problems }
  }
  return { isValid: true, decision: { outcome, ectsGranted, justification, followsProposal } }
}

/**
 * The earlier decisions on the same specification towards one target of one institution, as the
 * store counts them.
 */
export type PrecedentTally = {
  readonly organisationId: string
  readonly organisationName: LanguageMap
  readonly targetId: string
  readonly targetCode: string
  readonly targetName: LanguageMap
  readonly fullCount: number
  readonly partialCount: number
  readonly refusedCount: number
  readonly lastDecidedAt: Date
}

/** "Recognised N times as course X here", and likewise at each other institution. */
export type Precedent = {
  readonly organisationId: string
  readonly organisationName: LanguageMap
  readonly isHere: boolean
  readonly targetId: string
  readonly targetCode: string
  readonly targetName: LanguageMap
  /** Decisions recognising it (in full or in part) and refusing it. */
  readonly recognisedCount: number
  readonly fullCount: number
  readonly partialCount: number
  readonly refusedCount: number
  readonly lastDecidedAt: Date
}

/**
 * The precedents of a request from the store's tallies: this institution's first, then by how
 * often it was recognised, then by code.
 */
export function summarisePrecedents(
  tallies: readonly PrecedentTally[],
  hereOrganisationId: string,
): Precedent[] {
  return tallies
    .map((tally) => ({
      ...tally,
      isHere: tally.organisationId === hereOrganisationId,
      recognisedCount: tally.fullCount + tally.partialCount,
    }))
    .sort(
      (a, b) =>
        Number(b.isHere) - Number(a.isHere) ||
        b.recognisedCount - a.recognisedCount ||
        (a.targetCode < b.targetCode ? -1 : a.targetCode > b.targetCode ? 1 : 0) ||
        (a.organisationId < b.organisationId ? -1 : 1),
    )
}
