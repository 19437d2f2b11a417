import type { Command } from 'commander'
import { compose } from '../../compose.js'
import { readConfig } from '../../config.js'
import { loadDemoData } from '../../services/index.js'
import type { Io } from '../io.js'

export function addDemoCommand(program: Command, io: Io): void {
  program
    .command('demo')
    .description('load the demo data into a demo installation (once; later runs change nothing)')
    .action(async () => {
      const config = readConfig()
      const composition = await compose(config)
      try {
        const { isNewlyLoaded } = await loadDemoData(composition.deps)
        io.out(
          isNewlyLoaded
            ? 'Loaded the demo data.'
            : 'The demo data was already loaded; nothing changed.',
        )
      } finally {
        await composition.close()
      }
    })
}
