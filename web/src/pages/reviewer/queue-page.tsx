import { useTranslation } from 'react-i18next'
import { inLanguage } from '../../api-client.js'
import type { PageProps } from '../../page-route.js'
import { listSpecifications } from '../designer/api.js'
import { VersionTable } from '../designer/designer-page.js'
import { AccessGate, type RoleOrganisation, useLoad, useRoleAccess } from '../designer/shared.js'
import './reviewer.css'

/** /review: the versions waiting for the reviewer: in review, and approved ones to publish. */
export function QueuePage(_props: PageProps) {
  const { t } = useTranslation()
  const access = useRoleAccess('qa-reviewer')
  return (
    <AccessGate title={t('reviewer.queue.title')} access={access}>
      {(organisations) => <Queue organisations={organisations} />}
    </AccessGate>
  )
}

function Queue({ organisations }: { organisations: RoleOrganisation[] }) {
  const { t, i18n } = useTranslation()
  const { data, error } = useLoad(
    (signal) =>
      Promise.all(
        organisations.map(async (organisation) => ({
          organisation,
          versions: await listSpecifications(organisation.slug, signal),
        })),
      ),
    [organisations.map((organisation) => organisation.id).join()],
  )
  const href = (version: { id: string }) => `/review/versions/${version.id}`
  return (
    <>
      <h1>{t('reviewer.queue.title')}</h1>
      <p className="lead">{t('reviewer.queue.lead')}</p>
      {error !== undefined && <p role="alert">{t('designer.loadFailed')}</p>}
      {data === undefined && error === undefined && <p role="status">{t('designer.loading')}</p>}
      {data?.map(({ organisation, versions }) => (
        <section
          key={organisation.id}
          className="designer-section"
          aria-labelledby={`org-${organisation.slug}`}
        >
          <h2 id={`org-${organisation.slug}`}>{inLanguage(organisation.name, i18n.language)}</h2>
          <h3>{t('reviewer.queue.inReview')}</h3>
          <VersionTable
            versions={versions.filter((version) => version.status === 'in-review')}
            hrefOf={href}
          />
          <h3>{t('reviewer.queue.approved')}</h3>
          <VersionTable
            versions={versions.filter((version) => version.status === 'approved')}
            hrefOf={href}
          />
        </section>
      ))}
    </>
  )
}
