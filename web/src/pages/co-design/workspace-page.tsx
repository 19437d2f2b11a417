import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError, inLanguage, type LanguageMap } from '../../api-client.js'
import type { PageProps } from '../../page-route.js'
import { Link } from '../../router.js'
import { useSession } from '../../session.js'
import { useLoad } from '../../use-load.js'
import { SignOffPanel } from './sign-off-panel.js'
import {
  decideSuggestion,
  getWorkspace,
  invitePerson,
  postComment,
  postSuggestion,
  removePerson,
  resolveThread,
  type Workspace,
  type WorkspaceAnchor,
  type WorkspaceSuggestion,
  type WorkspaceThread,
} from './workspace-api.js'
import { useWorkspaceEvents } from './workspace-live.js'
import './workspace.css'

/** The text fields the workspace shows, comments on and takes suggestions for. */
const shownFields = ['title', 'summary', 'description', 'targetGroup', 'prerequisites'] as const

const anchorKey = (anchor: WorkspaceAnchor) =>
  anchor.kind === 'field' ? anchor.field : `learning-outcome:${anchor.outcomeId}`

/** The locale key that explains a refused change, by the problem's code. */
function problemKey(error: unknown): string {
  const code = error instanceof ApiError ? error.code : undefined
  switch (code) {
    case 'COMMENT_INVALID':
    case 'COMMENT_ANCHOR_INVALID':
    case 'SUGGESTION_INVALID':
    case 'SUGGESTION_ALREADY_DECIDED':
    case 'SUGGESTION_ANCHOR_GONE':
    case 'WORKSPACE_CLOSED':
    case 'WORKSPACE_INVITEE_NOT_PARTNER':
    case 'WORKSPACE_PARTICIPANT_EXISTS':
    case 'PERSON_NOT_FOUND':
    case 'PERMISSION_DENIED':
      return `workspace.problems.${code}`
    default:
      return 'workspace.problems.failed'
  }
}

/**
 * /co-design/workspaces/:versionId — a draft's shared design workspace: its texts and learning
 * outcomes with the comment threads and suggested edits anchored to them, who takes part and who
 * is here now, all kept live through server-sent events.
 */
export function WorkspacePage({ params }: PageProps) {
  const { t, i18n } = useTranslation()
  const versionId = params.versionId ?? ''
  const { data, error, reload } = useLoad((signal) => getWorkspace(versionId, signal), [versionId])
  const live = useWorkspaceEvents(versionId, reload)
  if (data === undefined) {
    return (
      <>
        <h1>{t('workspace.page.title')}</h1>
        {error === undefined ? (
          <p>{t('workspace.page.loading')}</p>
        ) : (
          <p role="alert">
            {error instanceof ApiError && error.status === 404
              ? t('workspace.page.notFound')
              : error instanceof ApiError && error.status === 401
                ? t('workspace.page.signIn')
                : t('workspace.page.loadFailed')}
          </p>
        )}
        <p>
          <Link href="/co-design/workspaces">{t('workspace.page.back')}</Link>
        </p>
      </>
    )
  }
  const { version } = data
  const title =
    inLanguage(version.content.title ?? {}, i18n.language) || t('workspace.page.untitled')
  const isOpen = version.status === 'draft'
  const present = live.present ?? data.present
  const shownKeys = new Set([
    ...shownFields,
    ...(version.content.learningOutcomes ?? []).map((outcome) => `learning-outcome:${outcome.id}`),
  ])
  const elsewhere = data.threads.filter((thread) => !shownKeys.has(anchorKey(thread.anchor)))
  return (
    <>
      <h1>{t('workspace.page.heading', { title })}</h1>
      <p className="lead">
        {t(`workspace.side.${data.side}`)}{' '}
        {t('workspace.page.version', {
          number: version.versionNumber,
          status: t(`workspace.status.${version.status}`, { defaultValue: version.status }),
        })}
      </p>
      {!isOpen && <p role="status">{t('workspace.page.closed')}</p>}
      <div className="workspace-layout">
        <div className="workspace-main">
          <section aria-labelledby="workspace-fields">
            <h2 id="workspace-fields">{t('workspace.page.fields')}</h2>
            {shownFields.map((field) => (
              <AnchorBlock
                key={field}
                workspace={data}
                anchor={{ kind: 'field', field }}
                label={t(`workspace.fields.${field}`)}
                text={version.content[field] ?? {}}
                isOpen={isOpen}
                onChanged={reload}
              />
            ))}
          </section>
          <section aria-labelledby="workspace-outcomes">
            <h2 id="workspace-outcomes">{t('workspace.page.outcomes')}</h2>
            {(version.content.learningOutcomes ?? []).length === 0 && (
              <p>{t('workspace.page.noOutcomes')}</p>
            )}
            {(version.content.learningOutcomes ?? []).map((outcome, index) => (
              <AnchorBlock
                key={outcome.id}
                workspace={data}
                anchor={{ kind: 'learning-outcome', outcomeId: outcome.id }}
                label={t('workspace.page.outcome', { number: index + 1 })}
                text={outcome.text}
                isOpen={isOpen}
                onChanged={reload}
              />
            ))}
          </section>
          {elsewhere.length > 0 && (
            <section aria-labelledby="workspace-elsewhere">
              <h2 id="workspace-elsewhere">{t('workspace.page.elsewhere')}</h2>
              <p>{t('workspace.page.elsewhereLead')}</p>
              <Threads threads={elsewhere} workspace={data} isOpen={isOpen} onChanged={reload} />
            </section>
          )}
        </div>
        <aside className="workspace-aside" aria-label={t('workspace.page.people')}>
          <section aria-labelledby="workspace-present">
            <h2 id="workspace-present">{t('workspace.page.present')}</h2>
            <p className="workspace-connection">
              {live.isConnected ? t('workspace.page.live') : t('workspace.page.connecting')}
            </p>
            <ul className="workspace-present" aria-live="polite" data-testid="workspace-present">
              {present.map((person) => (
                <li key={person.personId}>{person.displayName}</li>
              ))}
            </ul>
          </section>
          <Participants workspace={data} onChanged={reload} />
        </aside>
      </div>
      <SignOffPanel versionId={version.id} />
    </>
  )
}

/** One field or learning outcome: its text now, its suggestions and threads, and the forms. */
function AnchorBlock({
  workspace,
  anchor,
  label,
  text,
  isOpen,
  onChanged,
}: {
  workspace: Workspace
  anchor: WorkspaceAnchor
  label: string
  text: LanguageMap
  isOpen: boolean
  onChanged: () => void
}) {
  const { t, i18n } = useTranslation()
  const key = anchorKey(anchor)
  const idBase = `anchor-${key.replace(/[^a-zA-Z0-9-]/g, '-')}`
  const threads = workspace.threads.filter((thread) => anchorKey(thread.anchor) === key)
  const suggestions = workspace.suggestions.filter(
    (suggestion) => anchorKey(suggestion.anchor) === key,
  )
  return (
    <article className="workspace-anchor" aria-labelledby={`${idBase}-label`}>
      <h3 id={`${idBase}-label`}>{label}</h3>
      <p className="workspace-anchor__text">
        {inLanguage(text, i18n.language) || <em>{t('workspace.page.empty')}</em>}
      </p>
      {suggestions.length > 0 && (
        <ul className="workspace-suggestions">
          {suggestions.map((suggestion) => (
            <SuggestionItem
              key={suggestion.id}
              suggestion={suggestion}
              workspace={workspace}
              onChanged={onChanged}
            />
          ))}
        </ul>
      )}
      <Threads threads={threads} workspace={workspace} isOpen={isOpen} onChanged={onChanged} />
      {isOpen && (
        <div className="workspace-forms">
          <TextForm
            id={`${idBase}-comment`}
            label={t('workspace.comment.label', { target: label })}
            submitLabel={t('workspace.comment.submit')}
            onSubmit={(value, csrfToken) =>
              postComment(workspace.version.id, { anchor, text: value }, csrfToken)
            }
            onDone={onChanged}
          />
          <TextForm
            id={`${idBase}-suggest`}
            label={t('workspace.suggest.label', { target: label, language: i18n.language })}
            submitLabel={t('workspace.suggest.submit')}
            onSubmit={(value, csrfToken) =>
              postSuggestion(
                workspace.version.id,
                { anchor, value: { [i18n.language]: value }, reason: '' },
                csrfToken,
              )
            }
            onDone={onChanged}
          />
        </div>
      )}
    </article>
  )
}

function SuggestionItem({
  suggestion,
  workspace,
  onChanged,
}: {
  suggestion: WorkspaceSuggestion
  workspace: Workspace
  onChanged: () => void
}) {
  const { t, i18n } = useTranslation()
  const { csrfToken } = useSession()
  const [problem, setProblem] = useState<string | undefined>(undefined)
  const decide = async (decision: 'accept' | 'reject') => {
    setProblem(undefined)
    try {
      await decideSuggestion(workspace.version.id, suggestion.id, decision, csrfToken())
      onChanged()
    } catch (reason) {
      setProblem(problemKey(reason))
    }
  }
  return (
    <li className={`workspace-suggestion workspace-suggestion--${suggestion.state}`}>
      <p>
        {t('workspace.suggest.by', { name: suggestion.proposedByName })}{' '}
        <q>{inLanguage(suggestion.proposedValue, i18n.language)}</q>
      </p>
      <p>
        {t(`workspace.suggest.state.${suggestion.state}`, {
          name: suggestion.decidedByName ?? '',
        })}
      </p>
      {suggestion.state === 'proposed' && workspace.side === 'designer' && (
        <div className="workspace-actions">
          <button
            type="button"
            className="hds-button hds-button--primary"
            onClick={() => void decide('accept')}
          >
            <span className="hds-button__label">{t('workspace.suggest.accept')}</span>
          </button>
          <button
            type="button"
            className="hds-button hds-button--secondary"
            onClick={() => void decide('reject')}
          >
            <span className="hds-button__label">{t('workspace.suggest.reject')}</span>
          </button>
        </div>
      )}
      {problem !== undefined && <p role="alert">{t(problem)}</p>}
    </li>
  )
}

function Threads({
  threads,
  workspace,
  isOpen,
  onChanged,
}: {
  threads: WorkspaceThread[]
  workspace: Workspace
  isOpen: boolean
  onChanged: () => void
}) {
  const { t } = useTranslation()
  const { csrfToken } = useSession()
  if (threads.length === 0) {
    return null
  }
  return (
    <ul className="workspace-threads">
      {threads.map((thread) => (
        <li key={thread.id} className="workspace-thread" data-testid="workspace-thread">
          <p className="workspace-comment">
            <strong>{thread.authorName}</strong> {thread.text}
          </p>
          {!thread.isAnchorPresent && <p>{t('workspace.comment.detached')}</p>}
          {thread.resolvedAt !== null && <p>{t('workspace.comment.resolved')}</p>}
          {thread.replies.length > 0 && (
            <ul className="workspace-replies">
              {thread.replies.map((reply) => (
                <li key={reply.id} className="workspace-comment">
                  <strong>{reply.authorName}</strong> {reply.text}
                </li>
              ))}
            </ul>
          )}
          {isOpen && (
            <>
              <TextForm
                id={`reply-${thread.id}`}
                label={t('workspace.comment.reply', { name: thread.authorName })}
                submitLabel={t('workspace.comment.replySubmit')}
                onSubmit={(value, token) =>
                  postComment(workspace.version.id, { parentId: thread.id, text: value }, token)
                }
                onDone={onChanged}
              />
              {thread.resolvedAt === null && (
                <button
                  type="button"
                  className="hds-button hds-button--supplementary"
                  onClick={() =>
                    void resolveThread(workspace.version.id, thread.id, csrfToken()).then(
                      onChanged,
                      () => {},
                    )
                  }
                >
                  <span className="hds-button__label">{t('workspace.comment.resolve')}</span>
                </button>
              )}
            </>
          )}
        </li>
      ))}
    </ul>
  )
}

/** A labelled text box with one button, that reports a refusal beside it. */
function TextForm({
  id,
  label,
  submitLabel,
  onSubmit,
  onDone,
}: {
  id: string
  label: string
  submitLabel: string
  onSubmit: (value: string, csrfToken: string | undefined) => Promise<unknown>
  onDone: () => void
}) {
  const { t } = useTranslation()
  const { csrfToken } = useSession()
  const [value, setValue] = useState('')
  const [problem, setProblem] = useState<string | undefined>(undefined)
  const [isSending, setIsSending] = useState(false)
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (isSending || value.trim() === '') {
      setProblem(value.trim() === '' ? 'workspace.problems.empty' : undefined)
      return
    }
    setIsSending(true)
    setProblem(undefined)
    try {
      await onSubmit(value, csrfToken())
      setValue('')
      onDone()
    } catch (reason) {
      setProblem(problemKey(reason))
    } finally {
      setIsSending(false)
    }
  }
  return (
    <form className="workspace-form" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={2}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        aria-describedby={problem === undefined ? undefined : `${id}-problem`}
        aria-invalid={problem === undefined ? undefined : true}
      />
      {problem !== undefined && (
        <p id={`${id}-problem`} role="alert">
          {t(problem)}
        </p>
      )}
      <button type="submit" className="hds-button hds-button--secondary" disabled={isSending}>
        <span className="hds-button__label">{submitLabel}</span>
      </button>
    </form>
  )
}

/** Who takes part; the designer side invites by e-mail address and removes. */
function Participants({ workspace, onChanged }: { workspace: Workspace; onChanged: () => void }) {
  const { t, i18n } = useTranslation()
  const { csrfToken } = useSession()
  const [emailAddress, setEmailAddress] = useState('')
  const [problem, setProblem] = useState<string | undefined>(undefined)
  const [invited, setInvited] = useState<string | undefined>(undefined)
  const isDesigner = workspace.side === 'designer'
  const invite = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setProblem(undefined)
    setInvited(undefined)
    try {
      await invitePerson(
        workspace.version.id,
        { emailAddress, language: i18n.language },
        csrfToken(),
      )
      setInvited(emailAddress)
      setEmailAddress('')
      onChanged()
    } catch (reason) {
      setProblem(problemKey(reason))
    }
  }
  return (
    <section aria-labelledby="workspace-participants">
      <h2 id="workspace-participants">{t('workspace.participants.title')}</h2>
      {workspace.participants.length === 0 ? (
        <p>{t('workspace.participants.none')}</p>
      ) : (
        <ul className="workspace-participants">
          {workspace.participants.map((participant) => (
            <li key={participant.personId}>
              {participant.displayName}{' '}
              {isDesigner && (
                <button
                  type="button"
                  className="hds-button hds-button--supplementary"
                  onClick={() =>
                    void removePerson(workspace.version.id, participant.personId, csrfToken()).then(
                      onChanged,
                      () => {},
                    )
                  }
                >
                  <span className="hds-button__label">
                    {t('workspace.participants.remove', { name: participant.displayName })}
                  </span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {isDesigner && workspace.version.status === 'draft' && (
        <form className="workspace-form" onSubmit={(event) => void invite(event)} noValidate>
          <label htmlFor="workspace-invite">{t('workspace.participants.inviteLabel')}</label>
          <input
            id="workspace-invite"
            type="email"
            autoComplete="off"
            value={emailAddress}
            onChange={(event) => setEmailAddress(event.target.value)}
            aria-describedby={problem === undefined ? undefined : 'workspace-invite-problem'}
            aria-invalid={problem === undefined ? undefined : true}
          />
          {problem !== undefined && (
            <p id="workspace-invite-problem" role="alert">
              {t(problem)}
            </p>
          )}
          {invited !== undefined && (
            <p role="status">{t('workspace.participants.invited', { emailAddress: invited })}</p>
          )}
          <button type="submit" className="hds-button hds-button--primary">
            <span className="hds-button__label">{t('workspace.participants.invite')}</span>
          </button>
        </form>
      )}
    </section>
  )
}
