import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { contentFingerprint, toCanonicalJsonText } from './content-fingerprint.js'

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

/** The same object with its keys (at every depth) in the reverse order. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(reversed)
  }
  if (value === null || typeof value !== 'object') {
    return value
  }
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .reverse()
      .map(([key, member]) => [key, reversed(member)]),
  )
}

describe('toCanonicalJsonText', () => {
  it('sorts keys and leaves out undefined members', () => {
    expect(toCanonicalJsonText({ b: 1, a: { d: [1, 'x'], c: undefined }, é: true })).toBe(
      '{"a":{"d":[1,"x"]},"b":1,"é":true}',
    )
  })

  it('reads back as the same JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(toCanonicalJsonText(value))).toEqual(JSON.parse(JSON.stringify(value)))
      }),
    )
  })

  it('does not depend on the order keys were stored in', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(toCanonicalJsonText(reversed(value))).toBe(toCanonicalJsonText(value))
      }),
    )
  })
})

describe('contentFingerprint', () => {
  const content = { title: { fi: 'Python', en: 'Python' }, ects: 5, learningOutcomes: [] }

  it('is sha256: and 64 hex digits, the same for the same content in any key order', () => {
    const fingerprint = contentFingerprint(content, sha256Hex)
    expect(fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(contentFingerprint(reversed(content), sha256Hex)).toBe(fingerprint)
  })

  it('changes when any value changes', () => {
    const fingerprint = contentFingerprint(content, sha256Hex)
    expect(contentFingerprint({ ...content, ects: 6 }, sha256Hex)).not.toBe(fingerprint)
    expect(
      contentFingerprint({ ...content, title: { fi: 'Python', en: 'Python 3' } }, sha256Hex),
    ).not.toBe(fingerprint)
  })
})
