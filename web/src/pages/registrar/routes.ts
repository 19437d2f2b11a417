import type { PageRoute } from '../../page-route.js'

/**
 * The registrar pages: offerings, and one offering from enrolment to issued credentials (named
 * exports: Biome forbids default ones).
 */
export const registrarRoutes: readonly PageRoute[] = [
  {
    pattern: '/registrar',
    titleKey: 'registrar.offerings.title',
    load: () => import('./offerings-page.js').then((page) => ({ default: page.OfferingsPage })),
  },
  {
    pattern: '/registrar/offerings/:offeringId',
    titleKey: 'registrar.offering.title',
    load: () => import('./offering-page.js').then((page) => ({ default: page.OfferingPage })),
  },
]
