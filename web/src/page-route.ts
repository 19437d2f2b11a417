import type { ComponentType } from 'react'

/** What a page gets from its path: the values of its `:name` segments. */
export type PageProps = { readonly params: Readonly<Record<string, string>> }

/**
 * One page of the app: a path pattern (`/catalogue/:specificationId`), the translation key of its
 * title, and its module, loaded when the page is first opened so that a first visit downloads only
 * what it shows.
 */
export type PageRoute = {
  readonly pattern: string
  readonly titleKey: string
  readonly load: () => Promise<{ default: ComponentType<PageProps> }>
}

/** The route whose pattern matches the path, with its parameters; undefined when none does. */
export function matchRoute(
  routes: readonly PageRoute[],
  path: string,
): { route: PageRoute; params: Record<string, string> } | undefined {
  const parts = path.split('/').filter((part) => part !== '')
  for (const route of routes) {
    const patternParts = route.pattern.split('/').filter((part) => part !== '')
    if (patternParts.length !== parts.length) {
      continue
    }
    const params: Record<string, string> = {}
    const isMatch = patternParts.every((patternPart, index) => {
      const part = parts[index] ?? ''
      if (patternPart.startsWith(':')) {
        try {
          params[patternPart.slice(1)] = decodeURIComponent(part)
        } catch {
          return false
        }
        return true
      }
      return patternPart === part
    })
    if (isMatch) {
      return { route, params }
    }
  }
  return undefined
}
