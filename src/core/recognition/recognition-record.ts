import { credentialsV2ContextUrl, openBadgesContextUrl } from '../credential/contexts.js'
import { toDateTimeZ } from '../credential/date-time.js'
import { toNameIdentityObject } from '../credential/identity-object.js'
import type { JsonObject } from '../credential/json.js'
import { type Language, type LanguageMap, pickLanguage } from '../language.js'
import type { RecognitionDecision } from './recognition-request.js'
import type { RecognitionTarget } from './recognition-target.js'

const outcomeTexts: Record<Language, Record<RecognitionDecision['outcome'], string>> = {
  fi: {
    full: 'Hyväksiluettu kokonaan',
    partial: 'Hyväksiluettu osittain',
    none: 'Ei hyväksiluettu',
  },
  sv: {
    full: 'Tillgodoräknad i sin helhet',
    partial: 'Delvis tillgodoräknad',
    none: 'Inte tillgodoräknad',
  },
  en: { full: 'Recognised in full', partial: 'Recognised in part', none: 'Not recognised' },
}

/** The outcome of a decision as people read it. */
export function recognitionOutcomeText(
  outcome: RecognitionDecision['outcome'],
  language: Language,
): string {
  return outcomeTexts[language][outcome]
}

/**
 * The signed record of a recognition decision for the learner's portfolio: an unsigned Open
 * Badges 3.0 OpenBadgeCredential whose achievement is the target (code as `humanCode`, its ECTS
 * as `creditsAvailable`), with the ECTS granted as `creditsEarned`, the outcome as the result
 * and the justification as the criteria's narrative. A refusal is recorded too: the learner has
 * the decision in writing (Lisbon Recognition Convention, art. III.5).
 */
export function toRecognitionRecord(input: {
  readonly issuer: { readonly id: string; readonly name: LanguageMap }
  readonly learnerName: string
  readonly target: RecognitionTarget
  readonly achievementName: string
  readonly decision: Pick<
    RecognitionDecision,
    'outcome' | 'ectsGranted' | 'justification' | 'decidedAt'
  >
  readonly language: Language
}): JsonObject {
  const { target, decision, language } = input
  const targetName = pickLanguage(target.name, language) ?? target.code
  const outcome = recognitionOutcomeText(decision.outcome, language)
  const decidedAt = toDateTimeZ(decision.decidedAt)
  const narrative = [
    `${outcome}: ${input.achievementName} → ${target.code} ${targetName} (${decision.ectsGranted} / ${target.ects} ECTS).`,
    decision.justification,
  ]
    .filter((line) => line.trim() !== '')
    .join('\n\n')
  return {
    '@context': [credentialsV2ContextUrl, openBadgesContextUrl],
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: {
      id: input.issuer.id,
      type: ['Profile'],
      name: pickLanguage(input.issuer.name, language) ?? input.issuer.id,
    },
    validFrom: decidedAt,
    awardedDate: decidedAt,
    name: `${outcome}: ${target.code} ${targetName}`,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [toNameIdentityObject(input.learnerName)],
      achievement: {
        id: `urn:uuid:${target.id}`,
        type: ['Achievement'],
        achievementType: target.kind === 'degree' ? 'Degree' : 'Course',
        humanCode: target.code,
        name: targetName,
        description: `${outcome}: ${input.achievementName}`,
        criteria: { narrative },
        creditsAvailable: target.ects,
      },
      creditsEarned: decision.ectsGranted,
      result: [{ type: ['Result'], value: decision.outcome }],
    },
  } as JsonObject
}
