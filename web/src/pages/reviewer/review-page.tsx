import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError, inLanguage } from '../../api-client.js'
import type { PageProps } from '../../page-route.js'
import { usePageTitle } from '../../page-title.js'
import { Link } from '../../router.js'
import { useSession } from '../../session.js'
import { getVersion, type TransitionAction, transition } from '../designer/api.js'
import { History } from '../designer/history.js'
import {
  AccessGate,
  Checklist,
  ContentPreview,
  StatusLabel,
  useLoad,
  useRoleAccess,
} from '../designer/shared.js'
import './reviewer.css'

/** /review/versions/:versionId: the content and its checklist; approve, return or publish. */
export function ReviewPage({ params }: PageProps) {
  const { t } = useTranslation()
  const access = useRoleAccess('qa-reviewer')
  return (
    <AccessGate title={t('reviewer.review.title')} access={access}>
      {() => <Review versionId={params.versionId ?? ''} />}
    </AccessGate>
  )
}

function Review({ versionId }: { versionId: string }) {
  const { t, i18n } = useTranslation()
  const { csrfToken } = useSession()
  const { data, error, reload } = useLoad((signal) => getVersion(versionId, signal), [versionId])
  const [reasons, setReasons] = useState('')
  const [reasonsMissing, setReasonsMissing] = useState(false)
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string }>()
  const [isBusy, setIsBusy] = useState(false)
  const title = data ? inLanguage(data.version.content.title ?? {}, i18n.language) : ''
  usePageTitle(title || undefined)

  if (error !== undefined || data === undefined) {
    return (
      <div className="narrow">
        <h1>{t('reviewer.review.title')}</h1>
        {error !== undefined ? (
          <p role="alert">
            {error instanceof ApiError && error.status === 404
              ? t('designer.editor.notFound')
              : t('designer.loadFailed')}
          </p>
        ) : (
          <p role="status">{t('designer.loading')}</p>
        )}
        <p>
          <Link href="/review">{t('reviewer.review.back')}</Link>
        </p>
      </div>
    )
  }
  const { version, problems, reviews } = data
  const blocking = problems.filter((problem) => problem.severity === 'blocking').length

  const act = async (action: TransitionAction) => {
    if (action === 'return' && reasons.trim() === '') {
      setReasonsMissing(true)
      document.getElementById('reasons')?.focus()
      return
    }
    setIsBusy(true)
    setMessage(undefined)
    try {
      await transition(
        version.id,
        action,
        csrfToken(),
        reasons.trim() === '' ? undefined : reasons.trim(),
      )
      setReasons('')
      setMessage({ kind: 'success', text: t(`reviewer.review.done.${action}`) })
      reload()
    } catch (failure) {
      setMessage({
        kind: 'error',
        text:
          failure instanceof ApiError && failure.status === 409
            ? t('reviewer.review.conflict')
            : t('reviewer.review.failed'),
      })
    }
    setIsBusy(false)
  }
  const format = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Helsinki',
  })

  return (
    <>
      <p>
        <Link href="/review">{t('reviewer.review.back')}</Link>
      </p>
      <h1>{title || t('designer.untitled')}</h1>
      <p>
        {t('designer.editor.versionLine', { number: version.versionNumber })}{' '}
        <StatusLabel status={version.status} />
      </p>
      {message !== undefined && (
        <div
          className={`hds-notification hds-notification--${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          <div className="hds-notification__body">{message.text}</div>
        </div>
      )}
      {version.changeLog !== '' && (
        <p>
          <strong>{t('reviewer.review.changeLog')}</strong> {version.changeLog}
        </p>
      )}
      <div className="designer-layout">
        <aside className="designer-aside" aria-label={t('designer.checklist.title')}>
          <Checklist problems={problems} isLinked={false} />
        </aside>
        <div className="designer-main">
          <h2>{t('reviewer.review.content')}</h2>
          <ContentPreview content={version.content} headingLevel={3} />
          {version.status === 'in-review' && (
            <section className="reviewer-decision" aria-labelledby="decision-title">
              <h2 id="decision-title">{t('reviewer.review.decision')}</h2>
              {blocking > 0 && <p>{t('reviewer.review.hasErrors', { count: blocking })}</p>}
              <div
                className={`hds-text-input designer-field${reasonsMissing ? ' hds-text-input--invalid' : ''}`}
              >
                <label className="hds-text-input__label" htmlFor="reasons">
                  {t('reviewer.review.reasons')}
                </label>
                <div className="hds-text-input__input-wrapper">
                  <textarea
                    id="reasons"
                    rows={4}
                    value={reasons}
                    aria-invalid={reasonsMissing}
                    aria-describedby={
                      reasonsMissing ? 'reasons-error reasons-helper' : 'reasons-helper'
                    }
                    onChange={(event) => {
                      setReasons(event.target.value)
                      setReasonsMissing(false)
                    }}
                  />
                </div>
                {reasonsMissing && (
                  <span className="hds-text-input__error-text" id="reasons-error">
                    {t('reviewer.review.reasonsMissing')}
                  </span>
                )}
                <span className="hds-text-input__helper-text" id="reasons-helper">
                  {t('reviewer.review.reasonsHelper')}
                </span>
              </div>
              <div className="designer-actions">
                <button
                  type="button"
                  className="hds-button hds-button--primary"
                  disabled={isBusy}
                  onClick={() => void act('approve')}
                >
                  <span className="hds-button__label">{t('reviewer.review.approve')}</span>
                </button>
                <button
                  type="button"
                  className="hds-button hds-button--secondary"
                  disabled={isBusy}
                  onClick={() => void act('return')}
                >
                  <span className="hds-button__label">{t('reviewer.review.return')}</span>
                </button>
              </div>
            </section>
          )}
          {version.status === 'approved' && (
            <section className="reviewer-decision" aria-labelledby="publish-title">
              <h2 id="publish-title">{t('reviewer.review.publishTitle')}</h2>
              <p>{t('reviewer.review.publishLead')}</p>
              <button
                type="button"
                className="hds-button hds-button--primary"
                disabled={isBusy}
                onClick={() => void act('publish')}
              >
                <span className="hds-button__label">{t('reviewer.review.publish')}</span>
              </button>
            </section>
          )}
          {version.status === 'published' && (
            <p>
              <Link href={`/catalogue/${version.specificationId}`}>
                {t('reviewer.review.inCatalogue')}
              </Link>
            </p>
          )}
          {reviews.length > 0 && (
            <section className="designer-section" aria-labelledby="reviews-title">
              <h2 id="reviews-title">{t('reviewer.review.earlier')}</h2>
              <ul>
                {reviews.map((review) => (
                  <li key={review.decidedAt}>
                    {format.format(new Date(review.decidedAt))}:{' '}
                    {t(`reviewer.review.decided.${review.decision}`)}
                    {review.reasons !== '' && <> – {review.reasons}</>}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <History
            key={version.status}
            specificationId={version.specificationId}
            currentId={version.id}
            hrefPrefix="/review/versions/"
          />
        </div>
      </div>
    </>
  )
}
