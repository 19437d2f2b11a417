import { useSyncExternalStore } from 'react'
import { navigate } from '../../router.js'

/** Results on one page of the catalogue. */
export const pageSize = 10

/** The filters a search may have; their names are the API's parameter names (GET /api/catalogue). */
export const filterNames = [
  'eqf',
  'form',
  'language',
  'organisation',
  'isced',
  'ectsMin',
  'ectsMax',
  'priceMax',
] as const

export type FilterName = (typeof filterNames)[number]

/** A search as the page's address holds it: words, filters and a page number from 1. */
export type SearchState = {
  readonly q: string
  readonly filters: Readonly<Record<FilterName, string>>
  readonly page: number
}

export const emptyFilters: Record<FilterName, string> = {
  eqf: '',
  form: '',
  language: '',
  organisation: '',
  isced: '',
  ectsMin: '',
  ectsMax: '',
  priceMax: '',
}

/** Reads a search from an address's query string (`?q=python&form=online&page=2`). */
export function fromQueryString(search: string): SearchState {
  const parameters = new URLSearchParams(search)
  const filters = { ...emptyFilters }
  for (const name of filterNames) {
    filters[name] = parameters.get(name)?.trim() ?? ''
  }
  const page = Number(parameters.get('page'))
  return {
    q: parameters.get('q') ?? '',
    filters,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  }
}

/** The query string of a search, without empty values, so that shared addresses stay short. */
export function toQueryString(state: SearchState): string {
  const parameters = new URLSearchParams()
  if (state.q.trim() !== '') {
    parameters.set('q', state.q.trim())
  }
  for (const name of filterNames) {
    if (state.filters[name].trim() !== '') {
      parameters.set(name, state.filters[name].trim())
    }
  }
  if (state.page > 1) {
    parameters.set('page', String(state.page))
  }
  const text = parameters.toString()
  return text === '' ? '' : `?${text}`
}

/** The API's parameters for a search: the page becomes a limit and an offset. */
export function toApiParameters(state: SearchState): URLSearchParams {
  const parameters = new URLSearchParams(toQueryString({ ...state, page: 1 }))
  parameters.set('limit', String(pageSize))
  parameters.set('offset', String((state.page - 1) * pageSize))
  return parameters
}

// The router tells only of path changes; a search changes the query string on the same path.
const searchChanged = 'osaamo:catalogue-search'

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener)
  window.addEventListener(searchChanged, listener)
  return () => {
    window.removeEventListener('popstate', listener)
    window.removeEventListener(searchChanged, listener)
  }
}

/** The query string of the address now; re-renders on back, forward and new searches. */
export function useQueryString(): string {
  return useSyncExternalStore(subscribe, () => window.location.search)
}

/** Shows a search's results under a new address (a history entry, so Back returns to it). */
export function goToSearch(state: SearchState): void {
  navigate(`/catalogue${toQueryString(state)}`)
  window.dispatchEvent(new Event(searchChanged))
}

let lastQueryString = ''

/** Remembers the search shown, so that a micro-credential's page can lead back to it. */
export function rememberSearch(queryString: string): void {
  lastQueryString = queryString
}

/** The address of the last search shown in this tab, or of the catalogue. */
export function lastSearchHref(): string {
  return `/catalogue${lastQueryString}`
}
