import type { PageRoute } from '../../page-route.js'

/** The pages of stacks: the learner's progress and claim, and the institution's definitions. */
export const stackRoutes: readonly PageRoute[] = [
  {
    pattern: '/my/stacks',
    titleKey: 'stacks.list.title',
    load: () => import('./my-stacks-page.js').then((page) => ({ default: page.MyStacksPage })),
  },
  {
    pattern: '/my/stacks/:stackId',
    titleKey: 'stacks.detail.title',
    load: () =>
      import('./stack-progress-page.js').then((page) => ({ default: page.StackProgressPage })),
  },
  {
    pattern: '/design/stacks',
    titleKey: 'stacks.design.title',
    load: () =>
      import('../designer/stack-design-page.js').then((page) => ({
        default: page.StackDesignPage,
      })),
  },
]
