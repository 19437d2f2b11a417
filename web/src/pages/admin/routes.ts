import type { PageRoute } from '../../page-route.js'

/**
 * The admin pages: the organisations the reader administers, and one organisation's people and
 * roles, signing keys, API tokens and audit log (named exports: Biome forbids default ones).
 */
export const adminRoutes: readonly PageRoute[] = [
  {
    pattern: '/admin',
    titleKey: 'admin.home.title',
    load: () => import('./admin-page.js').then((page) => ({ default: page.AdminPage })),
  },
  {
    pattern: '/admin/:slug',
    titleKey: 'admin.organisation.title',
    load: () =>
      import('./organisation-page.js').then((page) => ({ default: page.OrganisationPage })),
  },
]
