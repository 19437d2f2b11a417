import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api-client.js'
import type { PageProps } from '../../page-route.js'
import { usePageTitle } from '../../page-title.js'
import { Link, navigate } from '../../router.js'
import { useSession } from '../../session.js'
import { useLoad } from '../../use-load.js'
import { formatDate } from '../verification/format-date.js'
import { VerificationReportView } from '../verification/verification-report.js'
import {
  getImportedCredential,
  type ImportedCredentialDetail,
  removeImportedCredential,
} from './portfolio-api.js'
import { ReflectionsPanel } from './reflections-panel.js'
import { SignInToContinue } from './signed-out.js'
import './learner.css'

/**
 * /my/portfolio/imports/:id — a credential from another issuer: what it is, the verification
 * report from its import (one that did not verify says why), and taking it out of the portfolio.
 */
export function ImportedCredentialPage({ params }: PageProps) {
  const { t, i18n } = useTranslation()
  const { session } = useSession()
  const id = params.id ?? ''
  const personId = session.state === 'signed-in' ? session.person.id : undefined
  const loaded = useLoad(
    (signal) =>
      personId === undefined
        ? Promise.resolve(undefined)
        : getImportedCredential(id, i18n.language, signal),
    [id, personId, i18n.language],
  )
  const isMissing = loaded.error instanceof ApiError && loaded.error.status === 404
  if (loaded.data !== undefined) {
    return <ImportedDetail imported={loaded.data} />
  }
  return (
    <>
      <h1>{isMissing ? t('learner.detail.notFoundTitle') : t('learner.imported.title')}</h1>
      {session.state === 'signed-out' && <SignInToContinue />}
      {isMissing && <p>{t('learner.imported.notFound')}</p>}
      {loaded.error !== undefined && !isMissing && (
        <p className="alert" role="alert">
          {t('learner.list.failed')}
        </p>
      )}
      {loaded.error === undefined && session.state !== 'signed-out' && (
        <p role="status">{t('learner.list.loading')}</p>
      )}
      <p>
        <Link href="/my/credentials">{t('learner.detail.back')}</Link>
      </p>
    </>
  )
}

function ImportedDetail({ imported }: { imported: ImportedCredentialDetail }) {
  const { t, i18n } = useTranslation()
  const { csrfToken, setNotice } = useSession()
  const [isConfirming, setIsConfirming] = useState(false)
  const [hasFailed, setHasFailed] = useState(false)
  const title = imported.achievementName || t('learner.imported.untitled')
  usePageTitle(title)

  const remove = async () => {
    try {
      await removeImportedCredential(imported.id, csrfToken())
      setNotice({ key: 'learner.imported.removed', path: '/my/credentials' })
      navigate('/my/credentials')
    } catch {
      setHasFailed(true)
    }
  }

  return (
    <>
      <p>
        <Link href="/my/credentials">{t('learner.detail.back')}</Link>
      </p>
      <h1>{title}</h1>
      <p className="learner-card__issuer">{imported.issuerName}</p>
      <p>
        {t('learner.imported.importedOn', {
          date: formatDate(imported.importedAt, i18n.language),
        })}
      </p>
      {!imported.isVerified && (
        <div className="hds-notification hds-notification--alert">
          <div className="hds-notification__label">{t('learner.imported.markedTitle')}</div>
          <div className="hds-notification__body">{t('learner.imported.markedText')}</div>
        </div>
      )}
      <h2>{t('learner.imported.reportTitle')}</h2>
      <VerificationReportView report={imported.report} headingLevel={3} />
      <ReflectionsPanel credential={{ kind: 'imported', id: imported.id }} />
      <section className="learner-remove" aria-labelledby="remove-title">
        <h2 id="remove-title">{t('learner.imported.removeTitle')}</h2>
        <p>{t('learner.imported.removeText')}</p>
        {isConfirming ? (
          <p>
            <button
              type="button"
              className="hds-button hds-button--danger"
              onClick={() => void remove()}
            >
              <span className="hds-button__label">{t('learner.imported.removeConfirm')}</span>
            </button>{' '}
            <button
              type="button"
              className="hds-button hds-button--secondary"
              onClick={() => setIsConfirming(false)}
            >
              <span className="hds-button__label">{t('learner.imported.removeCancel')}</span>
            </button>
          </p>
        ) : (
          <button
            type="button"
            className="hds-button hds-button--secondary"
            onClick={() => setIsConfirming(true)}
          >
            <span className="hds-button__label">{t('learner.imported.remove')}</span>
          </button>
        )}
        {hasFailed && (
          <p className="alert" role="alert">
            {t('learner.imported.removeFailed')}
          </p>
        )}
      </section>
    </>
  )
}
