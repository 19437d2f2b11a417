import type { PageRoute } from '../../page-route.js'

/** The designer pages: the designer's micro-credentials, and the editor of one version. */
export const designerRoutes: readonly PageRoute[] = [
  {
    pattern: '/design',
    titleKey: 'designer.list.title',
    load: () => import('./designer-page.js').then((module) => ({ default: module.DesignerPage })),
  },
  {
    pattern: '/design/versions/:versionId',
    titleKey: 'designer.editor.title',
    load: () => import('./editor-page.js').then((module) => ({ default: module.EditorPage })),
  },
]
