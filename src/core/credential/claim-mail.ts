import { helsinkiDate } from '../calendar.js'
import type { Language } from '../language.js'
import type { Mail } from '../mail.js'
import type { CredentialStatusAction } from './issued-credential.js'
import { certificateDate } from './to-certificate-content.js'

/** What a claim link mail says: which credential, from whom, the link and until when it works. */
export type ClaimLinkMailContent = {
  readonly achievementName: string
  readonly issuerName: string
  readonly link: string
  readonly expiresAt: Date
}

/** What a status change mail says: which credential, what happened to it and why. */
export type CredentialStatusMailContent = {
  readonly achievementName: string
  readonly issuerName: string
  readonly action: CredentialStatusAction
  readonly reason: string
  /** The public page where anyone can check the credential's status. */
  readonly verificationUrl: string
}

type Texts<T> = Record<Language, { subject: (content: T) => string; text: (content: T) => string }>

const claimLinkTexts: Texts<ClaimLinkMailContent & { date: string }> = {
  fi: {
    subject: (c) => `Osaamismerkkisi odottaa: ${c.achievementName}`,
    text: (c) =>
      `Hei,\n\n${c.issuerName} on myöntänyt sinulle osaamismerkin ”${c.achievementName}”.\n\nOta se vastaan Osaamossa avaamalla linkki:\n\n${c.link}\n\nLinkki toimii kerran ja on voimassa ${c.date} asti. Jos sinulla ei vielä ole Osaamo-tiliä, voit luoda sen linkin kautta.\n`,
  },
  sv: {
    subject: (c) => `Din mikromerit väntar: ${c.achievementName}`,
    text: (c) =>
      `Hej,\n\n${c.issuerName} har utfärdat mikromeriten ”${c.achievementName}” till dig.\n\nTa emot den i Osaamo genom att öppna länken:\n\n${c.link}\n\nLänken fungerar en gång och gäller till och med ${c.date}. Om du inte har ett Osaamo-konto kan du skapa ett via länken.\n`,
  },
  en: {
    subject: (c) => `Your micro-credential is waiting: ${c.achievementName}`,
    text: (c) =>
      `Hello,\n\n${c.issuerName} has issued you the micro-credential "${c.achievementName}".\n\nTake it into Osaamo by opening the link:\n\n${c.link}\n\nThe link works once and is valid until ${c.date}. If you do not have an Osaamo account yet, you can create one through the link.\n`,
  },
}

const statusTexts: Record<
  Language,
  {
    subjects: Record<CredentialStatusAction, string>
    what: Record<CredentialStatusAction, (c: CredentialStatusMailContent) => string>
    rest: (c: CredentialStatusMailContent) => string
  }
> = {
  fi: {
    subjects: {
      revoke: 'Osaamismerkkisi on peruttu',
      suspend: 'Osaamismerkkisi on jäädytetty',
      reinstate: 'Osaamismerkkisi on taas voimassa',
    },
    what: {
      revoke: (c) =>
        `${c.issuerName} on perunut sinulle myöntämänsä osaamismerkin ”${c.achievementName}”. Peruttu osaamismerkki ei enää läpäise tarkistusta.`,
      suspend: (c) =>
        `${c.issuerName} on jäädyttänyt osaamismerkkisi ”${c.achievementName}”. Jäädytetty osaamismerkki ei läpäise tarkistusta, ennen kuin jäädytys puretaan.`,
      reinstate: (c) =>
        `${c.issuerName} on purkanut osaamismerkkisi ”${c.achievementName}” jäädytyksen. Se läpäisee tarkistuksen taas.`,
    },
    rest: (c) =>
      `Syy: ${c.reason}\n\nOsaamismerkin tilan voi tarkistaa osoitteessa:\n\n${c.verificationUrl}\n\nKysyttävää? Ota yhteyttä myöntäjään (${c.issuerName}).\n`,
  },
  sv: {
    subjects: {
      revoke: 'Din mikromerit har återkallats',
      suspend: 'Din mikromerit har spärrats tillfälligt',
      reinstate: 'Din mikromerit gäller igen',
    },
    what: {
      revoke: (c) =>
        `${c.issuerName} har återkallat mikromeriten ”${c.achievementName}” som utfärdats till dig. En återkallad mikromerit godkänns inte längre vid verifiering.`,
      suspend: (c) =>
        `${c.issuerName} har tillfälligt spärrat din mikromerit ”${c.achievementName}”. En spärrad mikromerit godkänns inte vid verifiering förrän spärren hävs.`,
      reinstate: (c) =>
        `${c.issuerName} har hävt spärren av din mikromerit ”${c.achievementName}”. Den godkänns vid verifiering igen.`,
    },
    rest: (c) =>
      `Orsak: ${c.reason}\n\nMikromeritens status kan kontrolleras på adressen:\n\n${c.verificationUrl}\n\nFrågor? Kontakta utfärdaren (${c.issuerName}).\n`,
  },
  en: {
    subjects: {
      revoke: 'Your micro-credential has been revoked',
      suspend: 'Your micro-credential has been suspended',
      reinstate: 'Your micro-credential is valid again',
    },
    what: {
      revoke: (c) =>
        `${c.issuerName} has revoked the micro-credential "${c.achievementName}" it issued to you. A revoked credential no longer passes verification.`,
      suspend: (c) =>
        `${c.issuerName} has suspended your micro-credential "${c.achievementName}". A suspended credential does not pass verification until the suspension is lifted.`,
      reinstate: (c) =>
        `${c.issuerName} has lifted the suspension of your micro-credential "${c.achievementName}". It passes verification again.`,
    },
    rest: (c) =>
      `Reason: ${c.reason}\n\nAnyone can check the credential's status at:\n\n${c.verificationUrl}\n\nQuestions? Contact the issuer (${c.issuerName}).\n`,
  },
}

const greetings: Record<Language, string> = { fi: 'Hei', sv: 'Hej', en: 'Hello' }

/**
 * The mail that carries a claim link to a learner, in their language: what was issued, by whom,
 * the link, and the last day it works (the date in Helsinki).
 */
export function toClaimLinkMail(
  language: Language,
  content: ClaimLinkMailContent,
): Pick<Mail, 'subject' | 'text'> {
  const texts = claimLinkTexts[language]
  const filled = { ...content, date: helsinkiDay(content.expiresAt, language) }
  return { subject: oneLine(texts.subject(filled)), text: texts.text(filled) }
}

/**
 * The mail that tells a learner their credential was revoked, suspended or reinstated, with the
 * registrar's reason and the public page that shows the status.
 */
export function toCredentialStatusMail(
  language: Language,
  content: CredentialStatusMailContent,
): Pick<Mail, 'subject' | 'text'> {
  const texts = statusTexts[language]
  return {
    subject: oneLine(`${texts.subjects[content.action]}: ${content.achievementName}`),
    text: `${greetings[language]},\n\n${texts.what[content.action](content)}\n\n${texts.rest(content)}`,
  }
}

/** The calendar day in Helsinki, as people write it in the language. */
function helsinkiDay(moment: Date, language: Language): string {
  return certificateDate(new Date(`${helsinkiDate(moment)}T00:00:00Z`), language)
}

/** A subject is one header line: names with line breaks must not add headers. */
function oneLine(text: string): string {
  return text.replaceAll(/\s+/g, ' ').trim()
}
