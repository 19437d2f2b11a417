import type { Language } from '../language.js'
import type { Mail } from '../mail.js'

const texts: Record<
  Language,
  { subject: (learner: string) => string; text: (learner: string, link: string) => string }
> = {
  fi: {
    subject: (learner) => `${learner} kutsuu sinut ohjaajaksi Osaamossa`,
    text: (learner, link) =>
      `Hei,\n\n${learner} kutsuu sinut lukemaan pohdintojaan osaamisestaan ja kommentoimaan niitä ohjaajana.\n\nKirjaudu Osaamoon tällä sähköpostiosoitteella ja avaa kutsu:\n\n${link}\n\nNäet vain ne osaamismerkit, joihin sinut kutsuttiin. Oppija voi perua kutsun milloin tahansa.\n`,
  },
  sv: {
    subject: (learner) => `${learner} bjuder in dig som vägledare i Osaamo`,
    text: (learner, link) =>
      `Hej,\n\n${learner} bjuder in dig att läsa sina reflektioner över sitt kunnande och kommentera dem som vägledare.\n\nLogga in i Osaamo med den här e-postadressen och öppna inbjudan:\n\n${link}\n\nDu ser bara de intyg du blev inbjuden till. Den studerande kan när som helst återkalla inbjudan.\n`,
  },
  en: {
    subject: (learner) => `${learner} invites you as a guidance counsellor in Osaamo`,
    text: (learner, link) =>
      `Hello,\n\n${learner} invites you to read their reflections on what they have learnt and to comment on them as a guidance counsellor.\n\nSign in to Osaamo with this e-mail address and open the invitation:\n\n${link}\n\nYou see only the credentials you were invited to. The learner can revoke the invitation at any time.\n`,
  },
}

/** The message that tells a counsellor about a learner's invitation, in the chosen language. */
export function toCounsellorInvitationMail(
  language: Language,
  learnerName: string,
  link: string,
): Pick<Mail, 'subject' | 'text'> {
  const chosen = texts[language]
  return { subject: chosen.subject(learnerName), text: chosen.text(learnerName, link) }
}
