import { describe, expect, it } from 'vitest'
import type { CredentialReference } from './credential-reference.js'
import { reflectionProblems } from './reflection.js'
import { shareExpiryOf, shareProblems, shareStateOf } from './share.js'

const now = new Date('2026-11-28T10:00:00Z')
const held: CredentialReference[] = [{ kind: 'issued', id: 'a' }]

describe('shares', () => {
  it('end at the end of their last day in Helsinki, in winter and in summer time', () => {
    expect(shareExpiryOf('2026-12-31').toISOString()).toBe('2026-12-31T22:00:00.000Z')
    expect(shareExpiryOf('2027-06-30').toISOString()).toBe('2027-06-30T21:00:00.000Z')
    // The day summer time starts: midnight after it is already UTC+3.
    expect(shareExpiryOf('2027-03-28').toISOString()).toBe('2027-03-28T21:00:00.000Z')
  })

  it('are withdrawn before they are expired', () => {
    const expiresAt = new Date('2026-11-28T22:00:00Z')
    expect(shareStateOf({ expiresAt, withdrawnAt: undefined }, now)).toBe('active')
    expect(shareStateOf({ expiresAt, withdrawnAt: undefined }, expiresAt)).toBe('expired')
    expect(shareStateOf({ expiresAt: now, withdrawnAt: now }, expiresAt)).toBe('withdrawn')
  })

  it('take a last day from today to a year ahead, of credentials held', () => {
    expect(shareProblems({ credentials: held, expiresOn: '2026-11-28' }, held, now)).toEqual([])
    expect(shareProblems({ credentials: held, expiresOn: '2027-11-28' }, held, now)).toEqual([])
    const codes = (expiresOn: string, credentials: CredentialReference[] = held) =>
      shareProblems({ credentials, expiresOn }, held, now).map((problem) => problem.code)
    expect(codes('2026-11-27')).toEqual(['past'])
    expect(codes('2027-11-30')).toEqual(['too-far'])
    expect(codes('2026-13-01')).toEqual(['invalid'])
    expect(codes('2026-12-01', [{ kind: 'imported', id: 'a' }])).toEqual(['unknown'])
    expect(codes('2026-12-01', [])).toEqual(['required'])
  })
})

describe('reflections', () => {
  it('report every problem of their fields at once', () => {
    expect(
      reflectionProblems(
        { text: 'x'.repeat(5001), reflectedOn: '2026-11-29', evidenceUrl: 'ftp://a' },
        '2026-11-28',
      ).map((problem) => `${problem.path}:${problem.code}`),
    ).toEqual(['text:too-long', 'date:future', 'evidenceUrl:invalid'])
    expect(
      reflectionProblems(
        { text: 'Hyvä', reflectedOn: '2026-11-28', evidenceUrl: '' },
        '2026-11-28',
      ),
    ).toEqual([])
  })
})
