import type { Language } from '../language.js'
import type { Mail } from '../mail.js'

/** What a workspace mail names: the draft's title, who acted and where the workspace is. */
export type WorkspaceMailContent = {
  readonly title: string
  readonly actorName: string
  readonly workspaceUrl: string
}

type Texts = {
  subject: (title: string) => string
  text: (content: WorkspaceMailContent & { detail: string }) => string
}

const invitationTexts: Record<Language, Texts> = {
  fi: {
    subject: (title) => `Kutsu suunnittelemaan mikrotutkintoa: ${title}`,
    text: ({ title, actorName, workspaceUrl }) =>
      `Hei,\n\n${actorName} kutsui sinut suunnittelemaan mikrotutkintoa "${title}" Osaamossa. Voit kommentoida luonnosta ja ehdottaa muutoksia:\n\n${workspaceUrl}\n`,
  },
  sv: {
    subject: (title) => `Inbjudan att utforma en mikromerit: ${title}`,
    text: ({ title, actorName, workspaceUrl }) =>
      `Hej,\n\n${actorName} bjöd in dig att utforma mikromeriten "${title}" i Osaamo. Du kan kommentera utkastet och föreslå ändringar:\n\n${workspaceUrl}\n`,
  },
  en: {
    subject: (title) => `Invitation to co-design a micro-credential: ${title}`,
    text: ({ title, actorName, workspaceUrl }) =>
      `Hello,\n\n${actorName} invited you to co-design the micro-credential "${title}" in Osaamo. You can comment on the draft and suggest changes:\n\n${workspaceUrl}\n`,
  },
}

const commentTexts: Record<Language, Texts> = {
  fi: {
    subject: (title) => `Uusi kommentti: ${title}`,
    text: ({ title, actorName, workspaceUrl, detail }) =>
      `Hei,\n\n${actorName} kommentoi luonnosta "${title}":\n\n${detail}\n\nVastaa työtilassa: ${workspaceUrl}\n`,
  },
  sv: {
    subject: (title) => `Ny kommentar: ${title}`,
    text: ({ title, actorName, workspaceUrl, detail }) =>
      `Hej,\n\n${actorName} kommenterade utkastet "${title}":\n\n${detail}\n\nSvara i arbetsytan: ${workspaceUrl}\n`,
  },
  en: {
    subject: (title) => `New comment: ${title}`,
    text: ({ title, actorName, workspaceUrl, detail }) =>
      `Hello,\n\n${actorName} commented on the draft "${title}":\n\n${detail}\n\nReply in the workspace: ${workspaceUrl}\n`,
  },
}

const decisionTexts: Record<Language, Texts & { accepted: string; rejected: string }> = {
  fi: {
    accepted: 'hyväksyi',
    rejected: 'hylkäsi',
    subject: (title) => `Muutosehdotuksesi käsiteltiin: ${title}`,
    text: ({ title, actorName, workspaceUrl, detail }) =>
      `Hei,\n\n${actorName} ${detail} muutosehdotuksesi luonnokseen "${title}".\n\n${workspaceUrl}\n`,
  },
  sv: {
    accepted: 'godkände',
    rejected: 'avvisade',
    subject: (title) => `Ditt ändringsförslag har behandlats: ${title}`,
    text: ({ title, actorName, workspaceUrl, detail }) =>
      `Hej,\n\n${actorName} ${detail} ditt ändringsförslag till utkastet "${title}".\n\n${workspaceUrl}\n`,
  },
  en: {
    accepted: 'accepted',
    rejected: 'rejected',
    subject: (title) => `Your suggested edit was decided: ${title}`,
    text: ({ title, actorName, workspaceUrl, detail }) =>
      `Hello,\n\n${actorName} ${detail} your suggested edit to the draft "${title}".\n\n${workspaceUrl}\n`,
  },
}

/** A subject is one header line: a title with line breaks must not add headers. */
function oneLine(text: string): string {
  return text.replaceAll(/\s+/g, ' ').trim()
}

/** The mail that invites a partner person into a draft's workspace. */
export function toWorkspaceInvitationMail(
  language: Language,
  content: WorkspaceMailContent,
): Pick<Mail, 'subject' | 'text'> {
  const texts = invitationTexts[language]
  return {
    subject: oneLine(texts.subject(content.title)),
    text: texts.text({ ...content, detail: '' }),
  }
}

/** The mail that tells the workspace's people about a new comment, quoting it. */
export function toWorkspaceCommentMail(
  language: Language,
  content: WorkspaceMailContent & { comment: string },
): Pick<Mail, 'subject' | 'text'> {
  const texts = commentTexts[language]
  const detail = content.comment
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n')
  return {
    subject: oneLine(texts.subject(content.title)),
    text: texts.text({ ...content, detail }),
  }
}

/** The mail that tells a partner their suggested edit was accepted or rejected. */
export function toSuggestionDecidedMail(
  language: Language,
  content: WorkspaceMailContent & { decision: 'accepted' | 'rejected' },
): Pick<Mail, 'subject' | 'text'> {
  const texts = decisionTexts[language]
  return {
    subject: oneLine(texts.subject(content.title)),
    text: texts.text({ ...content, detail: texts[content.decision] }),
  }
}
