import type { Command } from 'commander'
import { system } from '../../core/index.js'
import { importResults } from '../../services/index.js'
import type { Io } from '../io.js'
import { withDeps } from '../with-deps.js'
import { readRowFile, withRowProblemLines } from './row-imports.js'

export function addResultsCommand(program: Command, io: Io): void {
  const results = program.command('results').description('assessment results of offerings')

  results
    .command('import')
    .description(
      'record results from a student-information-system export (docs/results-csv-template.md); ' +
        'all or nothing unless --skip-invalid',
    )
    .requiredOption('--offering <id>', 'the id of the offering')
    .option('--skip-invalid', 'record the valid rows and list the skipped ones')
    .argument('<file>', 'a .csv file')
    .action(async (file: string, options: { offering: string; skipInvalid?: boolean }) => {
      const csv = await readRowFile(file)
      const summary = await withDeps(async (deps) => {
        try {
          return await importResults(deps, system, {
            offeringId: options.offering,
            csv,
            skipInvalid: options.skipInvalid === true,
          })
        } catch (error) {
          throw withRowProblemLines(error)
        }
      })
      io.out(`Recorded ${summary.recorded} result(s); skipped ${summary.skipped.length} row(s).`)
      for (const { problems } of summary.skipped) {
        for (const problem of problems) {
          io.out(
            `  row ${problem.row}${problem.path === '' ? '' : `, ${problem.path}`}: ${problem.message}`,
          )
        }
      }
    })
}
