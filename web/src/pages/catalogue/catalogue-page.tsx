import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { inLanguage } from '../../api-client.js'
import type { PageProps } from '../../page-route.js'
import { usePageTitle } from '../../page-title.js'
import { Link } from '../../router.js'
import {
  type CatalogueItem,
  type CatalogueResults,
  listOrganisations,
  type OrganisationName,
  searchCatalogue,
} from './api.js'
import {
  ectsLabel,
  eqfKeys,
  eqfLabel,
  formKeys,
  iscedKeys,
  languageKeys,
  languageName,
  priceLabel,
  vocabularyLabel,
} from './format.js'
import {
  emptyFilters,
  type FilterName,
  fromQueryString,
  goToSearch,
  pageSize,
  rememberSearch,
  type SearchState,
  toApiParameters,
  useQueryString,
} from './search-state.js'
import './catalogue.css'

type Results =
  | { state: 'loading' }
  | { state: 'failed'; isBadRequest: boolean }
  | { state: 'loaded'; page: CatalogueResults }

type FieldProblem = { field: FilterName; key: string }

const numberPattern = /^\d+([.,]\d+)?$/

/** Checks the number fields before searching, so that each problem shows beside its field. */
function problemsOf(filters: Record<FilterName, string>): FieldProblem[] {
  const problems: FieldProblem[] = []
  const read = (field: FilterName, max: number): number | undefined => {
    const text = filters[field].trim()
    if (text === '') {
      return undefined
    }
    const value = numberPattern.test(text) ? Number(text.replace(',', '.')) : Number.NaN
    if (!Number.isFinite(value) || value > max) {
      problems.push({ field, key: `catalogue.problems.${field}` })
      return undefined
    }
    return value
  }
  const ectsMin = read('ectsMin', 300)
  const ectsMax = read('ectsMax', 300)
  read('priceMax', 1_000_000)
  if (ectsMin !== undefined && ectsMax !== undefined && ectsMin > ectsMax) {
    problems.push({ field: 'ectsMax', key: 'catalogue.problems.ectsOrder' })
  }
  return problems
}

/** Numbers as the API reads them: a decimal point, not a comma. */
function normalised(filters: Record<FilterName, string>): Record<FilterName, string> {
  return {
    ...filters,
    ectsMin: filters.ectsMin.trim().replace(',', '.'),
    ectsMax: filters.ectsMax.trim().replace(',', '.'),
    priceMax: filters.priceMax.trim().replace(',', '.'),
  }
}

/** The public catalogue: search published micro-credentials by words and filters. */
export function CataloguePage(_props: PageProps) {
  const { t, i18n } = useTranslation()
  const queryString = useQueryString()
  const search = fromQueryString(queryString)
  const [words, setWords] = useState(search.q)
  const [filters, setFilters] = useState<Record<FilterName, string>>({ ...search.filters })
  const [problems, setProblems] = useState<FieldProblem[]>([])
  const [results, setResults] = useState<Results>({ state: 'loading' })
  const [organisations, setOrganisations] = useState<OrganisationName[]>([])
  const summaryRef = useRef<HTMLDivElement>(null)
  const resultsHeadingRef = useRef<HTMLHeadingElement>(null)
  const focusResults = useRef(false)

  usePageTitle(search.q.trim() === '' ? undefined : t('catalogue.searchTitle', { q: search.q }))

  // Back, forward and shared addresses: the form shows the search of the address.
  useEffect(() => {
    const state = fromQueryString(queryString)
    rememberSearch(queryString)
    setWords(state.q)
    setFilters({ ...state.filters })
    setProblems([])
  }, [queryString])

  useEffect(() => {
    const controller = new AbortController()
    setResults((previous) => (previous.state === 'loaded' ? previous : { state: 'loading' }))
    searchCatalogue(toApiParameters(fromQueryString(queryString)), controller.signal).then(
      (page) => {
        setResults({ state: 'loaded', page })
        if (focusResults.current) {
          focusResults.current = false
          resultsHeadingRef.current?.focus()
        }
      },
      (error: unknown) => {
        if (!controller.signal.aborted) {
          const status = (error as { status?: number }).status
          setResults({ state: 'failed', isBadRequest: status === 400 })
        }
      },
    )
    return () => controller.abort()
  }, [queryString])

  useEffect(() => {
    const controller = new AbortController()
    listOrganisations(controller.signal).then(setOrganisations, () => undefined)
    return () => controller.abort()
  }, [])

  useEffect(() => {
    if (problems.length > 0) {
      summaryRef.current?.focus()
    }
  }, [problems])

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const found = problemsOf(filters)
    setProblems(found)
    if (found.length === 0) {
      goToSearch({ q: words, filters: normalised(filters), page: 1 })
    }
  }

  const onClear = () => {
    setProblems([])
    goToSearch({ q: words, filters: emptyFilters, page: 1 })
  }

  const goToPage = (page: number) => {
    focusResults.current = true
    goToSearch({ ...search, page })
  }

  const setFilter = (name: FilterName, value: string) =>
    setFilters((previous) => ({ ...previous, [name]: value }))

  const problemOf = (field: FilterName) => problems.find((problem) => problem.field === field)

  return (
    <div className="catalogue">
      <h1>{t('catalogue.title')}</h1>
      <p className="lead">{t('catalogue.lead')}</p>

      {problems.length > 0 && (
        <div
          className="hds-notification hds-notification--error catalogue-error-summary"
          ref={summaryRef}
          tabIndex={-1}
          role="alert"
          aria-labelledby="catalogue-problems-title"
        >
          <div className="hds-notification__content">
            <h2 className="hds-notification__label" id="catalogue-problems-title">
              {t('catalogue.problems.title')}
            </h2>
            <div className="hds-error-summary__body">
              <ul>
                {problems.map((problem) => (
                  <li key={`${problem.field}-${problem.key}`}>
                    <a href={`#catalogue-${problem.field}`}>{t(problem.key)}</a>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </div>
      )}

      <search aria-label={t('catalogue.searchLabel')}>
        <form className="catalogue-search" onSubmit={onSubmit} noValidate>
          <div className="hds-text-input catalogue-words">
            <label className="hds-text-input__label" htmlFor="catalogue-q">
              {t('catalogue.words')}
            </label>
            <div className="hds-text-input__input-wrapper">
              <input
                className="hds-text-input__input"
                id="catalogue-q"
                name="q"
                type="search"
                maxLength={200}
                value={words}
                onChange={(event) => setWords(event.target.value)}
                aria-describedby="catalogue-q-help"
              />
            </div>
            <span className="hds-text-input__helper-text" id="catalogue-q-help">
              {t('catalogue.wordsHelp')}
            </span>
          </div>

          <fieldset className="hds-fieldset catalogue-filters">
            <legend className="hds-fieldset-legend">{t('catalogue.filters')}</legend>
            <div className="catalogue-filter-grid">
              <SelectField
                name="eqf"
                label={t('catalogue.filter.eqf')}
                value={filters.eqf}
                onChange={setFilter}
                anyLabel={t('catalogue.any')}
                options={eqfKeys.map((key) => ({ value: key, label: eqfLabel(t, key) }))}
              />
              <SelectField
                name="form"
                label={t('catalogue.filter.form')}
                value={filters.form}
                onChange={setFilter}
                anyLabel={t('catalogue.any')}
                options={formKeys.map((key) => ({
                  value: key,
                  label: vocabularyLabel(t, 'form', key),
                }))}
              />
              <SelectField
                name="language"
                label={t('catalogue.filter.language')}
                value={filters.language}
                onChange={setFilter}
                anyLabel={t('catalogue.any')}
                options={languageKeys.map((key) => ({ value: key, label: languageNameOf(key) }))}
              />
              <SelectField
                name="organisation"
                label={t('catalogue.filter.organisation')}
                value={filters.organisation}
                onChange={setFilter}
                anyLabel={t('catalogue.any')}
                options={organisationOptions(organisations, filters.organisation, i18n.language)}
              />
              <SelectField
                name="isced"
                label={t('catalogue.filter.isced')}
                value={filters.isced}
                onChange={setFilter}
                anyLabel={t('catalogue.any')}
                options={iscedKeys.map((key) => ({
                  value: key,
                  label: vocabularyLabel(t, 'isced', key),
                }))}
              />
              <NumberField
                name="ectsMin"
                label={t('catalogue.filter.ectsMin')}
                value={filters.ectsMin}
                onChange={setFilter}
                problem={problemOf('ectsMin')}
              />
              <NumberField
                name="ectsMax"
                label={t('catalogue.filter.ectsMax')}
                value={filters.ectsMax}
                onChange={setFilter}
                problem={problemOf('ectsMax')}
              />
              <NumberField
                name="priceMax"
                label={t('catalogue.filter.priceMax')}
                help={t('catalogue.filter.priceMaxHelp')}
                value={filters.priceMax}
                onChange={setFilter}
                problem={problemOf('priceMax')}
              />
            </div>
          </fieldset>

          <div className="catalogue-actions">
            <button className="hds-button hds-button--primary" type="submit">
              <span className="hds-button__label">{t('catalogue.search')}</span>
            </button>
            <button className="hds-button hds-button--secondary" type="button" onClick={onClear}>
              <span className="hds-button__label">{t('catalogue.clearFilters')}</span>
            </button>
          </div>
        </form>
      </search>

      <section className="catalogue-results" aria-labelledby="catalogue-results-title">
        <h2 id="catalogue-results-title" ref={resultsHeadingRef} tabIndex={-1}>
          {t('catalogue.results')}
        </h2>
        <div role="status" className="catalogue-count">
          {results.state === 'loaded' &&
            (results.page.total === 0
              ? t('catalogue.noResults')
              : t('catalogue.resultCount', {
                  count: results.page.total,
                  from: Math.min((search.page - 1) * pageSize + 1, results.page.total),
                  to: Math.min(search.page * pageSize, results.page.total),
                }))}
          {results.state === 'loading' && t('catalogue.searching')}
        </div>
        {results.state === 'failed' && (
          <div className="hds-notification hds-notification--error" role="alert">
            <div className="hds-notification__content">
              <p className="hds-notification__body">
                {results.isBadRequest ? t('catalogue.badSearch') : t('catalogue.failed')}
              </p>
            </div>
          </div>
        )}
        {results.state === 'loaded' && results.page.total === 0 && (
          <p className="catalogue-empty">{t('catalogue.noResultsHelp')}</p>
        )}
        {results.state === 'loaded' && results.page.items.length > 0 && (
          <ul className="catalogue-cards">
            {results.page.items.map((item) => (
              <li key={item.specificationId}>
                <ResultCard item={item} />
              </li>
            ))}
          </ul>
        )}
        {results.state === 'loaded' && results.page.total > pageSize && (
          <Pagination
            state={search}
            total={results.page.total}
            onGo={goToPage}
            label={t('catalogue.pagination')}
          />
        )}
      </section>
    </div>
  )

  function languageNameOf(code: string) {
    return languageName(code, i18n.language)
  }
}

function organisationOptions(
  organisations: OrganisationName[],
  selected: string,
  language: string,
) {
  const options = organisations
    .filter((organisation) => organisation.kind === 'institution')
    .map((organisation) => ({
      value: organisation.slug,
      label: inLanguage(organisation.name, language),
    }))
  // A shared address may name an organisation before the list has arrived.
  if (selected !== '' && !options.some((option) => option.value === selected)) {
    options.push({ value: selected, label: selected })
  }
  return options
}

function SelectField(props: {
  name: FilterName
  label: string
  value: string
  anyLabel: string
  options: { value: string; label: string }[]
  onChange: (name: FilterName, value: string) => void
}) {
  const id = `catalogue-${props.name}`
  return (
    <div className="catalogue-field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        name={props.name}
        value={props.value}
        onChange={(event) => props.onChange(props.name, event.target.value)}
      >
        <option value="">{props.anyLabel}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

function NumberField(props: {
  name: FilterName
  label: string
  help?: string
  value: string
  problem: FieldProblem | undefined
  onChange: (name: FilterName, value: string) => void
}) {
  const { t } = useTranslation()
  const id = `catalogue-${props.name}`
  const describedBy = [
    props.help === undefined ? undefined : `${id}-help`,
    props.problem === undefined ? undefined : `${id}-error`,
  ]
    .filter((value) => value !== undefined)
    .join(' ')
  return (
    <div
      className={`hds-text-input catalogue-field${props.problem === undefined ? '' : ' hds-text-input--invalid'}`}
    >
      <label className="hds-text-input__label" htmlFor={id}>
        {props.label}
      </label>
      <div className="hds-text-input__input-wrapper">
        <input
          className="hds-text-input__input"
          id={id}
          name={props.name}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={props.value}
          onChange={(event) => props.onChange(props.name, event.target.value)}
          aria-invalid={props.problem === undefined ? undefined : true}
          aria-describedby={describedBy === '' ? undefined : describedBy}
        />
      </div>
      {props.help !== undefined && (
        <span className="hds-text-input__helper-text" id={`${id}-help`}>
          {props.help}
        </span>
      )}
      {props.problem !== undefined && (
        <span className="hds-text-input__error-text" id={`${id}-error`}>
          {t(props.problem.key)}
        </span>
      )}
    </div>
  )
}

/** One result: what a learner compares at a glance. */
function ResultCard({ item }: { item: CatalogueItem }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const titleId = useId()
  const title = inLanguage(item.title, language)
  const institutions = item.awardingBodies.map((body) => inLanguage(body.name, language)).join(', ')
  const facts: { label: string; value: ReactNode }[] = [
    {
      label: t('catalogue.fact.ects'),
      value: item.ects === null ? t('catalogue.notGiven') : ectsLabel(t, language, item.ects),
    },
    {
      label: t('catalogue.fact.eqf'),
      value: item.eqfLevel === null ? t('catalogue.notGiven') : eqfLabel(t, item.eqfLevel),
    },
    {
      label: t('catalogue.fact.form'),
      value:
        item.formsOfParticipation.length === 0
          ? t('catalogue.notGiven')
          : item.formsOfParticipation.map((key) => vocabularyLabel(t, 'form', key)).join(', '),
    },
    {
      label: t('catalogue.fact.language'),
      value:
        item.languages.length === 0
          ? t('catalogue.notGiven')
          : item.languages.map((code) => languageName(code, language)).join(', '),
    },
    { label: t('catalogue.fact.price'), value: priceLabel(t, language, item.price) },
  ]
  return (
    <article className="hds-card hds-card--border catalogue-card" aria-labelledby={titleId}>
      <div className="hds-card__body">
        <h3 id={titleId} className="catalogue-card-title">
          <Link href={`/catalogue/${item.specificationId}`}>{title}</Link>
        </h3>
        {institutions !== '' && <p className="catalogue-card-institution">{institutions}</p>}
        <dl className="catalogue-facts">
          {facts.map((fact) => (
            <div key={fact.label}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
        <p className="hds-card__text catalogue-card-summary">
          {inLanguage(item.summary, language)}
        </p>
      </div>
    </article>
  )
}

/** Previous, numbered and next pages, as links so that each page has its own address. */
function Pagination(props: {
  state: SearchState
  total: number
  label: string
  onGo: (page: number) => void
}) {
  const { t } = useTranslation()
  const pageCount = Math.ceil(props.total / pageSize)
  const current = Math.min(props.state.page, pageCount)
  const pages = visiblePages(current, pageCount)
  const hrefOf = (page: number) => {
    const parameters = new URLSearchParams(window.location.search)
    if (page > 1) {
      parameters.set('page', String(page))
    } else {
      parameters.delete('page')
    }
    const text = parameters.toString()
    return `/catalogue${text === '' ? '' : `?${text}`}`
  }
  const onClick = (page: number) => (event: React.MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return
    }
    event.preventDefault()
    props.onGo(page)
  }
  return (
    <nav className="catalogue-pagination" aria-label={props.label}>
      {current > 1 && (
        <a
          className="catalogue-page-step"
          href={hrefOf(current - 1)}
          onClick={onClick(current - 1)}
        >
          {t('catalogue.previousPage')}
        </a>
      )}
      <ul className="hds-pagination__pages">
        {pages.map((page, index) =>
          page === undefined ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: gaps have no identity of their own
            <li key={`gap-${index}`} className="hds-pagination__item-ellipsis" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={page}>
              <a
                className={`hds-pagination__item-link${page === current ? ' hds-pagination__item-link--active' : ''}`}
                href={hrefOf(page)}
                onClick={onClick(page)}
                aria-current={page === current ? 'page' : undefined}
                aria-label={t('catalogue.pageNumber', { page })}
              >
                {page}
              </a>
            </li>
          ),
        )}
      </ul>
      {current < pageCount && (
        <a
          className="catalogue-page-step"
          href={hrefOf(current + 1)}
          onClick={onClick(current + 1)}
        >
          {t('catalogue.nextPage')}
        </a>
      )}
    </nav>
  )
}

/** The first, last and neighbouring pages, with undefined for a gap. */
function visiblePages(current: number, count: number): (number | undefined)[] {
  const wanted = new Set([1, count, current - 1, current, current + 1])
  const pages: (number | undefined)[] = []
  for (let page = 1; page <= count; page += 1) {
    if (wanted.has(page)) {
      if (pages.length > 0 && pages[pages.length - 1] !== page - 1) {
        pages.push(undefined)
      }
      pages.push(page)
    }
  }
  return pages
}
