import type { PageRoute } from '../../page-route.js'

/** The verification pages (named exports: Biome forbids default ones). */
export const verificationRoutes: readonly PageRoute[] = [
  {
    pattern: '/verify',
    titleKey: 'verification.verify.title',
    load: () => import('./verify-page.js').then((page) => ({ default: page.VerifyPage })),
  },
  {
    pattern: '/verify/:credentialId',
    titleKey: 'verification.credential.title',
    load: () =>
      import('./credential-verification-page.js').then((page) => ({
        default: page.CredentialVerificationPage,
      })),
  },
]
