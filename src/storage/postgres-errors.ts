/** PostgreSQL error codes Osaamo reacts to. @see https://www.postgresql.org/docs/current/errcodes-appendix.html */
const uniqueViolation = '23505'

/** True when a query failed on a unique constraint (both pg and PGlite expose `code`). */
export function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && 'code' in error && error.code === uniqueViolation
  )
}
