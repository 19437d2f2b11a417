import { type Command, InvalidArgumentError } from 'commander'
import { compose, describeLocation } from '../../compose.js'
import { readConfig } from '../../config.js'
import { deliverMail, loadDemoData } from '../../services/index.js'
import type { Io } from '../io.js'
import { osaamoVersion, webRoot } from '../package-info.js'

const mailIntervalMs = 2000

export function addServeCommand(program: Command, io: Io): void {
  program
    .command('serve')
    .description(
      'serve the web app and the API (migrates the database; loads demo data on a demo installation)',
    )
    .option('--port <port>', 'listen on this port instead of PORT (0 picks a free one)', parsePort)
    .action(async (options: { port?: number }) => {
      const config = readConfig()
      const port = options.port ?? config.port
      // The database starts (PGlite compiles its WebAssembly) while the HTTP layer is loaded.
      const composing = compose(config)
      const { buildApp } = await import('../../api/index.js')
      const composition = await composing
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
      // Cohort issuing runs in the background: pg-boss workers on a server database, this
      // process on the embedded one (which also resumes runs a stop or crash left unfinished).
      await composition.startWorkers()
      // Mail waits in the outbox (written with the change that caused it); every process sends.
      let isDelivering = false
      const mailTimer = setInterval(() => {
        if (isDelivering) {
          return
        }
        isDelivering = true
        deliverMail(composition.deps)
          .catch((error: unknown) => app.log.error({ err: error }, 'mail delivery failed'))
          .finally(() => {
            isDelivering = false
          })
      }, mailIntervalMs)
      mailTimer.unref()
      const stop = async () => {
        clearInterval(mailTimer)
        await app.close()
        await composition.close()
      }
      process.once('SIGINT', () => void stop())
      process.once('SIGTERM', () => void stop())
      await app.listen({ port, host: config.host })
      const readyMs = Math.round(performance.now())
      const address = app.server.address()
      const actualPort = typeof address === 'object' && address !== null ? address.port : port
      io.out(
        `Osaamo ${osaamoVersion} is ready at http://localhost:${actualPort} in ${readyMs} ms (database: ${describeLocation(config.database)}).`,
      )
    })
}

function parsePort(text: string): number {
  const port = Number(text)
  if (!/^\d+$/.test(text) || port > 65_535) {
    throw new InvalidArgumentError('Give a whole number from 0 to 65535.')
  }
  return port
}
