import type { Command } from 'commander'
import { system } from '../../core/index.js'
import { importEnrolments } from '../../services/index.js'
import type { Io } from '../io.js'
import { withDeps } from '../with-deps.js'
import { readRowFile, withRowProblemLines } from './row-imports.js'

export function addEnrolmentsCommand(program: Command, io: Io): void {
  const enrolments = program.command('enrolments').description('enrolments in offerings')

  enrolments
    .command('import')
    .description(
      'enrol people in an offering from a CSV file (columns student_number,name,email), matched ' +
        'by e-mail, new addresses made learners without a password; all or nothing',
    )
    .requiredOption('--offering <id>', 'the id of the offering')
    .argument('<file>', 'a .csv file')
    .action(async (file: string, options: { offering: string }) => {
      const csv = await readRowFile(file)
      const summary = await withDeps(async (deps) => {
        try {
          return await importEnrolments(deps, system, { offeringId: options.offering, csv })
        } catch (error) {
          throw withRowProblemLines(error)
        }
      })
      io.out(
        `Enrolled ${summary.enrolled} person(s) (${summary.createdPeople} new); ` +
          `${summary.alreadyEnrolled} were enrolled already.`,
      )
    })
}
