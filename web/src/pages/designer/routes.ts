import type { PageRoute } from '../../page-route.js'

/** The designer pages. */
export const designerRoutes: readonly PageRoute[] = []
