import { useTranslation } from 'react-i18next'
import { SiteFooter } from './components/site-footer.js'
import { SiteHeader } from './components/site-header.js'
import { HomePage } from './pages/home-page.js'

/** The shell of every page: a skip link, the header, the page itself and the footer. */
export function App() {
  const { t } = useTranslation()
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <HomePage />
      </main>
      <SiteFooter />
    </>
  )
}
