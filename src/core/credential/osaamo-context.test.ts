import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { osaamoContext, osaamoVocabularyUrl } from './osaamo-context.js'

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

describe('osaamoContext', () => {
  it('is v1 exactly as pinned: a change to a published context is a new version (docs/decisions/0013)', () => {
    expect(sha256Hex(JSON.stringify(osaamoContext))).toBe(
      'd3dedda9647da74129dcf5f6045ac90011c9124f7e742fbe5288d8878de88f34',
    )
  })

  it('protects its terms and puts each under Osaamo’s vocabulary by its own name', () => {
    const { '@protected': isProtected, osaamo, ...terms } = osaamoContext['@context']
    expect(isProtected).toBe(true)
    expect(osaamo).toBe(osaamoVocabularyUrl)
    for (const [name, definition] of Object.entries(terms)) {
      expect(definition['@id'], name).toBe(`osaamo:${name}`)
    }
  })
})
