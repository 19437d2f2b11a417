import type { Command } from 'commander'
import { compose, describeLocation } from '../../compose.js'
import { readConfig } from '../../config.js'
import type { Io } from '../io.js'

export function addMigrateCommand(program: Command, io: Io): void {
  program
    .command('migrate')
    .description('bring the database schema up to date (serve also does this on start)')
    .action(async () => {
      const config = readConfig()
      const composition = await compose(config)
      await composition.close()
      io.out(`The database at ${describeLocation(config.database)} is up to date.`)
    })
}
