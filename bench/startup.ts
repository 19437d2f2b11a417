// How long `npm start` takes until /healthz answers 200 on the embedded database: the first start
// (a new data directory: initdb, migrations, demo data) and later starts (median of several).
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const laterStarts = 5

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const address = server.address()
      server.close(() =>
        resolve(typeof address === 'object' && address !== null ? address.port : 0),
      )
    })
  })
}

async function timeStart(dataDirectory: string): Promise<number> {
  const port = await freePort()
  const started = performance.now()
  const child = spawn('npm', ['start'], {
    env: { ...process.env, OSAAMO_DATA_DIR: dataDirectory, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: 'ignore',
    detached: true,
  })
  try {
    for (;;) {
      const isReady = await fetch(`http://localhost:${port}/healthz`).then(
        (response) => response.ok,
        () => false,
      )
      if (isReady) {
        return performance.now() - started
      }
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  } finally {
    process.kill(-(child.pid ?? 0), 'SIGTERM')
    await new Promise((resolve) => child.once('exit', resolve))
  }
}

export async function benchStartup(): Promise<void> {
  const dataDirectory = await mkdtemp(join(tmpdir(), 'osaamo-bench-'))
  try {
    const first = await timeStart(dataDirectory)
    const later: number[] = []
    for (let run = 0; run < laterStarts; run += 1) {
      later.push(await timeStart(dataDirectory))
    }
    later.sort((a, b) => a - b)
    const median = later[Math.floor(later.length / 2)] ?? Number.NaN
    console.log(`npm start → /healthz 200, embedded database`)
    console.log(`  first start (new data directory): ${Math.round(first)} ms`)
    console.log(
      `  later starts, median of ${laterStarts}: ${Math.round(median)} ms (min ${Math.round(later[0] ?? 0)}, max ${Math.round(later.at(-1) ?? 0)})`,
    )
  } finally {
    await rm(dataDirectory, { recursive: true, force: true })
  }
}
