import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError, inLanguage } from '../../api-client.js'
import { useSession } from '../../session.js'
import { useLoad } from '../../use-load.js'
import { type Endorsement, getSignOffView, signOff } from './sign-off-api.js'
import './sign-off.css'

/** The most an endorsement comment may hold, as the server checks it. */
const maximumCommentLength = 5000

/** The locale key that explains a refused sign-off, by the problem's code. */
function refusalKey(error: unknown): string {
  if (!(error instanceof ApiError)) {
    return 'sign-off.panel.failed'
  }
  switch (error.code) {
    case 'SIGN_OFF_VERSION_CHANGED':
      return 'sign-off.panel.changed'
    case 'SIGN_OFF_ALREADY_GIVEN':
      return 'sign-off.panel.alreadyGiven'
    case 'SIGN_OFF_VERSION_CLOSED':
      return 'sign-off.panel.closed'
    case 'PERMISSION_DENIED':
    case 'AUTHENTICATION_REQUIRED':
      return 'sign-off.panel.notAllowed'
    default:
      return 'sign-off.panel.failed'
  }
}

/**
 * A partner's sign-off of one specification version, for the design workspace: what is signed
 * off (title, version, learning outcomes and the fingerprint of exactly that content), the
 * endorsements given so far, and a comment with the sign-off button. The sign-off carries the
 * fingerprint of the content shown here, so a version changed meanwhile is refused and shown
 * again rather than endorsed unseen.
 */
export function SignOffPanel({ versionId }: { versionId: string }) {
  const { t, i18n } = useTranslation()
  const { session, csrfToken } = useSession()
  const {
    data: view,
    error,
    reload,
  } = useLoad((signal) => getSignOffView(versionId, signal), [versionId])
  const [comment, setComment] = useState('')
  const [isSending, setIsSending] = useState(false)
  const [problem, setProblem] = useState<string | undefined>(undefined)
  const [done, setDone] = useState<Endorsement | undefined>(undefined)

  if (view === undefined) {
    return (
      <section className="sign-off-panel" aria-labelledby="sign-off-heading">
        <h2 id="sign-off-heading">{t('sign-off.panel.heading')}</h2>
        {error === undefined ? (
          <p role="status">{t('sign-off.panel.loading')}</p>
        ) : (
          <p role="alert">{t('sign-off.panel.loadFailed')}</p>
        )}
      </section>
    )
  }

  const { version, contentFingerprint, endorsements } = view
  const title = inLanguage(version.content.title ?? {}, i18n.language)
  const myOrganisationIds =
    session.state === 'signed-in'
      ? (session.me?.memberships ?? []).map((membership) => membership.organisation.id)
      : []
  const mine = endorsements.find((endorsement) =>
    myOrganisationIds.includes(endorsement.organisation.id),
  )
  const isRetired = version.status === 'retired'

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (isSending) {
      return
    }
    if (comment.trim().length > maximumCommentLength) {
      setProblem('sign-off.panel.commentTooLong')
      return
    }
    setIsSending(true)
    setProblem(undefined)
    try {
      const endorsement = await signOff(
        versionId,
        { contentFingerprint, comment, language: i18n.language },
        csrfToken(),
      )
      setDone(endorsement)
      setComment('')
      reload()
    } catch (reason) {
      setProblem(refusalKey(reason))
      if (reason instanceof ApiError && reason.code === 'SIGN_OFF_VERSION_CHANGED') {
        // Show the content as it is now, with its new fingerprint, to be reviewed again.
        reload()
      }
    } finally {
      setIsSending(false)
    }
  }

  return (
    <section className="sign-off-panel" aria-labelledby="sign-off-heading">
      <h2 id="sign-off-heading">{t('sign-off.panel.heading')}</h2>
      <h3>{t('sign-off.panel.whatHeading')}</h3>
      <dl className="sign-off-facts">
        <div>
          <dt>{t('sign-off.panel.title')}</dt>
          <dd>{title}</dd>
        </div>
        <div>
          <dt>{t('sign-off.panel.version')}</dt>
          <dd>
            {t('sign-off.panel.versionValue', {
              number: version.versionNumber,
              status: t(`sign-off.status.${version.status}`, { defaultValue: version.status }),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('sign-off.panel.fingerprint')}</dt>
          <dd>
            <code title={contentFingerprint}>{contentFingerprint.slice(0, 19)}…</code>
          </dd>
        </div>
      </dl>
      {(version.content.learningOutcomes ?? []).length > 0 && (
        <>
          <h4>{t('sign-off.panel.outcomes')}</h4>
          <ol className="sign-off-outcomes">
            {(version.content.learningOutcomes ?? []).map((outcome) => (
              <li key={outcome.id}>{inLanguage(outcome.text, i18n.language)}</li>
            ))}
          </ol>
        </>
      )}

      <h3>{t('sign-off.panel.endorsementsHeading')}</h3>
      {endorsements.length === 0 ? (
        <p>{t('sign-off.panel.noEndorsements')}</p>
      ) : (
        <ul className="endorsement-list">
          {endorsements.map((endorsement) => (
            <li key={endorsement.id}>
              <p className="endorsement-organisation">
                {inLanguage(endorsement.organisation.name, i18n.language)}
              </p>
              {endorsement.comment !== '' && (
                <blockquote className="endorsement-comment">{endorsement.comment}</blockquote>
              )}
              {!endorsement.isCurrent && (
                <p className="hint">{t('sign-off.panel.earlierContent')}</p>
              )}
            </li>
          ))}
        </ul>
      )}

      {mine !== undefined ? (
        <p>{t('sign-off.panel.youSignedOff')}</p>
      ) : isRetired ? (
        <p>{t('sign-off.panel.closed')}</p>
      ) : session.state !== 'signed-in' ? (
        <p>{t('sign-off.panel.signInFirst')}</p>
      ) : (
        <form className="form" onSubmit={onSubmit} noValidate>
          <div className="field">
            <label htmlFor="sign-off-comment">{t('sign-off.panel.commentLabel')}</label>
            <p className="hint" id="sign-off-comment-hint">
              {t('sign-off.panel.commentHint', { max: maximumCommentLength })}
            </p>
            <textarea
              id="sign-off-comment"
              rows={5}
              maxLength={maximumCommentLength}
              value={comment}
              onChange={(event) => setComment(event.target.value)}
              aria-describedby="sign-off-comment-hint"
            />
          </div>
          <button className="button" type="submit" aria-disabled={isSending}>
            {isSending
              ? t('sign-off.panel.sending')
              : t('sign-off.panel.submit', { number: version.versionNumber })}
          </button>
        </form>
      )}
      <div role="status" className="live-region">
        {done !== undefined && <p>{t('sign-off.panel.done')}</p>}
      </div>
      {problem !== undefined && (
        <div className="hds-notification hds-notification--error" role="alert">
          <div className="hds-notification__content">
            <p className="hds-notification__body">{t(problem)}</p>
          </div>
        </div>
      )}
    </section>
  )
}
