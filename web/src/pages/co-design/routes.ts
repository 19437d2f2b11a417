import type { PageRoute } from '../../page-route.js'

/** Co-design with working life: competence needs, their matches and the insight. */
export const competenceNeedRoutes: readonly PageRoute[] = [
  {
    pattern: '/co-design/needs',
    titleKey: 'competence-needs.list.title',
    load: () => import('./needs-page.js').then((page) => ({ default: page.NeedsPage })),
  },
  {
    pattern: '/co-design/needs/new',
    titleKey: 'competence-needs.post.title',
    load: () => import('./post-need-page.js').then((page) => ({ default: page.PostNeedPage })),
  },
  {
    pattern: '/co-design/needs/:needId',
    titleKey: 'competence-needs.matches.title',
    load: () =>
      import('./need-matches-page.js').then((page) => ({ default: page.NeedMatchesPage })),
  },
  {
    pattern: '/co-design/insight',
    titleKey: 'competence-needs.insight.title',
    load: () => import('./insight-page.js').then((page) => ({ default: page.InsightPage })),
  },
]
