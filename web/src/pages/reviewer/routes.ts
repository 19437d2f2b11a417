import type { PageRoute } from '../../page-route.js'

/** The reviewer pages. */
export const reviewerRoutes: readonly PageRoute[] = []
