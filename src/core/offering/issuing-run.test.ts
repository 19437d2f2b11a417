import { describe, expect, it } from 'vitest'
import { issuingBatchSize, largestIssuingBatchSize, nextIssuingBatchSize } from './issuing-run.js'

describe('nextIssuingBatchSize', () => {
  it('doubles batches from the first up to 1,000 on a database server', () => {
    const sizes = [issuingBatchSize]
    while (sizes.length < 8) {
      sizes.push(nextIssuingBatchSize(sizes.at(-1) ?? 0, 'server'))
    }
    expect(sizes).toEqual([50, 100, 200, 400, 800, 1000, 1000, 1000])
    expect(largestIssuingBatchSize.server).toBe(1000)
  })

  it('keeps batches at the first size on the embedded database', () => {
    expect(nextIssuingBatchSize(issuingBatchSize, 'embedded')).toBe(issuingBatchSize)
  })
})
