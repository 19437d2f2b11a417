import { useTranslation } from 'react-i18next'
import { changeLanguage, type WebLanguage, webLanguages } from '../i18n.js'

/** Each language is named in itself, so that a reader finds theirs whatever is shown now. */
const languageNames: Record<WebLanguage, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' }

export function LanguageSwitch() {
  const { t, i18n } = useTranslation()
  return (
    <nav className="language-switch" aria-label={t('languageSwitch')}>
      <ul>
        {webLanguages.map((language) => (
          <li key={language}>
            <button
              type="button"
              lang={language}
              aria-current={i18n.language === language ? 'true' : undefined}
              onClick={() => void changeLanguage(language)}
            >
              {languageNames[language]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}
