import type { PageRoute } from '../../page-route.js'

/** The admin pages. */
export const adminRoutes: readonly PageRoute[] = []
