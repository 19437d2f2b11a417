import type { PageRoute } from '../../page-route.js'

/** The learner pages. */
export const learnerRoutes: readonly PageRoute[] = []
