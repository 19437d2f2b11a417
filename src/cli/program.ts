import { Command, CommanderError } from 'commander'
import { AppError, isAppError } from '../core/index.js'
import { addAuditCommand } from './commands/audit.js'
import { addCatalogueCommand } from './commands/catalogue.js'
import { addCredentialsCommand } from './commands/credentials.js'
import { addDemoCommand } from './commands/demo.js'
import { addEnrolmentsCommand } from './commands/enrolments.js'
import { addEscoCommand } from './commands/esco.js'
import { addIssueCommand } from './commands/issue.js'
import { addKeysCommand } from './commands/keys.js'
import { addMigrateCommand } from './commands/migrate.js'
import { addOfferingsCommand } from './commands/offerings.js'
import { addOrgsCommand } from './commands/orgs.js'
import { addResultsCommand } from './commands/results.js'
import { addServeCommand } from './commands/serve.js'
import { addSignCommand } from './commands/sign.js'
import { addSpecificationsCommand } from './commands/specifications.js'
import { addTokensCommand } from './commands/tokens.js'
import { addUsersCommand } from './commands/users.js'
import { addVerifyCommand } from './commands/verify.js'
import { addVersionCommand } from './commands/version.js'
import { type ExitCode, exitCodeOf, exitCodes } from './exit-codes.js'
import type { Io } from './io.js'

const exitCodeHelp = `
Exit codes:
  0   success
  1   the work failed or was refused
  2   usage error (unknown command or option, missing argument)
  3   invalid configuration or unsupported Node.js
  4   database unreachable or migration failed
  70  internal error`

/** The `osaamo` command line, with every command registered. */
export function createProgram(io: Io): Command {
  const program = new Command('osaamo')
    .description('Osaamo: micro-credentials for higher education and working life')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', exitCodeHelp)
    .configureOutput({
      writeOut: (text) => io.out(text.trimEnd()),
      writeErr: (text) => io.err(text.trimEnd()),
    })
    .exitOverride()
  addServeCommand(program, io)
  addMigrateCommand(program, io)
  addDemoCommand(program, io)
  addOrgsCommand(program, io)
  addUsersCommand(program, io)
  addTokensCommand(program, io)
  addAuditCommand(program, io)
  addEscoCommand(program, io)
  addCatalogueCommand(program, io)
  addSpecificationsCommand(program, io)
  addOfferingsCommand(program, io)
  addEnrolmentsCommand(program, io)
  addResultsCommand(program, io)
  addKeysCommand(program, io)
  addIssueCommand(program, io)
  addCredentialsCommand(program, io)
  addSignCommand(program, io)
  addVerifyCommand(program, io)
  addVersionCommand(program, io)
  routeOutput(program.commands, io)
  return program
}

/** Subcommands, at every depth, throw instead of exiting and write through `io`. */
function routeOutput(commands: readonly Command[], io: Io): void {
  for (const command of commands) {
    command.exitOverride().configureOutput({
      writeOut: (text) => io.out(text.trimEnd()),
      writeErr: (text) => io.err(text.trimEnd()),
    })
    routeOutput(command.commands, io)
  }
}

/**
 * Runs the command line and returns its exit code. Errors become one line on stderr (or a short
 * list for an invalid configuration); only an unexpected error prints its stack.
 */
export async function runCli(argv: readonly string[], io: Io): Promise<ExitCode> {
  const program = createProgram(io)
  try {
    await program.parseAsync([...argv], { from: 'user' })
    return exitCodes.success
  } catch (error) {
    if (error instanceof CommanderError) {
      const isHelpOrVersion = [
        'commander.helpDisplayed',
        'commander.help',
        'commander.version',
      ].includes(error.code)
      return isHelpOrVersion || error.exitCode === 0 ? exitCodes.success : exitCodes.usage
    }
    if (isAppError(error)) {
      io.err(`osaamo: ${error.message}`)
      return exitCodeOf(error.code)
    }
    io.err(`osaamo: ${new AppError('INTERNAL_ERROR').message}`)
    io.err(error instanceof Error ? (error.stack ?? error.message) : String(error))
    return exitCodes.internal
  }
}
