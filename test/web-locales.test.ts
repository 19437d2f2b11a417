import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

type Catalogue = { [key: string]: string | Catalogue }

function keysOf(catalogue: Catalogue, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  )
}

function valuesOf(catalogue: Catalogue): string[] {
  return Object.values(catalogue).flatMap((value) =>
    typeof value === 'string' ? [value] : valuesOf(value),
  )
}

const localesFolder = new URL('../web/src/locales/', import.meta.url)
const readCatalogue = (path: string) =>
  JSON.parse(readFileSync(new URL(path, localesFolder), 'utf8')) as Catalogue

/** Each feature's catalogue sits under its feature's key, as web/src/i18n.ts merges them. */
const features = readdirSync(localesFolder, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

const catalogues = Object.fromEntries(
  ['fi', 'sv', 'en'].map((language) => [
    language,
    {
      ...readCatalogue(`${language}.json`),
      ...Object.fromEntries(
        features.map((feature) => [feature, readCatalogue(`${feature}/${language}.json`)]),
      ),
    } as Catalogue,
  ]),
)

describe('the web app translation catalogues', () => {
  it('finds the feature catalogues, none shadowing a base key', () => {
    expect(features).toEqual(expect.arrayContaining(['catalogue', 'verification']))
    const base = readCatalogue('fi.json')
    expect(features.filter((feature) => feature in base)).toEqual([])
  })

  it.each(['sv', 'en'])('has every Finnish key in %s, and no extra one', (language) => {
    expect(keysOf(catalogues[language] ?? {}).sort()).toEqual(keysOf(catalogues.fi ?? {}).sort())
  })

  it.each(['fi', 'sv', 'en'])('has no empty text in %s', (language) => {
    expect(valuesOf(catalogues[language] ?? {}).filter((text) => text.trim() === '')).toEqual([])
  })
})
