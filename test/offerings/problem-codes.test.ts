import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { offeringProblemCodes } from '../../src/core/index.js'

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')

const catalogues = Object.fromEntries(
  (['fi', 'sv', 'en'] as const).map((language) => [
    language,
    (
      JSON.parse(read(`web/src/locales/registrar/${language}.json`)) as {
        problems: Record<string, string>
      }
    ).problems,
  ]),
)

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1])

describe('the problem codes of offerings, imports and results', () => {
  it('are all documented in docs/errors.md, and no stale one', () => {
    // The section runs to the next heading (other features document their own codes after it).
    const section =
      (read('docs/errors.md').split('## Problem codes')[1] ?? '').split(/^## /m)[0] ?? ''
    const documented = [...section.matchAll(/^\|\s*`([a-z0-9-]+)`\s*\|/gm)].map((row) => row[1])
    expect([...documented].sort()).toEqual([...offeringProblemCodes].sort())
  })

  it.each(['fi', 'sv', 'en'])('are each worded in the web app’s %s catalogue', (language) => {
    expect(Object.keys(catalogues[language] ?? {}).sort()).toEqual([...offeringProblemCodes].sort())
  })

  it('fill in the same values in every language', () => {
    for (const code of offeringProblemCodes) {
      const english = placeholders(catalogues.en?.[code] ?? '').sort()
      expect({ code, fi: placeholders(catalogues.fi?.[code] ?? '').sort() }).toEqual({
        code,
        fi: english,
      })
      expect({ code, sv: placeholders(catalogues.sv?.[code] ?? '').sort() }).toEqual({
        code,
        sv: english,
      })
    }
  })
})
