import { LanguageSwitch } from './language-switch.js'

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="brand" href="/">
        Osaamo
      </a>
      <LanguageSwitch />
    </header>
  )
}
