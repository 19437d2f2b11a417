import type { Command } from 'commander'
import { loadDemoData } from '../../services/index.js'
import type { Io } from '../io.js'
import { withDeps } from '../with-deps.js'

export function addDemoCommand(program: Command, io: Io): void {
  program
    .command('demo')
    .description('load the demo data into a demo installation (once; later runs change nothing)')
    .action(async () => {
      const { isNewlyLoaded } = await withDeps((deps) => loadDemoData(deps))
      io.out(
        isNewlyLoaded
          ? 'Loaded the demo data.'
          : 'The demo data was already loaded; nothing changed.',
      )
    })
}
