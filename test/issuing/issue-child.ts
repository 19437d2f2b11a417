import { spawn } from 'node:child_process'
import { binPath, cleanEnvironment } from '../support/run-osaamo.js'

/** The environment `useDatabase` stubbed (database, demo, keys, mail), for a child process. */
function childEnvironment(): NodeJS.ProcessEnv {
  const names = [
    'DATABASE_URL',
    'OSAAMO_DATA_DIR',
    'OSAAMO_DEMO',
    'OSAAMO_KEY_ENCRYPTION_KEY',
    'OSAAMO_SMTP_URL',
  ]
  return cleanEnvironment(Object.fromEntries(names.map((name) => [name, process.env[name] ?? ''])))
}

/**
 * Runs `osaamo issue --offering` as a real process. With `killAfterDone`, sends it SIGKILL
 * (kill -9: no clean-up of any kind) as soon as a progress line shows that many learners done.
 */
export function runIssueCommand(
  offeringId: string,
  killAfterDone?: number,
): Promise<{ code: number | null; signal: string | null; output: string }> {
  const child = spawn(process.execPath, [binPath, 'issue', '--offering', offeringId], {
    env: childEnvironment(),
  })
  let output = ''
  return new Promise((resolve) => {
    const onData = (chunk: Buffer) => {
      output += String(chunk)
      if (killAfterDone === undefined || child.killed) {
        return
      }
      const done = [...output.matchAll(/ (\d+)\/(\d+) /g)].map((match) => Number(match[1]))
      if (done.some((count) => count >= killAfterDone)) {
        child.kill('SIGKILL')
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code, signal) => resolve({ code, signal, output }))
  })
}
