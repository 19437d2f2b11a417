import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api-client.js'
import type { PageProps } from '../../page-route.js'
import { Link } from '../../router.js'
import { useSession } from '../../session.js'
import { useLoad } from '../../use-load.js'
import { formatDate } from '../verification/format-date.js'
import { ReflectionItem } from './reflections-panel.js'
import {
  commentOnReflection,
  getCounselling,
  listCounsellingInvitations,
  type Reflection,
} from './sharing-api.js'
import { SignInToContinue } from './signed-out.js'
import './learner.css'
import './sharing.css'

/** /counselling — the learners who invited the signed-in person as their guidance counsellor. */
export function CounsellingListPage() {
  const { t, i18n } = useTranslation()
  const { session } = useSession()
  const loaded = useLoad(
    (signal) =>
      session.state === 'signed-in'
        ? listCounsellingInvitations(signal)
        : Promise.resolve({ items: [] }),
    [session.state],
  )
  return (
    <>
      <h1>{t('portfolio-sharing.counselling.title')}</h1>
      {session.state === 'signed-out' && <SignInToContinue />}
      <p>{t('portfolio-sharing.counselling.intro')}</p>
      {loaded.data?.items.length === 0 && <p>{t('portfolio-sharing.counselling.none')}</p>}
      <ul>
        {loaded.data?.items.map((invitation) => (
          <li key={invitation.id}>
            <Link href={`/counselling/${invitation.id}`}>{invitation.learnerName}</Link> (
            {formatDate(invitation.createdAt, i18n.language)})
          </li>
        ))}
      </ul>
    </>
  )
}

/**
 * /counselling/:id — as a counsellor: the invited credentials with the learner's reflections per
 * learning outcome, the comments, and a comment form on each reflection. Nothing else of the
 * learner's portfolio is shown (or sent by the API).
 */
export function CounsellingPage({ params }: PageProps) {
  const { t, i18n } = useTranslation()
  const { session } = useSession()
  const id = params.id ?? ''
  const loaded = useLoad(
    (signal) =>
      session.state === 'signed-in'
        ? getCounselling(id, i18n.language, signal)
        : Promise.resolve(undefined),
    [id, session.state, i18n.language],
  )
  const isMissing = loaded.error instanceof ApiError && loaded.error.status === 404
  if (loaded.data === undefined) {
    return (
      <>
        <h1>{t('portfolio-sharing.counselling.title')}</h1>
        {session.state === 'signed-out' && <SignInToContinue />}
        {isMissing && <p>{t('portfolio-sharing.counselling.notFound')}</p>}
        {loaded.error !== undefined && !isMissing && (
          <p className="alert" role="alert">
            {t('portfolio-sharing.failed')}
          </p>
        )}
      </>
    )
  }
  const counselling = loaded.data
  return (
    <>
      <p className="learner-back">
        <Link href="/counselling">{t('portfolio-sharing.counselling.back')}</Link>
      </p>
      <h1>
        {t('portfolio-sharing.counselling.learnerTitle', {
          name: counselling.invitation.learnerName,
        })}
      </h1>
      {counselling.credentials.map((credential) => (
        <section
          key={`${credential.credential.kind}-${credential.credential.id}`}
          className="panel"
          aria-label={credential.achievementName}
        >
          <h2>{credential.achievementName || t('portfolio-sharing.untitled')}</h2>
          <p className="learner-card__issuer">{credential.issuerName}</p>
          {credential.outcomes.map((outcome, index) => (
            <article key={outcome.key} className="reflection-outcome">
              <h3>
                {t('portfolio-sharing.reflections.outcome', { number: index + 1 })}: {outcome.text}
              </h3>
              {outcome.reflections.length === 0 ? (
                <p className="reflection-empty">{t('portfolio-sharing.reflections.none')}</p>
              ) : (
                <ul className="reflection-list">
                  {outcome.reflections.map((reflection) => (
                    <CommentableReflection
                      key={reflection.id}
                      invitationId={counselling.invitation.id}
                      reflection={reflection}
                      onCommented={loaded.reload}
                    />
                  ))}
                </ul>
              )}
            </article>
          ))}
        </section>
      ))}
    </>
  )
}

function CommentableReflection({
  invitationId,
  reflection,
  onCommented,
}: {
  invitationId: string
  reflection: Reflection
  onCommented: () => void
}) {
  const { t } = useTranslation()
  const { csrfToken } = useSession()
  const id = useId()
  const [text, setText] = useState('')
  const [hasFailed, setHasFailed] = useState(false)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      await commentOnReflection(invitationId, reflection.id, text, csrfToken())
      setText('')
      setHasFailed(false)
      onCommented()
    } catch {
      setHasFailed(true)
    }
  }
  return (
    <>
      <ReflectionItem reflection={reflection} />
      <li className="reflection-comment-form">
        <form onSubmit={(event) => void submit(event)}>
          <div className="hds-text-input">
            <label className="hds-text-input__label" htmlFor={`${id}-comment`}>
              {t('portfolio-sharing.comments.label')}
            </label>
            <textarea
              id={`${id}-comment`}
              className="hds-text-input__input"
              required
              maxLength={2000}
              rows={2}
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
          </div>
          {hasFailed && (
            <p className="alert" role="alert">
              {t('portfolio-sharing.failed')}
            </p>
          )}
          <button type="submit" className="hds-button hds-button--secondary">
            <span className="hds-button__label">{t('portfolio-sharing.comments.send')}</span>
          </button>
        </form>
      </li>
    </>
  )
}
