import { useTranslation } from 'react-i18next'
import { inLanguage } from '../../api-client.js'
import type { PageProps } from '../../page-route.js'
import { AccessGate, type RoleOrganisation, useRoleAccess } from '../../role-access.js'
import { Link } from '../../router.js'
import { useLoad } from '../../use-load.js'
import { listRecognitionQueue } from './recognition-api.js'
import './recognition.css'

/** /registrar/recognition: the requests waiting for a decision, oldest first, per organisation. */
export function RecognitionQueuePage(_props: PageProps) {
  const { t } = useTranslation()
  const access = useRoleAccess(['registrar', 'admin'])
  return (
    <AccessGate
      title={t('recognition.queue.title')}
      access={access}
      textPrefix="recognition.access"
    >
      {(organisations) => (
        <>
          <h1>{t('recognition.queue.title')}</h1>
          <p className="lead">{t('recognition.queue.lead')}</p>
          {organisations.map((organisation) => (
            <OrganisationQueue key={organisation.id} organisation={organisation} />
          ))}
        </>
      )}
    </AccessGate>
  )
}

function OrganisationQueue({ organisation }: { organisation: RoleOrganisation }) {
  const { t, i18n } = useTranslation()
  const { data, error } = useLoad(
    (signal) => listRecognitionQueue(organisation.slug, signal),
    [organisation.slug],
  )
  const waiting = data?.items.filter((item) => item.state === 'submitted') ?? []
  const decided = data?.items.filter((item) => item.state === 'decided') ?? []
  return (
    <section aria-labelledby={`queue-${organisation.id}`}>
      <h2 id={`queue-${organisation.id}`}>{inLanguage(organisation.name, i18n.language)}</h2>
      {error !== undefined && <p role="alert">{t('recognition.loadFailed')}</p>}
      {data === undefined && error === undefined && <p role="status">{t('recognition.loading')}</p>}
      {data !== undefined && (
        <table className="recognition-table">
          <caption>
            {t('recognition.queue.caption', { waiting: waiting.length, decided: decided.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('recognition.queue.learner')}</th>
              <th scope="col">{t('recognition.queue.credential')}</th>
              <th scope="col">{t('recognition.queue.target')}</th>
              <th scope="col">{t('recognition.queue.proposal')}</th>
              <th scope="col">{t('recognition.queue.state')}</th>
            </tr>
          </thead>
          <tbody>
            {[...waiting, ...decided].map((item) => (
              <tr key={item.id}>
                <th scope="row">
                  <Link href={`/registrar/recognition/${item.id}`}>{item.learnerName}</Link>
                </th>
                <td>{item.achievementName}</td>
                <td>
                  {item.target.code} {inLanguage(item.target.name, i18n.language)}
                </td>
                <td>{t(`recognition.outcome.${item.proposal.outcome}`)}</td>
                <td>{t(`recognition.state.${item.state}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
