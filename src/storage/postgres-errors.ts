/** PostgreSQL error codes Osaamo reacts to. @see https://www.postgresql.org/docs/current/errcodes-appendix.html */
const uniqueViolation = '23505'

/**
 * True when a query failed on a unique constraint (both pg and PGlite expose `code` and
 * `constraint`), and on the named one when `constraint` is given.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) {
    return false
  }
  if (error.code !== uniqueViolation) {
    return false
  }
  return constraint === undefined || ('constraint' in error && error.constraint === constraint)
}
