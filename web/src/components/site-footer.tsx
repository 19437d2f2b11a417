import { useTranslation } from 'react-i18next'

export function SiteFooter() {
  const { t } = useTranslation()
  return (
    <footer className="site-footer">
      <p>{t('footer.openSource')}</p>
      <ul>
        <li>
          <a href="/docs">{t('nav.apiDocs')}</a>
        </li>
        <li>
          <a href="/healthz">{t('footer.health')}</a>
        </li>
      </ul>
    </footer>
  )
}
