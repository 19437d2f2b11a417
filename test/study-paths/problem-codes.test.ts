import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { studyPathProblemCodes } from '../../src/core/index.js'

describe('the problem codes of study path requests', () => {
  it('are all documented in docs/errors.md, and no stale one', () => {
    const errors = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8')
    const section = errors.split('## Study path problem codes')[1]?.split('\n## ')[0] ?? ''
    const documented = [...section.matchAll(/^\|\s*`([a-z0-9-]+)`\s*\|/gm)].map((row) => row[1])
    expect([...documented].sort()).toEqual([...studyPathProblemCodes].sort())
  })
})
