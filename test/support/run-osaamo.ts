import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const binPath = fileURLToPath(new URL('../../bin/osaamo.js', import.meta.url))

/** The environment a spawned osaamo gets: this one, minus anything that would point it elsewhere. */
export function cleanEnvironment(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const {
    DATABASE_URL: _url,
    PORT: _port,
    OSAAMO_DATA_DIR: _dir,
    OSAAMO_DEMO: _demo,
    OSAAMO_KEY_ENCRYPTION_KEY: _keyEncryptionKey,
    ...rest
  } = process.env
  return { ...rest, LOG_LEVEL: 'warn', ...overrides }
}

export type RunningServer = {
  readonly url: string
  readonly output: string[]
  stop(): Promise<void>
}

/**
 * Starts `osaamo serve` as a real child process on a free port and resolves once it says it is
 * ready (its own announcement, not a sleep).
 */
export async function startServer(
  env: Record<string, string>,
  nodePath = process.execPath,
): Promise<RunningServer> {
  const child = spawn(nodePath, [binPath, 'serve', '--port', '0'], { env: cleanEnvironment(env) })
  const output: string[] = []
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output.push(String(chunk))
      const match = /ready at (http:\/\/localhost:\d+)/.exec(output.join(''))
      if (match?.[1] !== undefined) {
        resolve(match[1])
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) =>
      reject(new Error(`osaamo serve exited with ${code}: ${output.join('')}`)),
    )
  })
  return { url, output, stop: () => stopChild(child) }
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) {
      resolve()
      return
    }
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}
