import { type FormEvent, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { getJson, inLanguage, type OrganisationSummary } from '../api-client.js'
import { Link, navigate } from '../router.js'

type Load<T> = { state: 'loading' } | { state: 'failed' } | { state: 'loaded'; value: T }

export function HomePage() {
  const { t } = useTranslation()
  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
        <CatalogueSearch />
      </section>
      <section aria-labelledby="audiences-title">
        <h2 id="audiences-title">{t('home.audiences')}</h2>
        <ul className="cards">
          {audiences.map(({ audience, href }) => (
            <li key={audience} className="card">
              <h3>{t(`home.${audience}Title`)}</h3>
              <p>{t(`home.${audience}Text`)}</p>
              <p>
                <Link href={href}>{t(`home.${audience}Link`)}</Link>
              </p>
            </li>
          ))}
        </ul>
      </section>
      <OrganisationList />
    </>
  )
}

const audiences = [
  { audience: 'learner', href: '/catalogue' },
  { audience: 'institution', href: '/design' },
  { audience: 'employer', href: '/verify' },
] as const

/** Words typed here open the catalogue's search with them, as a shareable address. */
function CatalogueSearch() {
  const { t } = useTranslation()
  const [words, setWords] = useState('')
  const search = (event: FormEvent) => {
    event.preventDefault()
    const query = words.trim()
    navigate(query === '' ? '/catalogue' : `/catalogue?${new URLSearchParams({ q: query })}`)
  }
  return (
    <search className="home-search">
      <form onSubmit={search}>
        <label htmlFor="home-search-words">{t('home.searchLabel')}</label>
        <div className="home-search-row">
          <input
            id="home-search-words"
            type="search"
            className="hds-text-input__input"
            value={words}
            placeholder={t('home.searchPlaceholder')}
            onChange={(event) => setWords(event.target.value)}
          />
          <button type="submit" className="hds-button hds-button--primary">
            <span className="hds-button__label">{t('home.searchButton')}</span>
          </button>
        </div>
      </form>
    </search>
  )
}

function OrganisationList() {
  const { t, i18n } = useTranslation()
  const [organisations, setOrganisations] = useState<Load<OrganisationSummary[]>>({
    state: 'loading',
  })

  useEffect(() => {
    const controller = new AbortController()
    getJson<{ items: OrganisationSummary[] }>('/api/organisations', controller.signal).then(
      (body) => setOrganisations({ state: 'loaded', value: body.items }),
      () => {
        if (!controller.signal.aborted) {
          setOrganisations({ state: 'failed' })
        }
      },
    )
    return () => controller.abort()
  }, [])

  return (
    <section aria-labelledby="organisations-title" aria-busy={organisations.state === 'loading'}>
      <h2 id="organisations-title">{t('home.organisations')}</h2>
      {organisations.state === 'loading' && <p>{t('home.organisationsLoading')}</p>}
      {organisations.state === 'failed' && <p role="alert">{t('home.organisationsFailed')}</p>}
      {organisations.state === 'loaded' && organisations.value.length === 0 && (
        <p>{t('home.organisationsEmpty')}</p>
      )}
      {organisations.state === 'loaded' && organisations.value.length > 0 && (
        <ul className="organisations">
          {organisations.value.map((organisation) => (
            <li key={organisation.id}>
              <span className="organisation-name">
                {inLanguage(organisation.name, i18n.language)}
              </span>
              <span className="organisation-kind">{t(`home.${organisation.kind}`)}</span>
              {organisation.region !== null && (
                <span className="organisation-region">{organisation.region}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
