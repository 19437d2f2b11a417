import { useTranslation } from 'react-i18next'
import type { PageProps } from '../../page-route.js'
import { Link } from '../../router.js'
import { formatDate } from '../verification/format-date.js'
import { CredentialState } from './credential-state.js'
import { MyEnrolments } from './my-enrolments.js'
import { MyImportedCredentials } from './my-imported-credentials.js'
import { MySkills } from './my-skills.js'
import { SignInToContinue } from './signed-out.js'
import { useMyCredentials } from './use-my-credentials.js'
import './learner.css'

/** /my/credentials — the signed-in person's credentials, newest first. */
export function MyCredentialsPage(_props: PageProps) {
  const { t, i18n } = useTranslation()
  const state = useMyCredentials()

  return (
    <>
      <h1>{t('learner.list.title')}</h1>
      {state.kind === 'signed-out' && <SignInToContinue />}
      {state.kind === 'loading' && <p role="status">{t('learner.list.loading')}</p>}
      {state.kind === 'failed' && (
        <p className="alert" role="alert">
          {t('learner.list.failed')}
        </p>
      )}
      {state.kind === 'loaded' && (
        <>
          <p className="lead">{t('learner.list.lead')}</p>
          <p>
            <Link href="/my/portfolio/shares">{t('portfolio-sharing.shares.open')}</Link>
          </p>
          {state.items.length === 0 ? (
            <p>{t('learner.list.empty')}</p>
          ) : (
            <ul className="learner-list">
              {state.items.map((credential) => (
                <li key={credential.id} className="learner-card">
                  <h2 className="learner-card__title">
                    <Link href={`/my/credentials/${encodeURIComponent(credential.id)}`}>
                      {credential.achievementName}
                    </Link>
                  </h2>
                  <p className="learner-card__issuer">{credential.issuerName}</p>
                  <p className="learner-card__meta">
                    {t('learner.list.issuedOn', {
                      date: formatDate(credential.issuedAt, i18n.language),
                    })}{' '}
                    <CredentialState state={credential.state} />
                  </p>
                </li>
              ))}
            </ul>
          )}
          <MyImportedCredentials />
          <MySkills />
          <MyEnrolments />
        </>
      )}
    </>
  )
}
