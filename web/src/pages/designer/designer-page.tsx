import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { inLanguage } from '../../api-client.js'
import type { PageProps } from '../../page-route.js'
import { Link, navigate } from '../../router.js'
import { useSession } from '../../session.js'
import { createSpecification, listSpecifications, type SpecificationVersion } from './api.js'
import { AccessGate, type RoleOrganisation, StatusLabel, useLoad, useRoleAccess } from './shared.js'

/** /design: the designer's micro-credentials in each organisation, and starting a new one. */
export function DesignerPage(_props: PageProps) {
  const { t } = useTranslation()
  const access = useRoleAccess('designer')
  return (
    <AccessGate title={t('designer.list.title')} access={access}>
      {(organisations) => <Specifications organisations={organisations} />}
    </AccessGate>
  )
}

function Specifications({ organisations }: { organisations: RoleOrganisation[] }) {
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
  return (
    <>
      <h1>{t('designer.list.title')}</h1>
      <p className="lead">{t('designer.list.lead')}</p>
      <NewSpecificationForm organisations={organisations} />
      {error !== undefined && <p role="alert">{t('designer.loadFailed')}</p>}
      {data === undefined && error === undefined && <p role="status">{t('designer.loading')}</p>}
      {data?.map(({ organisation, versions }) => (
        <section
          key={organisation.id}
          className="designer-section"
          aria-labelledby={`org-${organisation.slug}`}
        >
          <h2 id={`org-${organisation.slug}`}>{inLanguage(organisation.name, i18n.language)}</h2>
          <VersionTable
            versions={versions}
            hrefOf={(version) => `/design/versions/${version.id}`}
          />
        </section>
      ))}
    </>
  )
}

/** A table of versions: title (a link), version number, status and when last changed. */
export function VersionTable({
  versions,
  hrefOf,
}: {
  versions: SpecificationVersion[]
  hrefOf: (version: SpecificationVersion) => string
}) {
  const { t, i18n } = useTranslation()
  if (versions.length === 0) {
    return <p>{t('designer.list.none')}</p>
  }
  const format = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Helsinki',
  })
  return (
    <section
      className="designer-table-wrap"
      aria-label={t('designer.list.tableLabel')}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
      tabIndex={0}
    >
      <table className="hds-table hds-table--light">
        <thead>
          <tr className="hds-table__header-row">
            <th scope="col">{t('designer.list.name')}</th>
            <th scope="col">{t('designer.list.version')}</th>
            <th scope="col">{t('designer.list.status')}</th>
            <th scope="col">{t('designer.list.updated')}</th>
          </tr>
        </thead>
        <tbody className="hds-table__content">
          {versions.map((version) => (
            <tr key={version.id}>
              <th scope="row">
                <Link href={hrefOf(version)}>
                  {inLanguage(version.content.title ?? {}, i18n.language) || t('designer.untitled')}
                </Link>
              </th>
              <td>{version.versionNumber}</td>
              <td>
                <StatusLabel status={version.status} />
              </td>
              <td>{format.format(new Date(version.updatedAt))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

function NewSpecificationForm({ organisations }: { organisations: RoleOrganisation[] }) {
  const { t, i18n } = useTranslation()
  const { csrfToken } = useSession()
  const id = useId()
  const [slug, setSlug] = useState(organisations[0]?.slug ?? '')
  const [title, setTitle] = useState('')
  const [isMissing, setIsMissing] = useState(false)
  const [failure, setFailure] = useState(false)
  const [isBusy, setIsBusy] = useState(false)
  const language = (['fi', 'sv', 'en'] as const).find((code) => code === i18n.language) ?? 'fi'

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (title.trim() === '') {
      setIsMissing(true)
      document.getElementById(`${id}-title`)?.focus()
      return
    }
    setIsBusy(true)
    setFailure(false)
    try {
      const { version } = await createSpecification(
        slug,
        { title: { [language]: title.trim() }, issuerLocations: [{ country: 'FI' }] },
        csrfToken(),
      )
      navigate(`/design/versions/${version.id}`)
    } catch {
      setFailure(true)
      setIsBusy(false)
    }
  }

  return (
    <section className="designer-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('designer.new.title')}</h2>
      <form className="designer-inline-form" onSubmit={(event) => void onSubmit(event)} noValidate>
        {organisations.length > 1 && (
          <div className="designer-field">
            <label htmlFor={`${id}-org`}>{t('designer.new.organisation')}</label>
            <select id={`${id}-org`} value={slug} onChange={(event) => setSlug(event.target.value)}>
              {organisations.map((organisation) => (
                <option key={organisation.id} value={organisation.slug}>
                  {inLanguage(organisation.name, i18n.language)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className={`hds-text-input${isMissing ? ' hds-text-input--invalid' : ''}`}>
          <label className="hds-text-input__label" htmlFor={`${id}-title`}>
            {t('designer.new.name')}
          </label>
          <div className="hds-text-input__input-wrapper">
            <input
              id={`${id}-title`}
              className="hds-text-input__input"
              value={title}
              aria-invalid={isMissing}
              aria-describedby={isMissing ? `${id}-title-error` : `${id}-title-helper`}
              onChange={(event) => {
                setTitle(event.target.value)
                setIsMissing(false)
              }}
            />
          </div>
          {isMissing ? (
            <span className="hds-text-input__error-text" id={`${id}-title-error`}>
              {t('designer.new.nameMissing')}
            </span>
          ) : (
            <span className="hds-text-input__helper-text" id={`${id}-title-helper`}>
              {t('designer.new.nameHelper')}
            </span>
          )}
        </div>
        {failure && (
          <p role="alert" className="designer-error">
            {t('designer.new.failed')}
          </p>
        )}
        <div>
          <button type="submit" className="hds-button hds-button--primary" disabled={isBusy}>
            <span className="hds-button__label">{t('designer.new.create')}</span>
          </button>
        </div>
      </form>
    </section>
  )
}
