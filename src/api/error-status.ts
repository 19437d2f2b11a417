import type { ErrorCode } from '../core/index.js'

/**
 * The HTTP status of every error code. A Record over the closed union, so that a new code without
 * a status does not compile.
 */
export const httpStatusOf: Record<ErrorCode, number> = {
  ROUTE_NOT_FOUND: 404,
  REQUEST_BODY_MALFORMED: 400,
  REQUEST_BODY_TOO_LARGE: 413,
  REQUEST_MEDIA_TYPE_UNSUPPORTED: 415,
  REQUEST_INVALID: 400,
  REQUEST_RATE_LIMITED: 429,
  DATABASE_UNAVAILABLE: 503,
  CONFIG_INVALID: 500,
  CLI_USAGE_INVALID: 400,
  MIGRATION_FAILED: 500,
  DEMO_DATA_REFUSED: 409,
  ORGANISATION_NOT_FOUND: 404,
  ORGANISATION_SLUG_TAKEN: 409,
  INTERNAL_ERROR: 500,
}
