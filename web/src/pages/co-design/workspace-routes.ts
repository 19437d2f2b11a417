import type { PageRoute } from '../../page-route.js'

/** The shared design workspaces of drafts: the list, and one workspace. */
export const workspaceRoutes: readonly PageRoute[] = [
  {
    pattern: '/co-design/workspaces',
    titleKey: 'workspace.list.title',
    load: () => import('./workspaces-page.js').then((page) => ({ default: page.WorkspacesPage })),
  },
  {
    pattern: '/co-design/workspaces/:versionId',
    titleKey: 'workspace.page.title',
    load: () => import('./workspace-page.js').then((page) => ({ default: page.WorkspacePage })),
  },
]
