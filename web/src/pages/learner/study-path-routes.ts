import type { PageRoute } from '../../page-route.js'

/** The learner's "Plan my path". */
export const studyPathRoutes: readonly PageRoute[] = [
  {
    pattern: '/my/study-path',
    titleKey: 'study-paths.title',
    load: () => import('./study-path-page.js').then((page) => ({ default: page.StudyPathPage })),
  },
]
