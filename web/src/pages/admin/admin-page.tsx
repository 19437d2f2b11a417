import { useTranslation } from 'react-i18next'
import { inLanguage } from '../../api-client.js'
import type { PageProps } from '../../page-route.js'
import { Link } from '../../router.js'
import { AdminGate } from './shared.js'

/** /admin: the organisations the signed-in person administers. */
export function AdminPage(_props: PageProps) {
  const { t, i18n } = useTranslation()
  return (
    <AdminGate title={t('admin.home.title')}>
      {({ organisations }) => (
        <>
          <h1>{t('admin.home.title')}</h1>
          <p className="lead">{t('admin.home.lead')}</p>
          <ul className="admin-organisations">
            {organisations.map((organisation) => (
              <li key={organisation.id}>
                <Link href={`/admin/${encodeURIComponent(organisation.slug)}`}>
                  {inLanguage(organisation.name, i18n.language)}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </AdminGate>
  )
}
