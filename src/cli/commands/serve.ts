import type { Command } from 'commander'
import { buildApp } from '../../api/index.js'
import { compose, describeLocation } from '../../compose.js'
import { readConfig } from '../../config.js'
import { loadDemoData } from '../../services/index.js'
import type { Io } from '../io.js'
import { osaamoVersion, webRoot } from '../package-info.js'

export function addServeCommand(program: Command, io: Io): void {
  program
    .command('serve')
    .description(
      'serve the web app and the API (migrates the database; loads demo data on a demo installation)',
    )
    .option('--port <port>', 'listen on this port instead of PORT')
    .action(async (options: { port?: string }) => {
      const config = readConfig()
      const port = options.port === undefined ? config.port : Number(options.port)
      const composition = await compose(config)
      if (config.isDemo) {
        const { isNewlyLoaded } = await loadDemoData(composition.deps)
        if (isNewlyLoaded) {
          io.out('Loaded the demo data (demo installation: set OSAAMO_DEMO=false for real use).')
        }
      }
      const app = await buildApp(composition.deps, {
        publicUrl: config.publicUrl,
        version: osaamoVersion,
        bodyLimitBytes: config.bodyLimitBytes,
        logLevel: config.logLevel,
        webRoot,
      })
      const stop = async () => {
        await app.close()
        await composition.close()
      }
      process.once('SIGINT', () => void stop())
      process.once('SIGTERM', () => void stop())
      await app.listen({ port, host: config.host })
      const readyMs = Math.round(performance.now())
      io.out(
        `Osaamo ${osaamoVersion} is ready at http://localhost:${port} in ${readyMs} ms (database: ${describeLocation(config.database)}).`,
      )
    })
}
