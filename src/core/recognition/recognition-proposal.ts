import type { CredentialFacts } from './credential-facts.js'
import { compareOutcomes, type OutcomePair, roundScore } from './outcome-similarity.js'
import type { RecognitionTargetDetails } from './recognition-target.js'

/** The name and version of the method; a proposal carries it (DOMAIN.md, "Rules"). */
export const recognitionMethod = 'osaamo-recognition-proposal/1'

export const recognitionOutcomes = ['full', 'partial', 'none'] as const
/** Recognise in full, in part (so many ECTS), or not. */
export type RecognitionOutcome = (typeof recognitionOutcomes)[number]

export type RecognitionReasonCode =
  | 'learning-outcomes'
  | 'esco-skills'
  | 'ects'
  | 'eqf-level'
  | 'quality-assurance'
  | 'age'

/**
 * The weight of each reason in the total (they add up to 1). Learning outcomes weigh most: the
 * Lisbon Recognition Convention asks whether there is a substantial difference in what was
 * learned; workload, level, quality assurance and age are the other things it names.
 */
export const recognitionWeights: Readonly<Record<RecognitionReasonCode, number>> = {
  'learning-outcomes': 0.35,
  'esco-skills': 0.2,
  ects: 0.15,
  'eqf-level': 0.1,
  'quality-assurance': 0.1,
  age: 0.1,
}

/** The rule from the total to the outcome (docs/decisions/0030-recognition-proposals.md). */
export const recognitionThresholds = {
  /** At least this total, credits enough and a level not below: recognise in full. */
  full: 0.75,
  /** At least this total: recognise in part. Below: do not recognise. */
  partial: 0.4,
  /** A pair of outcomes this similar counts as a match in full; less counts in proportion. */
  outcomeMatch: 0.35,
  /** Younger than this many years counts in full; older loses linearly until `maxAgeYears`. */
  freshYears: 5,
  maxAgeYears: 10,
} as const

/** One reason of a proposal: its weight, its score 0–1 (null: not applicable) and what it adds. */
export type RecognitionReason = {
  readonly code: RecognitionReasonCode
  readonly weight: number
  readonly score: number | null
  /** weight × score; a reason that does not apply adds nothing and its weight leaves the total. */
  readonly contribution: number
  readonly details: Readonly<Record<string, unknown>>
}

/** A proposal: what Osaamo suggests, never decides; the registrar decides (DOMAIN.md). */
export type RecognitionProposal = {
  readonly method: string
  readonly outcome: RecognitionOutcome
  /** The ECTS credits the proposal would grant: the target's in full, a part, or 0. */
  readonly ectsGranted: number
  /** Σ contributions / Σ weights of the reasons that apply. */
  readonly totalScore: number
  readonly reasons: readonly RecognitionReason[]
  /** The texts compared, as they were, so that the pairs' indexes can be read later. */
  readonly targetOutcomes: readonly string[]
  readonly credentialOutcomes: readonly string[]
}

/**
 * Proposes a decision on recognising a credential towards a target, with every reason. The
 * rule: total ≥ 0.75 with the credential's ECTS at least the target's and its EQF level not below
 * the target's → full; total ≥ 0.40 → partial, granting min(credential ECTS, target ECTS) × the
 * learning-outcome score, rounded down to half credits and below the target's (none when that is
 * 0); otherwise none. Deterministic: the same facts and date give the same proposal.
 */
export function proposeRecognition(
  credential: CredentialFacts,
  target: RecognitionTargetDetails,
  now: Date,
): RecognitionProposal {
  const reasons = [
    outcomesReason(credential, target),
    skillsReason(credential, target),
    ectsReason(credential, target),
    levelReason(credential, target),
    qualityReason(credential),
    ageReason(credential, now),
  ]
  const applicable = reasons.filter((reason) => reason.score !== null)
  const weights = applicable.reduce((sum, reason) => sum + reason.weight, 0)
  const totalScore =
    weights === 0
      ? 0
      : roundScore(applicable.reduce((sum, reason) => sum + reason.contribution, 0) / weights)
  const scoreOf = (code: RecognitionReasonCode) =>
    reasons.find((reason) => reason.code === code)?.score ?? null
  const isLevelEnough = (scoreOf('eqf-level') ?? 1) === 1
  const outcomeScore = scoreOf('learning-outcomes') ?? 0
  let outcome: RecognitionOutcome = 'none'
  let ectsGranted = 0
  if (totalScore >= recognitionThresholds.full && scoreOf('ects') === 1 && isLevelEnough) {
    outcome = 'full'
    ectsGranted = target.ects
  } else if (totalScore >= recognitionThresholds.partial) {
    const base = Math.min(credential.ects ?? target.ects, target.ects) * outcomeScore
    ectsGranted = Math.min(halfCreditsDown(base), target.ects - 0.5)
    outcome = ectsGranted > 0 ? 'partial' : 'none'
    ectsGranted = Math.max(ectsGranted, 0)
  }
  return {
    method: recognitionMethod,
    outcome,
    ectsGranted,
    totalScore,
    reasons,
    targetOutcomes: target.learningOutcomes,
    credentialOutcomes: credential.learningOutcomes,
  }
}

function reason(
  code: RecognitionReasonCode,
  score: number | null,
  details: Record<string, unknown>,
): RecognitionReason {
  const weight = recognitionWeights[code]
  return {
    code,
    weight,
    score: score === null ? null : roundScore(score),
    contribution: score === null ? 0 : roundScore(weight * score),
    details,
  }
}

/**
 * Each target outcome is paired with its most similar credential outcome; a pair at or above the
 * match threshold counts in full, below it in proportion. The score is the mean over the
 * target's outcomes: how much of what the target asks the credential shows.
 */
function outcomesReason(credential: CredentialFacts, target: RecognitionTargetDetails) {
  const pairs = compareOutcomes(target.learningOutcomes, credential.learningOutcomes)
  const best: OutcomePair[] = target.learningOutcomes.map(
    (_, targetIndex) =>
      pairs
        .filter((pair) => pair.targetIndex === targetIndex)
        .reduce<OutcomePair | undefined>(
          (kept, pair) => (kept === undefined || pair.similarity > kept.similarity ? pair : kept),
          undefined,
        ) ?? { targetIndex, credentialIndex: -1, similarity: 0, matchedWords: [] },
  )
  const score =
    best.length === 0
      ? 0
      : best.reduce(
          (sum, pair) => sum + Math.min(1, pair.similarity / recognitionThresholds.outcomeMatch),
          0,
        ) / best.length
  return reason('learning-outcomes', score, {
    matchThreshold: recognitionThresholds.outcomeMatch,
    matched: best.filter((pair) => pair.similarity >= recognitionThresholds.outcomeMatch).length,
    of: best.length,
    bestPairs: best,
    pairs: pairs.filter((pair) => pair.similarity > 0),
  })
}

/** The share of the target's ESCO skills the credential is aligned to; none named: not applicable. */
function skillsReason(credential: CredentialFacts, target: RecognitionTargetDetails) {
  const held = new Set(credential.skillUris)
  const shared = target.skillUris.filter((uri) => held.has(uri))
  const wanted = new Set(target.skillUris)
  return reason(
    'esco-skills',
    target.skillUris.length === 0 ? null : shared.length / target.skillUris.length,
    {
      shared,
      missing: target.skillUris.filter((uri) => !held.has(uri)),
      extra: credential.skillUris.filter((uri) => !wanted.has(uri)),
    },
  )
}

/** The credential's credits against the target's, up to 1; a credential stating none scores 0. */
function ectsReason(credential: CredentialFacts, target: RecognitionTargetDetails) {
  return reason(
    'ects',
    credential.ects === undefined ? 0 : Math.min(1, credential.ects / target.ects),
    { credentialEcts: credential.ects ?? null, targetEcts: target.ects },
  )
}

/** Same level or higher: 1; one below: 0.5; lower: 0; either unknown: not applicable. */
function levelReason(credential: CredentialFacts, target: RecognitionTargetDetails) {
  const { eqfLevel: held } = credential
  const { eqfLevel: wanted } = target
  const score =
    held === undefined || wanted === undefined
      ? null
      : held >= wanted
        ? 1
        : held === wanted - 1
          ? 0.5
          : 0
  return reason('eqf-level', score, {
    credentialLevel: held ?? null,
    targetLevel: wanted ?? null,
  })
}

/**
 * An Osaamo specification passed the institution's QA review before it was published: 1. Any
 * other credential verified (or it would have been refused): 0.8 from an issuer on the trust
 * list, 0.4 otherwise; 0.2 more when it names its quality assurance, at most 1.
 */
function qualityReason(credential: CredentialFacts) {
  const base = credential.isOsaamoReviewed ? 1 : credential.issuerTrust === 'trusted' ? 0.8 : 0.4
  return reason(
    'quality-assurance',
    Math.min(1, base + (credential.declaresQualityAssurance && base < 1 ? 0.2 : 0)),
    {
      isOsaamoReviewed: credential.isOsaamoReviewed,
      issuerTrust: credential.issuerTrust,
      declaresQualityAssurance: credential.declaresQualityAssurance,
    },
  )
}

/** Up to five years: 1; then less, linearly, to 0 at ten; no award date: not applicable. */
function ageReason(credential: CredentialFacts, now: Date) {
  if (credential.awardedAt === undefined) {
    return reason('age', null, { awardedAt: null, years: null })
  }
  const years = (now.getTime() - credential.awardedAt.getTime()) / (365.25 * 86_400_000)
  const { freshYears, maxAgeYears } = recognitionThresholds
  const score =
    years <= freshYears ? 1 : Math.max(0, (maxAgeYears - years) / (maxAgeYears - freshYears))
  return reason('age', score, {
    awardedAt: credential.awardedAt.toISOString(),
    years: roundScore(Math.max(0, years)),
  })
}

function halfCreditsDown(value: number): number {
  return Math.floor(value * 2 + 1e-9) / 2
}
