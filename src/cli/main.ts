import { terminalIo } from './io.js'
import { runCli } from './program.js'

// The entry point of `osaamo` (see bin/osaamo.js). `serve` keeps running after runCli resolves.
const exitCode = await runCli(process.argv.slice(2), terminalIo)
if (exitCode !== 0) {
  process.exit(exitCode)
}
