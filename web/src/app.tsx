import {
  type ComponentType,
  type LazyExoticComponent,
  lazy,
  Suspense,
  useEffect,
  useRef,
  useState,
} from 'react'
import { useTranslation } from 'react-i18next'
import { PageErrorBoundary } from './components/page-error-boundary.js'
import { SiteFooter } from './components/site-footer.js'
import { SiteHeader } from './components/site-header.js'
import { matchRoute, type PageProps, type PageRoute } from './page-route.js'
import { PageTitleContext } from './page-title.js'
import { AccountPage } from './pages/account-page.js'
import { adminRoutes } from './pages/admin/routes.js'
import { catalogueRoutes } from './pages/catalogue/routes.js'
import { competenceNeedRoutes } from './pages/co-design/routes.js'
import { workspaceRoutes } from './pages/co-design/workspace-routes.js'
import { designerRoutes } from './pages/designer/routes.js'
import { HomePage } from './pages/home-page.js'
import { learnerRoutes } from './pages/learner/routes.js'
import { shareRoutes } from './pages/learner/share-routes.js'
import { stackRoutes } from './pages/learner/stack-routes.js'
import { studyPathRoutes } from './pages/learner/study-path-routes.js'
import { OidcLinkPage } from './pages/oidc-link-page.js'
import { recognitionRoutes } from './pages/registrar/recognition-routes.js'
import { registrarRoutes } from './pages/registrar/routes.js'
import { reviewerRoutes } from './pages/reviewer/routes.js'
import { SignInPage } from './pages/sign-in-page.js'
import { verificationRoutes } from './pages/verification/routes.js'
import { VerifyEmailPage } from './pages/verify-email-page.js'
import { Link, usePath } from './router.js'
import { SessionProvider, useSession } from './session.js'

/** The shell of every page: a skip link, the header, the page itself and the footer. */
export function App() {
  return (
    <SessionProvider>
      <Shell />
    </SessionProvider>
  )
}

const pages: Record<string, { titleKey: string; Page: () => React.JSX.Element }> = {
  '/': { titleKey: 'home.title', Page: HomePage },
  '/sign-in': { titleKey: 'signIn.title', Page: SignInPage },
  '/sign-in/link': { titleKey: 'oidcLink.title', Page: OidcLinkPage },
  '/account': { titleKey: 'account.title', Page: AccountPage },
  '/verify-email': { titleKey: 'verifyEmail.title', Page: VerifyEmailPage },
}

/** The pages of the features, each loaded when first opened. */
const featureRoutes: readonly PageRoute[] = [
  ...catalogueRoutes,
  ...verificationRoutes,
  ...learnerRoutes,
  ...stackRoutes,
  ...studyPathRoutes,
  ...shareRoutes,
  ...registrarRoutes,
  ...recognitionRoutes,
  ...designerRoutes,
  ...reviewerRoutes,
  ...competenceNeedRoutes,
  ...workspaceRoutes,
  ...adminRoutes,
]

const lazyPages = new Map<PageRoute, LazyExoticComponent<ComponentType<PageProps>>>()

function lazyPageOf(route: PageRoute): LazyExoticComponent<ComponentType<PageProps>> {
  let page = lazyPages.get(route)
  if (page === undefined) {
    page = lazy(route.load)
    lazyPages.set(route, page)
  }
  return page
}

function Shell() {
  const { t } = useTranslation()
  const path = usePath()
  const { notice, setNotice } = useSession()
  const mainRef = useRef<HTMLElement>(null)
  const previousPath = useRef(path)
  const [pageTitle, setPageTitle] = useState<string | undefined>(undefined)
  const page = pages[path]
  const matched = page === undefined ? matchRoute(featureRoutes, path) : undefined
  const titleKey = page?.titleKey ?? matched?.route.titleKey ?? 'notFound.title'
  const FeaturePage = matched === undefined ? undefined : lazyPageOf(matched.route)

  useEffect(() => {
    document.title = `${pageTitle ?? t(titleKey)} – Osaamo`
  }, [pageTitle, titleKey, t])

  // After moving to another page, start the reader (and a screen reader) at its content.
  useEffect(() => {
    if (previousPath.current !== path) {
      previousPath.current = path
      if (notice !== undefined && notice.path !== path) {
        setNotice(undefined)
      }
      window.scrollTo(0, 0)
      if (!mainRef.current?.contains(document.activeElement)) {
        mainRef.current?.focus()
      }
    }
  }, [path, notice, setNotice])

  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1} ref={mainRef}>
        <div role="status" className="live-region">
          {notice !== undefined && notice.path === path && (
            <p className="notice">
              {notice.count === undefined ? t(notice.key) : t(notice.key, { count: notice.count })}
            </p>
          )}
        </div>
        <PageTitleContext.Provider value={setPageTitle}>
          <PageErrorBoundary key={path}>
            {page !== undefined ? (
              <page.Page />
            ) : FeaturePage !== undefined && matched !== undefined ? (
              <Suspense fallback={<p className="loading">{t('loading')}</p>}>
                <FeaturePage params={matched.params} />
              </Suspense>
            ) : (
              <NotFound />
            )}
          </PageErrorBoundary>
        </PageTitleContext.Provider>
      </main>
      <SiteFooter />
    </>
  )
}

function NotFound() {
  const { t } = useTranslation()
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <Link href="/">{t('notFound.home')}</Link>
      </p>
    </>
  )
}
