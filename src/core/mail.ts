import type { Language } from './language.js'

/** An e-mail message as Osaamo sends it: plain text, one recipient. */
export type Mail = {
  readonly id: string
  readonly recipient: string
  readonly subject: string
  readonly text: string
  readonly createdAt: Date
}

/** How long a link to verify an e-mail address stays valid. */
export const emailVerificationLifetimeMs = 24 * 60 * 60 * 1000

const verificationTexts: Record<Language, { subject: string; text: (link: string) => string }> = {
  fi: {
    subject: 'Vahvista sähköpostiosoitteesi Osaamossa',
    text: (link) =>
      `Hei,\n\nvahvista tämä sähköpostiosoite Osaamo-tiliisi avaamalla linkki:\n\n${link}\n\nLinkki on voimassa 24 tuntia. Jos et lisännyt osoitetta, voit jättää viestin huomiotta.\n`,
  },
  sv: {
    subject: 'Bekräfta din e-postadress i Osaamo',
    text: (link) =>
      `Hej,\n\nbekräfta den här e-postadressen för ditt Osaamo-konto genom att öppna länken:\n\n${link}\n\nLänken gäller i 24 timmar. Om du inte lade till adressen kan du strunta i meddelandet.\n`,
  },
  en: {
    subject: 'Confirm your e-mail address in Osaamo',
    text: (link) =>
      `Hello,\n\nconfirm this e-mail address for your Osaamo account by opening the link:\n\n${link}\n\nThe link is valid for 24 hours. If you did not add the address, you can ignore this message.\n`,
  },
}

/** The message that carries an e-mail verification link, in the reader's language. */
export function toVerificationMail(
  language: Language,
  link: string,
): Pick<Mail, 'subject' | 'text'> {
  const texts = verificationTexts[language]
  return { subject: texts.subject, text: texts.text(link) }
}
