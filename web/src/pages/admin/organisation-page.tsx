import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { callApi, inLanguage } from '../../api-client.js'
import type { PageProps } from '../../page-route.js'
import { usePageTitle } from '../../page-title.js'
import { Link } from '../../router.js'
import { getDidDocument, type Member, type Organisation, organisationPath } from './api.js'
import { ApiTokensSection } from './api-tokens-section.js'
import { AuditSection } from './audit-section.js'
import { MembersSection } from './members-section.js'
import { AdminGate, useLoad } from './shared.js'
import { SigningKeysSection } from './signing-keys-section.js'

/** /admin/:slug: one organisation, its people and roles, signing keys, API tokens and audit log. */
export function OrganisationPage({ params }: PageProps) {
  const { t } = useTranslation()
  const slug = params.slug ?? ''
  return (
    <AdminGate title={t('admin.organisation.title')} slug={slug}>
      {({ personId }) => <OrganisationAdmin slug={slug} personId={personId} />}
    </AdminGate>
  )
}

function OrganisationAdmin({ slug, personId }: { slug: string; personId: string }) {
  const { t, i18n } = useTranslation()
  // Counts the changes made on this page, so that the audit log shows them at once.
  const [changes, setChanges] = useState(0)
  const onChanged = () => setChanges((count) => count + 1)
  const organisation = useLoad(
    (signal) => callApi<Organisation>('GET', organisationPath(slug), { signal }),
    [slug],
  )
  const did = useLoad((signal) => getDidDocument(slug, signal), [slug])
  const members = useLoad(
    (signal) =>
      callApi<{ items: Member[] }>('GET', `${organisationPath(slug)}/members`, { signal }).then(
        (answer) => answer.items,
      ),
    [slug],
  )
  const name =
    organisation.data === undefined ? undefined : inLanguage(organisation.data.name, i18n.language)
  usePageTitle(name)

  return (
    <>
      <p className="admin-back">
        <Link href="/admin">{t('admin.organisation.back')}</Link>
      </p>
      <h1>{name ?? t('admin.organisation.title')}</h1>
      {organisation.error !== undefined && <p role="alert">{t('admin.loadFailed')}</p>}
      {organisation.data === undefined && organisation.error === undefined && (
        <p role="status">{t('admin.loading')}</p>
      )}
      {organisation.data !== undefined && (
        <section className="panel admin-section" aria-labelledby="organisation-facts">
          <h2 id="organisation-facts">{t('admin.organisation.facts')}</h2>
          <dl className="admin-facts">
            {(['fi', 'sv', 'en'] as const).map((language) => (
              <div key={language} className="admin-fact">
                <dt>{t(`admin.organisation.name.${language}`)}</dt>
                <dd lang={language}>{organisation.data?.name[language] ?? '–'}</dd>
              </div>
            ))}
            <div className="admin-fact">
              <dt>{t('admin.organisation.kind')}</dt>
              <dd>{t(`admin.organisation.kinds.${organisation.data.kind}`)}</dd>
            </div>
            <div className="admin-fact">
              <dt>{t('admin.organisation.country')}</dt>
              <dd>{organisation.data.country}</dd>
            </div>
            <div className="admin-fact">
              <dt>{t('admin.organisation.region')}</dt>
              <dd>{organisation.data.region ?? '–'}</dd>
            </div>
            <div className="admin-fact">
              <dt>{t('admin.organisation.did')}</dt>
              <dd>
                <code className="admin-code">{did.data?.id ?? '…'}</code>{' '}
                <a href={`/organisations/${encodeURIComponent(slug)}/did.json`}>
                  {t('admin.organisation.didDocument')}
                </a>
              </dd>
            </div>
          </dl>
        </section>
      )}
      <nav className="admin-toc" aria-label={t('admin.organisation.contents')}>
        <ul>
          <li>
            <a href="#people">{t('admin.members.title')}</a>
          </li>
          <li>
            <a href="#signing-keys">{t('admin.keys.title')}</a>
          </li>
          <li>
            <a href="#api-tokens">{t('admin.tokens.title')}</a>
          </li>
          <li>
            <a href="#audit-log">{t('admin.audit.title')}</a>
          </li>
        </ul>
      </nav>
      <MembersSection
        slug={slug}
        personId={personId}
        members={members.data}
        error={members.error}
        onRolesSaved={onChanged}
        onChanged={() => {
          members.reload()
          onChanged()
        }}
      />
      <SigningKeysSection slug={slug} onChanged={onChanged} />
      <ApiTokensSection slug={slug} onChanged={onChanged} />
      <AuditSection
        slug={slug}
        members={members.error === undefined ? members.data : []}
        changes={changes}
      />
    </>
  )
}
