import { describe, expect, it } from 'vitest'

describe('the runtime', () => {
  it('is Node.js 24, brought in by the node devDependency', () => {
    expect(process.versions.node.split('.')[0]).toBe('24')
  })
})
