import { describe, expect, it } from 'vitest'
import { checkValidityPeriod, parseDateTimeStamp } from './validity-period.js'

const now = new Date('2026-11-28T12:00:00Z')

describe('the validity-period check', () => {
  it('accepts a credential inside its validity period', () => {
    const check = checkValidityPeriod(
      { validFrom: '2026-01-01T00:00:00Z', validUntil: '2030-01-01T00:00:00+02:00' },
      now,
    )
    expect(check).toMatchObject({ id: 'validity-period', outcome: 'ok', code: 'VALID_NOW' })
  })

  it('accepts a credential without any dates', () => {
    expect(checkValidityPeriod({}, now).outcome).toBe('ok')
  })

  it('fails a credential that is not valid yet, naming the date', () => {
    const check = checkValidityPeriod({ validFrom: '2040-01-01T00:00:00Z' }, now)
    expect(check).toMatchObject({ outcome: 'failed', code: 'NOT_YET_VALID' })
    expect(check.message.fi).toBe(
      'Todistus ei ole vielä voimassa (voimassa 2040-01-01T00:00:00Z alkaen).',
    )
  })

  it('fails an expired credential', () => {
    const check = checkValidityPeriod({ validUntil: '2026-11-28T11:59:59Z' }, now)
    expect(check).toMatchObject({ outcome: 'failed', code: 'EXPIRED' })
    expect(check.message.en).toBe('The credential has expired (2026-11-28T11:59:59Z).')
  })

  it('reads the VCDM 1.1 issuanceDate and expirationDate', () => {
    expect(checkValidityPeriod({ issuanceDate: '2041-01-01T00:00:00Z' }, now).code).toBe(
      'NOT_YET_VALID',
    )
    expect(checkValidityPeriod({ expirationDate: '2011-01-01T00:00:00Z' }, now).code).toBe(
      'EXPIRED',
    )
  })

  it('compares offsets as instants', () => {
    // 12:30 in Helsinki (+02:00) is 10:30 UTC, before now.
    expect(checkValidityPeriod({ validUntil: '2026-11-28T12:30:00+02:00' }, now).code).toBe(
      'EXPIRED',
    )
  })

  it('fails a date without a time zone, or an impossible one', () => {
    for (const value of ['2026-01-01T00:00:00', '2026-01-01', '2026-02-30T00:00:00Z', 20260101]) {
      const check = checkValidityPeriod({ validFrom: value }, now)
      expect(check).toMatchObject({ outcome: 'failed', code: 'DATE_MALFORMED' })
      expect(check.details).toMatchObject({ field: 'validFrom' })
    }
  })

  it('fails a period that ends before it begins', () => {
    const check = checkValidityPeriod(
      { validFrom: '2026-02-01T00:00:00Z', validUntil: '2026-01-01T00:00:00Z' },
      now,
    )
    expect(check.code).toBe('VALIDITY_PERIOD_INVALID')
  })
})

describe('parseDateTimeStamp', () => {
  it('reads fractional seconds and offsets', () => {
    expect(parseDateTimeStamp('2025-01-09T15:20:02.183Z')).toBe(
      Date.UTC(2025, 0, 9, 15, 20, 2, 183),
    )
    expect(parseDateTimeStamp('2022-11-10T07:38:00-08:00')).toBe(Date.UTC(2022, 10, 10, 15, 38))
  })
})
