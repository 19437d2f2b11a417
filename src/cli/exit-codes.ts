import type { ErrorCode } from '../core/index.js'

/** The documented exit codes of the `osaamo` command (README, "Command line"). */
export const exitCodes = {
  success: 0,
  /** The command ran but its work failed or was refused (verification failed, input invalid). */
  failed: 1,
  /** The command line itself was wrong: unknown command or option, missing argument. */
  usage: 2,
  /** The configuration is invalid or the runtime is unsupported. */
  configuration: 3,
  /** The database could not be reached or migrated. */
  database: 4,
  /** An unexpected internal error; the message says where the details were written. */
  internal: 70,
} as const

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes]

export function exitCodeOf(code: ErrorCode): ExitCode {
  switch (code) {
    case 'CLI_USAGE_INVALID':
      return exitCodes.usage
    case 'CONFIG_INVALID':
    case 'SIGNING_KEY_UNREADABLE':
      return exitCodes.configuration
    case 'DATABASE_UNAVAILABLE':
    case 'MIGRATION_FAILED':
      return exitCodes.database
    case 'INTERNAL_ERROR':
      return exitCodes.internal
    default:
      return exitCodes.failed
  }
}
