import type { Language } from '../language.js'
import type { Mail } from '../mail.js'
import type { RecognitionOutcome } from './recognition-proposal.js'
import { recognitionOutcomeText } from './recognition-record.js'

/** What the learner is told of a decision on their recognition request. */
export type RecognitionMailContent = {
  readonly achievementName: string
  readonly targetCode: string
  readonly targetName: string
  readonly outcome: RecognitionOutcome
  readonly ectsGranted: number
  readonly justification: string
  readonly requestsUrl: string
}

const texts: Record<
  Language,
  { subject: string; greeting: string; body: (content: RecognitionMailContent) => string }
> = {
  fi: {
    subject: 'Hyväksilukupäätös',
    greeting: 'Hei',
    body: (c) =>
      `hakemuksesi osaamisen hyväksilukemisesta on käsitelty: ${c.achievementName} → ${c.targetCode} ${c.targetName}.\n\nPäätös: ${recognitionOutcomeText(c.outcome, 'fi')} (${c.ectsGranted} op).\n${c.justification === '' ? '' : `Perustelu: ${c.justification}\n`}\nAllekirjoitettu päätös on nyt osaamiskansiossasi. Hakemuksesi: ${c.requestsUrl}`,
  },
  sv: {
    subject: 'Beslut om tillgodoräknande',
    greeting: 'Hej',
    body: (c) =>
      `din ansökan om tillgodoräknande har behandlats: ${c.achievementName} → ${c.targetCode} ${c.targetName}.\n\nBeslut: ${recognitionOutcomeText(c.outcome, 'sv')} (${c.ectsGranted} sp).\n${c.justification === '' ? '' : `Motivering: ${c.justification}\n`}\nDet undertecknade beslutet finns nu i din portfölj. Dina ansökningar: ${c.requestsUrl}`,
  },
  en: {
    subject: 'Recognition decision',
    greeting: 'Hello',
    body: (c) =>
      `your recognition request has been decided: ${c.achievementName} → ${c.targetCode} ${c.targetName}.\n\nDecision: ${recognitionOutcomeText(c.outcome, 'en')} (${c.ectsGranted} ECTS).\n${c.justification === '' ? '' : `Justification: ${c.justification}\n`}\nThe signed decision is now in your portfolio. Your requests: ${c.requestsUrl}`,
  },
}

/** The mail telling a learner of the decision, in their language. */
export function toRecognitionMail(
  language: Language,
  content: RecognitionMailContent,
): Pick<Mail, 'subject' | 'text'> {
  const text = texts[language]
  return {
    subject: `${text.subject}: ${content.targetCode} ${content.targetName}`
      .replaceAll(/\s+/g, ' ')
      .trim(),
    text: `${text.greeting},\n\n${text.body(content)}`,
  }
}
