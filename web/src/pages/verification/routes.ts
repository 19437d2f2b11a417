import type { PageRoute } from '../../page-route.js'

/** The verification pages. */
export const verificationRoutes: readonly PageRoute[] = []
