import type { PageRoute } from '../../page-route.js'

/** The pages of reflecting and sharing: the learner's shares, counselling and the public share page. */
export const shareRoutes: readonly PageRoute[] = [
  {
    pattern: '/my/portfolio/shares',
    titleKey: 'portfolio-sharing.shares.title',
    load: () => import('./shares-page.js').then((page) => ({ default: page.SharesPage })),
  },
  {
    pattern: '/counselling',
    titleKey: 'portfolio-sharing.counselling.title',
    load: () =>
      import('./counselling-page.js').then((page) => ({ default: page.CounsellingListPage })),
  },
  {
    pattern: '/counselling/:id',
    titleKey: 'portfolio-sharing.counselling.title',
    load: () => import('./counselling-page.js').then((page) => ({ default: page.CounsellingPage })),
  },
  {
    pattern: '/shares/:token',
    titleKey: 'portfolio-sharing.share.title',
    load: () => import('./share-page.js').then((page) => ({ default: page.SharePage })),
  },
]
