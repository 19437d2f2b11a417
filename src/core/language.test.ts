import { describe, expect, it } from 'vitest'
import { pickLanguage } from './language.js'

describe('pickLanguage', () => {
  it('returns the text in the preferred language', () => {
    expect(pickLanguage({ fi: 'Hei', sv: 'Hej', en: 'Hello' }, 'sv')).toBe('Hej')
  })

  it('falls back to Finnish, then English, then Swedish', () => {
    expect(pickLanguage({ sv: 'Hej', en: 'Hello' }, 'fi')).toBe('Hello')
    expect(pickLanguage({ sv: 'Hej' }, 'en')).toBe('Hej')
    expect(pickLanguage({ fi: 'Hei', en: 'Hello' }, 'sv')).toBe('Hei')
  })

  it('skips blank texts and returns undefined for an empty map', () => {
    expect(pickLanguage({ fi: '  ', en: 'Hello' }, 'fi')).toBe('Hello')
    expect(pickLanguage({}, 'fi')).toBeUndefined()
  })
})
