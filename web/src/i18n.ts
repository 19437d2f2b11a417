import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import en from './locales/en.json'
import fi from './locales/fi.json'
import sv from './locales/sv.json'

type Catalogue = { [key: string]: string | Catalogue }

// Each feature keeps its texts in locales/<feature>/<language>.json, under the key <feature>, so
// that features are translated (and edited) apart. All are bundled: they are small.
const featureCatalogues = import.meta.glob<Catalogue>('./locales/*/*.json', {
  eager: true,
  import: 'default',
})

/** The base catalogue of a language with every feature's catalogue under its feature's key. */
function catalogueOf(language: string, base: Catalogue): Catalogue {
  const merged: Catalogue = { ...base }
  for (const [path, catalogue] of Object.entries(featureCatalogues)) {
    const match = /^\.\/locales\/([a-z-]+)\/([a-z]+)\.json$/.exec(path)
    if (match?.[2] === language && match[1] !== undefined) {
      merged[match[1]] = catalogue
    }
  }
  return merged
}

export const webLanguages = ['fi', 'sv', 'en'] as const
export type WebLanguage = (typeof webLanguages)[number]

const storageKey = 'osaamo.language'

function isWebLanguage(value: string | null | undefined): value is WebLanguage {
  return (webLanguages as readonly (string | null | undefined)[]).includes(value)
}

/** The reader's language: the one they chose before, else their browser's, else Finnish. */
export function initialLanguage(): WebLanguage {
  const stored = window.localStorage.getItem(storageKey)
  const candidates = [stored, ...navigator.languages.map((tag) => tag.slice(0, 2))]
  return candidates.find((candidate) => isWebLanguage(candidate)) ?? 'fi'
}

/** Switches the interface language, remembers it and keeps <html lang> right for screen readers. */
export async function changeLanguage(language: WebLanguage): Promise<void> {
  window.localStorage.setItem(storageKey, language)
  await i18next.changeLanguage(language)
}

i18next.on('languageChanged', (language) => {
  document.documentElement.lang = language
})

await i18next.use(initReactI18next).init({
  resources: {
    fi: { translation: catalogueOf('fi', fi) },
    sv: { translation: catalogueOf('sv', sv) },
    en: { translation: catalogueOf('en', en) },
  },
  lng: initialLanguage(),
  fallbackLng: ['fi', 'en'],
  interpolation: { escapeValue: false },
  returnNull: false,
})
document.documentElement.lang = i18next.language
