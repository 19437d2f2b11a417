import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api-client.js'
import type { PageProps } from '../../page-route.js'
import { usePageTitle } from '../../page-title.js'
import { useLoad } from '../../use-load.js'
import { formatDate } from '../verification/format-date.js'
import { VerificationReportView } from '../verification/verification-report.js'
import { ReflectionItem } from './reflections-panel.js'
import { type OpenedShare, openShare } from './sharing-api.js'
import './learner.css'
import './sharing.css'

/**
 * /shares/:token — what a learner shared, for anyone with the link (no sign-in): each credential
 * with its verification report made now, and the reflections when the learner included them. An
 * expired, withdrawn or unknown link gets a page that says so and what to do, not an error.
 */
export function SharePage({ params }: PageProps) {
  const { t, i18n } = useTranslation()
  const token = params.token ?? ''
  const loaded = useLoad(
    (signal) => openShare(token, i18n.language, signal),
    [token, i18n.language],
  )
  if (loaded.data !== undefined) {
    return <SharedCredentials shared={loaded.data} />
  }
  const code = loaded.error instanceof ApiError ? loaded.error.code : undefined
  const reason =
    code === 'SHARE_EXPIRED'
      ? 'expired'
      : code === 'SHARE_WITHDRAWN'
        ? 'withdrawn'
        : code === 'SHARE_NOT_FOUND'
          ? 'unknown'
          : undefined
  if (reason !== undefined) {
    return <UnusableShare reason={reason} />
  }
  return (
    <>
      <h1>{t('portfolio-sharing.share.title')}</h1>
      {loaded.error === undefined ? (
        <p role="status">{t('portfolio-sharing.loading')}</p>
      ) : (
        <p className="alert" role="alert">
          {t('portfolio-sharing.failed')}
        </p>
      )}
    </>
  )
}

function UnusableShare({ reason }: { reason: 'expired' | 'withdrawn' | 'unknown' }) {
  const { t } = useTranslation()
  const title = t(`portfolio-sharing.share.${reason}Title`)
  usePageTitle(title)
  return (
    <>
      <h1>{title}</h1>
      <p>{t(`portfolio-sharing.share.${reason}Text`)}</p>
      <p>{t('portfolio-sharing.share.askForNew')}</p>
    </>
  )
}

function SharedCredentials({ shared }: { shared: OpenedShare }) {
  const { t, i18n } = useTranslation()
  const title = t('portfolio-sharing.share.sharedBy', { name: shared.learnerName })
  usePageTitle(title)
  return (
    <>
      <h1>{title}</h1>
      <p>
        {t('portfolio-sharing.share.linkUntil', {
          date: formatDate(shared.expiresAt, i18n.language, true),
        })}{' '}
        {t('portfolio-sharing.share.linkNotCredential')}
      </p>
      {shared.credentials.length === 0 && <p>{t('portfolio-sharing.share.empty')}</p>}
      {shared.credentials.map((credential, index) => {
        const headingId = `shared-credential-${index + 1}`
        return (
          <section key={headingId} className="panel shared-credential" aria-labelledby={headingId}>
            <h2 id={headingId}>{credential.achievementName || t('portfolio-sharing.untitled')}</h2>
            <p className="learner-card__issuer">
              {credential.issuerName}
              {credential.kind === 'imported' && ` · ${t('portfolio-sharing.share.fromElsewhere')}`}
            </p>
            <VerificationReportView report={credential.report} headingLevel={3} />
            {credential.outcomes !== null && (
              <>
                <h3>{t('portfolio-sharing.share.reflectionsTitle')}</h3>
                {credential.outcomes.map((outcome, outcomeIndex) => (
                  <div key={outcome.key} className="reflection-outcome">
                    <h4>
                      {t('portfolio-sharing.reflections.outcome', { number: outcomeIndex + 1 })}:{' '}
                      {outcome.text}
                    </h4>
                    {outcome.reflections.length === 0 ? (
                      <p className="reflection-empty">{t('portfolio-sharing.reflections.none')}</p>
                    ) : (
                      <ul className="reflection-list">
                        {outcome.reflections.map((reflection) => (
                          <ReflectionItem key={reflection.id} reflection={reflection} />
                        ))}
                      </ul>
                    )}
                  </div>
                ))}
              </>
            )}
          </section>
        )
      })}
    </>
  )
}
