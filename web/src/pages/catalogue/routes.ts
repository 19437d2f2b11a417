import type { PageRoute } from '../../page-route.js'

/** The catalogue pages. */
export const catalogueRoutes: readonly PageRoute[] = []
