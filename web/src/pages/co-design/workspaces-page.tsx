import { useTranslation } from 'react-i18next'
import { inLanguage } from '../../api-client.js'
import type { PageProps } from '../../page-route.js'
import { type RoleOrganisation, useRoleAccess } from '../../role-access.js'
import { Link } from '../../router.js'
import { useSession } from '../../session.js'
import { useLoad } from '../../use-load.js'
import { listSpecifications } from '../designer/api.js'
import { listMyWorkspaces } from './workspace-api.js'
import './workspace.css'

/**
 * /co-design/workspaces — the design workspaces of the signed-in person (those they are invited
 * into, and those their organisation opened), and for designers their drafts, each of which can
 * be opened to partners.
 */
export function WorkspacesPage(_props: PageProps) {
  const { t, i18n } = useTranslation()
  const { session } = useSession()
  const designer = useRoleAccess(['designer', 'admin'])
  const { data, error } = useLoad(
    (signal) =>
      session.state === 'signed-in' ? listMyWorkspaces(signal) : Promise.resolve(undefined),
    [session.state],
  )
  if (session.state === 'signed-out') {
    return (
      <>
        <h1>{t('workspace.list.title')}</h1>
        <p>
          <Link href="/sign-in">{t('workspace.list.signIn')}</Link>
        </p>
      </>
    )
  }
  return (
    <>
      <h1>{t('workspace.list.title')}</h1>
      <p className="lead">{t('workspace.list.lead')}</p>
      <section aria-labelledby="workspaces-mine">
        <h2 id="workspaces-mine">{t('workspace.list.mine')}</h2>
        {error !== undefined && <p role="alert">{t('workspace.list.loadFailed')}</p>}
        {data !== undefined &&
          (data.length === 0 ? (
            <p>{t('workspace.list.none')}</p>
          ) : (
            <ul className="workspace-list">
              {data.map((workspace) => (
                <li key={workspace.versionId}>
                  <Link href={`/co-design/workspaces/${encodeURIComponent(workspace.versionId)}`}>
                    {inLanguage(workspace.title, i18n.language) || t('workspace.page.untitled')}
                  </Link>{' '}
                  {t('workspace.list.facts', {
                    number: workspace.versionNumber,
                    count: workspace.participantCount,
                  })}
                </li>
              ))}
            </ul>
          ))}
      </section>
      {designer.state === 'ready' &&
        designer.organisations.map((organisation) => (
          <Drafts key={organisation.id} organisation={organisation} />
        ))}
    </>
  )
}

/** A designer's drafts, each with a link to open its workspace. */
function Drafts({ organisation }: { organisation: RoleOrganisation }) {
  const { t, i18n } = useTranslation()
  const { data, error } = useLoad(
    (signal) => listSpecifications(organisation.slug, signal),
    [organisation.slug],
  )
  const headingId = `workspace-drafts-${organisation.slug}`
  const drafts = (data ?? []).filter((version) => version.status === 'draft')
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('workspace.list.drafts', { organisation: inLanguage(organisation.name, i18n.language) })}
      </h2>
      {error !== undefined && <p role="alert">{t('workspace.list.loadFailed')}</p>}
      {data !== undefined &&
        (drafts.length === 0 ? (
          <p>{t('workspace.list.noDrafts')}</p>
        ) : (
          <ul className="workspace-list">
            {drafts.map((version) => (
              <li key={version.id}>
                <Link href={`/co-design/workspaces/${encodeURIComponent(version.id)}`}>
                  {t('workspace.list.open', {
                    title:
                      inLanguage(version.content.title ?? {}, i18n.language) ||
                      t('workspace.page.untitled'),
                  })}
                </Link>
              </li>
            ))}
          </ul>
        ))}
    </section>
  )
}
