import type { PageRoute } from '../../page-route.js'

/** The catalogue pages: the search, and a micro-credential's own page. */
export const catalogueRoutes: readonly PageRoute[] = [
  {
    pattern: '/catalogue',
    titleKey: 'catalogue.title',
    load: () => import('./catalogue-page.js').then((module) => ({ default: module.CataloguePage })),
  },
  {
    pattern: '/catalogue/:specificationId',
    titleKey: 'catalogue.pageTitle',
    load: () =>
      import('./specification-page.js').then((module) => ({ default: module.SpecificationPage })),
  },
]
