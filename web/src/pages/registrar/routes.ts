import type { PageRoute } from '../../page-route.js'

/** The registrar pages. */
export const registrarRoutes: readonly PageRoute[] = []
