import { readFileSync } from 'node:fs'
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

const catalogues = Object.fromEntries(
  ['fi', 'sv', 'en'].map((language) => [
    language,
    JSON.parse(
      readFileSync(new URL(`../web/src/locales/${language}.json`, import.meta.url), 'utf8'),
    ) as Catalogue,
  ]),
)

describe('the web app translation catalogues', () => {
  it.each(['sv', 'en'])('has every Finnish key in %s, and no extra one', (language) => {
    expect(keysOf(catalogues[language] ?? {}).sort()).toEqual(keysOf(catalogues.fi ?? {}).sort())
  })

  it.each(['fi', 'sv', 'en'])('has no empty text in %s', (language) => {
    expect(valuesOf(catalogues[language] ?? {}).filter((text) => text.trim() === '')).toEqual([])
  })
})
