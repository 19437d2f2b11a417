import type { PageRoute } from '../../page-route.js'

/** The reviewer pages: the queue, and one version to approve, return or publish. */
export const reviewerRoutes: readonly PageRoute[] = [
  {
    pattern: '/review',
    titleKey: 'reviewer.queue.title',
    load: () => import('./queue-page.js').then((module) => ({ default: module.QueuePage })),
  },
  {
    pattern: '/review/versions/:versionId',
    titleKey: 'reviewer.review.title',
    load: () => import('./review-page.js').then((module) => ({ default: module.ReviewPage })),
  },
]
