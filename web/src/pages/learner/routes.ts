import type { PageRoute } from '../../page-route.js'

/** The learner pages (named exports: Biome forbids default ones). */
export const learnerRoutes: readonly PageRoute[] = [
  {
    pattern: '/claim/:token',
    titleKey: 'learner.claim.title',
    load: () => import('./claim-page.js').then((page) => ({ default: page.ClaimPage })),
  },
  {
    pattern: '/my/credentials',
    titleKey: 'learner.list.title',
    load: () =>
      import('./my-credentials-page.js').then((page) => ({ default: page.MyCredentialsPage })),
  },
  {
    pattern: '/my/credentials/:credentialId',
    titleKey: 'learner.detail.title',
    load: () =>
      import('./my-credential-page.js').then((page) => ({ default: page.MyCredentialPage })),
  },
  {
    pattern: '/my/portfolio/import',
    titleKey: 'learner.import.title',
    load: () =>
      import('./import-credential-page.js').then((page) => ({
        default: page.ImportCredentialPage,
      })),
  },
  {
    pattern: '/my/portfolio/imports/:id',
    titleKey: 'learner.imported.title',
    load: () =>
      import('./imported-credential-page.js').then((page) => ({
        default: page.ImportedCredentialPage,
      })),
  },
]
