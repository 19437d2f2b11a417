import { readFile } from 'node:fs/promises'
import { type Command, Option } from 'commander'
import { AppError, isAppError, system } from '../../core/index.js'
import {
  exportSpecification,
  getOrganisation,
  importSpecifications,
  type SpecificationExportFormat,
  type SpecificationImport,
} from '../../services/index.js'
import type { Io } from '../io.js'
import { withDeps } from '../with-deps.js'

export function addSpecificationsCommand(program: Command, io: Io): void {
  const specifications = program
    .command('specifications')
    .description('micro-credential specifications: export and import')

  specifications
    .command('export')
    .description('print a specification version as JSON (Open Badges 3.0 Achievement or ELM 3)')
    .argument('<versionId>', 'the id of the specification version')
    .addOption(
      new Option('--format <format>', 'ob3 (Open Badges 3.0 Achievement) or elm (ELM 3 JSON-LD)')
        .choices(['ob3', 'elm'])
        .default('ob3'),
    )
    .action(async (versionId: string, options: { format: SpecificationExportFormat }) => {
      const document = await withDeps((deps) =>
        exportSpecification(deps, system, { versionId, format: options.format }),
      )
      io.out(JSON.stringify(document, null, 2))
    })

  specifications
    .command('import')
    .description(
      'import specifications as drafts of an organisation from a JSON file (an array of ' +
        'specification contents) or the CSV template (docs/specification-csv-template.md); ' +
        'all or nothing',
    )
    .requiredOption('--org <slug>', 'the organisation the drafts belong to')
    .argument('<file>', 'a .json or .csv file')
    .action(async (file: string, options: { org: string }) => {
      const input = await readImport(file)
      const created = await withDeps(async (deps) => {
        const organisation = await getOrganisation(deps, options.org)
        try {
          return await importSpecifications(deps, system, {
            organisationId: organisation.id,
            ...input,
          })
        } catch (error) {
          throw withRowProblems(error)
        }
      })
      io.out(`Imported ${created.length} specification(s) as drafts:`)
      for (const { version, problems } of created) {
        const blocking = problems.filter((problem) => problem.severity === 'blocking').length
        const title =
          version.content.title.fi ?? version.content.title.en ?? version.content.title.sv
        io.out(`  ${version.id}  ${title ?? ''}  (${blocking} blocking problem(s) to fix)`)
      }
    })
}

async function readImport(file: string): Promise<SpecificationImport> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    throw new AppError('CLI_USAGE_INVALID', `Cannot read ${file}.`)
  }
  if (file.toLowerCase().endsWith('.csv')) {
    return { format: 'csv', csv: text }
  }
  let items: unknown
  try {
    items = JSON.parse(text)
  } catch {
    throw new AppError('SPECIFICATION_IMPORT_INVALID', `${file} is not well-formed JSON.`)
  }
  if (!Array.isArray(items)) {
    throw new AppError(
      'SPECIFICATION_IMPORT_INVALID',
      `${file} must hold a JSON array of specifications.`,
    )
  }
  return { format: 'json', items }
}

// Row problems name rows and fields, not command-line options: list them in the message.
function withRowProblems(error: unknown): unknown {
  const problems = isAppError(error, 'SPECIFICATION_IMPORT_INVALID')
    ? error.details?.problems
    : undefined
  if (!isAppError(error) || !Array.isArray(problems)) {
    return error
  }
  const lines = problems.map(
    (problem: { row: number; path: string; message: string }) =>
      `row ${problem.row}${problem.path === '' ? '' : `, ${problem.path}`}: ${problem.message}`,
  )
  return new AppError(error.code, `${error.message}\n  - ${lines.join('\n  - ')}`, {
    cause: error,
  })
}
