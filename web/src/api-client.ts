/** The shapes the web app reads from the API (see docs/openapi.json). */
export type LanguageMap = { fi?: string; sv?: string; en?: string }

export type OrganisationSummary = {
  id: string
  slug: string
  kind: 'institution' | 'partner'
  name: LanguageMap
  country: string
  region: string | null
}

/** GETs a JSON resource of the API; rejects on any non-2xx answer. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, {
    headers: { accept: 'application/json' },
    ...(signal ? { signal } : {}),
  })
  if (!response.ok) {
    throw new Error(`GET ${path} answered ${response.status}`)
  }
  return (await response.json()) as T
}

/** The text in the reader's language, falling back as the server does (fi, en, sv). */
export function inLanguage(text: LanguageMap, language: string): string {
  const order = [language, 'fi', 'en', 'sv'] as const
  for (const candidate of order) {
    const value = text[candidate as keyof LanguageMap]
    if (value) {
      return value
    }
  }
  return ''
}
