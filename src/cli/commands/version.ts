import type { Command } from 'commander'
import type { Io } from '../io.js'
import { osaamoVersion } from '../package-info.js'

export function addVersionCommand(program: Command, io: Io): void {
  program
    .command('version')
    .description('print the version of Osaamo and of the Node.js it runs on')
    .action(() => {
      io.out(`osaamo ${osaamoVersion} (Node.js ${process.versions.node})`)
    })
}
