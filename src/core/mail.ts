import type { Role } from './identity.js'
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

const membershipTexts: Record<
  Language,
  {
    subject: (organisation: string) => string
    text: (content: Omit<MembershipMailContent, 'roles'> & { roles: string[] }) => string
  }
> = {
  fi: {
    subject: (organisation) => `Sinut on lisätty organisaatioon ${organisation} Osaamossa`,
    text: ({ organisationName, roles, adminPageUrl }) =>
      `Hei,\n\norganisaation ${organisationName} ylläpitäjä lisäsi sinut Osaamossa rooleihin: ${roles.join(', ')}.\n\nKirjaudu sisään osoitteessa ${adminPageUrl}. Jos lisäys on virhe, ota yhteyttä organisaation ylläpitäjään.\n`,
  },
  sv: {
    subject: (organisation) => `Du har lagts till i ${organisation} i Osaamo`,
    text: ({ organisationName, roles, adminPageUrl }) =>
      `Hej,\n\nen administratör för ${organisationName} gav dig följande roller i Osaamo: ${roles.join(', ')}.\n\nLogga in på ${adminPageUrl}. Om tillägget är ett misstag, kontakta organisationens administratör.\n`,
  },
  en: {
    subject: (organisation) => `You were added to ${organisation} in Osaamo`,
    text: ({ organisationName, roles, adminPageUrl }) =>
      `Hello,\n\nan administrator of ${organisationName} gave you these roles in Osaamo: ${roles.join(', ')}.\n\nSign in at ${adminPageUrl}. If this is a mistake, contact the organisation's administrator.\n`,
  },
}

/** The roles' names as the web app shows them (web/src/locales/*.json, "roles"). */
const roleNames: Record<Language, Record<Role, string>> = {
  fi: {
    admin: 'pääkäyttäjä',
    designer: 'suunnittelija',
    'qa-reviewer': 'laadunarvioija',
    assessor: 'arvioija',
    registrar: 'opintosihteeri',
    partner: 'työelämäkumppani',
  },
  sv: {
    admin: 'administratör',
    designer: 'planerare',
    'qa-reviewer': 'kvalitetsgranskare',
    assessor: 'bedömare',
    registrar: 'studiesekreterare',
    partner: 'arbetslivspartner',
  },
  en: {
    admin: 'administrator',
    designer: 'designer',
    'qa-reviewer': 'quality reviewer',
    assessor: 'assessor',
    registrar: 'registrar',
    partner: 'working-life partner',
  },
}

export type MembershipMailContent = {
  readonly organisationName: string
  readonly roles: readonly Role[]
  /** Where the new member signs in. */
  readonly adminPageUrl: string
}

/** The message that tells a person an admin added them to an organisation, in their language. */
export function toMembershipMail(
  language: Language,
  content: MembershipMailContent,
): Pick<Mail, 'subject' | 'text'> {
  const texts = membershipTexts[language]
  const roles = content.roles.map((role) => roleNames[language][role])
  // A subject is one header line: a name with line breaks must not add headers.
  const subject = texts.subject(content.organisationName).replaceAll(/\s+/g, ' ').trim()
  return { subject, text: texts.text({ ...content, roles }) }
}
