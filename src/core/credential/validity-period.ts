import type { JsonObject } from './json.js'
import { createVerificationCheck } from './verification-messages.js'
import type { VerificationCheck } from './verification-report.js'

/** XML Schema dateTimeStamp: a date and time with a mandatory time zone. */
const dateTimeStamp =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/

/** The dates that start and end a credential's validity: VCDM 2.0 names first, then VCDM 1.1. */
const startFields = ['validFrom', 'issuanceDate'] as const
const endFields = ['validUntil', 'expirationDate'] as const

type Bound = { field: string; value: string; time: number }

/**
 * The `validity-period` check: not yet valid before `validFrom` (VCDM 1.1 `issuanceDate`), expired
 * after `validUntil` (`expirationDate`). A date without a time zone, or an impossible one, fails.
 * @see https://www.w3.org/TR/vc-data-model-2.0/#validity-period
 */
export function checkValidityPeriod(credential: JsonObject, now: Date): VerificationCheck {
  const bounds: { start?: Bound; end?: Bound } = {}
  for (const [side, fields] of [
    ['start', startFields],
    ['end', endFields],
  ] as const) {
    for (const field of fields) {
      const value = credential[field]
      if (value === undefined) {
        continue
      }
      const time = parseDateTimeStamp(value)
      if (time === undefined) {
        return createVerificationCheck('validity-period', 'failed', 'DATE_MALFORMED', {
          values: { field },
          details: { field, value },
        })
      }
      bounds[side] ??= { field, value: value as string, time }
    }
  }
  const { start, end } = bounds
  const details = {
    ...(start === undefined ? {} : { [start.field]: start.value }),
    ...(end === undefined ? {} : { [end.field]: end.value }),
    checkedAt: now.toISOString(),
  }
  if (start !== undefined && end !== undefined && end.time < start.time) {
    return createVerificationCheck('validity-period', 'failed', 'VALIDITY_PERIOD_INVALID', {
      details,
    })
  }
  if (start !== undefined && now.getTime() < start.time) {
    return createVerificationCheck('validity-period', 'failed', 'NOT_YET_VALID', {
      values: { date: start.value },
      details,
    })
  }
  if (end !== undefined && now.getTime() > end.time) {
    return createVerificationCheck('validity-period', 'failed', 'EXPIRED', {
      values: { date: end.value },
      details,
    })
  }
  return createVerificationCheck('validity-period', 'ok', 'VALID_NOW', { details })
}

/** Milliseconds since the epoch of a dateTimeStamp, or undefined (also for 2023-02-30). */
export function parseDateTimeStamp(value: unknown): number | undefined {
  const match = typeof value === 'string' ? dateTimeStamp.exec(value) : null
  if (match === null) {
    return undefined
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const calendarDay = new Date(Date.UTC(year, month - 1, day))
  if (calendarDay.getUTCMonth() !== month - 1 || calendarDay.getUTCDate() !== day) {
    return undefined
  }
  const time = Date.parse(value as string)
  return Number.isNaN(time) ? undefined : time
}
