import { describe, expect, it } from 'vitest'
import { formatProgressBar } from './progress-bar.js'

describe('formatProgressBar', () => {
  it('shows the share done, the counts, the rate and the time left', () => {
    expect(
      formatProgressBar({
        done: 80,
        total: 200,
        percent: 40,
        ratePerSecond: 78.14,
        secondsLeft: 2,
      }),
    ).toBe('[██████████░░░░░░░░░░░░░░]   40%  80/200  78.1/s  about 2 s left')
  })

  it('leaves out what is not known yet, and says minutes and hours for long runs', () => {
    expect(
      formatProgressBar({
        done: 0,
        total: 10,
        percent: 0,
        ratePerSecond: undefined,
        secondsLeft: undefined,
      }),
    ).toBe('[░░░░░░░░░░░░░░░░░░░░░░░░]    0%  0/10')
    expect(
      formatProgressBar({ done: 1, total: 9000, percent: 0, ratePerSecond: 1, secondsLeft: 8999 }),
    ).toContain('about 2 h 29 min left')
    expect(
      formatProgressBar({ done: 1, total: 100, percent: 1, ratePerSecond: 1, secondsLeft: 99 }),
    ).toContain('about 1 min 39 s left')
  })
})
