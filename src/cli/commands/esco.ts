import type { Command } from 'commander'
import { system } from '../../core/index.js'
import { importEscoDataset } from '../../services/index.js'
import { createEscoCsvDataset } from '../esco-csv-dataset.js'
import type { Io } from '../io.js'
import { withDeps } from '../with-deps.js'

export function addEscoCommand(program: Command, io: Io): void {
  const esco = program
    .command('esco')
    .description('the ESCO classification of skills and occupations')

  esco
    .command('import')
    .description(
      "replace the installation's ESCO with the CSV download in <folder> (the unzipped English " +
        'classification files); all or nothing',
    )
    .argument('<folder>', 'the folder holding skills_en.csv, occupations_en.csv, …')
    .option(
      '--esco-version <version>',
      'the ESCO version of the files, recorded with the import, e.g. v1.1.1',
    )
    .action(async (folder: string, options: { escoVersion?: string }) => {
      let seconds = 0
      const record = await withDeps(async (deps) => {
        const started = performance.now()
        const imported = await importEscoDataset(deps, system, createEscoCsvDataset(folder), {
          version: options.escoVersion,
        })
        seconds = (performance.now() - started) / 1000
        return imported
      })
      const { counts } = record
      io.out(
        `Imported ESCO${record.version === undefined ? '' : ` ${record.version}`} from ${record.source} in ${seconds.toFixed(1)} s:`,
      )
      io.out(`  ${counts.skills} skills (${counts.knowledge} of them knowledge)`)
      io.out(`  ${counts.occupations} occupations`)
      io.out(`  ${counts.skillGroups} skill groups`)
      io.out(`  ${counts.occupationSkillRelations} occupation–skill relations`)
      io.out(`  ${counts.skillSkillRelations} skill–skill relations`)
      io.out(`  ${counts.broaderRelations} broader relations`)
    })
}
