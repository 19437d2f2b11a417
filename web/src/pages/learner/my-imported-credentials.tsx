import { useTranslation } from 'react-i18next'
import { Link } from '../../router.js'
import { useLoad } from '../../use-load.js'
import { formatDate } from '../verification/format-date.js'
import { listImportedCredentials } from './portfolio-api.js'

/** The credentials from other issuers on the learner's credentials page, and the way to add one. */
export function MyImportedCredentials() {
  const { t, i18n } = useTranslation()
  const imported = useLoad(
    (signal) => listImportedCredentials(i18n.language, signal).then((answer) => answer.items),
    [i18n.language],
  )
  return (
    <section aria-labelledby="imported-title" className="learner-enrolments">
      <h2 id="imported-title">{t('learner.imported.listTitle')}</h2>
      <p>{t('learner.imported.listLead')}</p>
      <p>
        <Link href="/my/portfolio/import">{t('learner.imported.add')}</Link>
      </p>
      {imported.error !== undefined && (
        <p className="alert" role="alert">
          {t('learner.list.failed')}
        </p>
      )}
      {imported.data !== undefined && imported.data.length > 0 && (
        <ul className="learner-list">
          {imported.data.map((item) => (
            <li key={item.id} className="learner-card">
              <h3 className="learner-card__title">
                <Link href={`/my/portfolio/imports/${encodeURIComponent(item.id)}`}>
                  {item.achievementName || t('learner.imported.untitled')}
                </Link>
              </h3>
              <p className="learner-card__issuer">{item.issuerName}</p>
              <p className="learner-card__meta">
                {t('learner.imported.importedOn', {
                  date: formatDate(item.importedAt, i18n.language),
                })}{' '}
                <span
                  className={`hds-status-label learner-state hds-status-label--${item.isVerified ? 'success' : 'alert'}`}
                >
                  {item.isVerified
                    ? t('learner.imported.verified')
                    : t('learner.imported.notVerified')}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
