import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { runCli } from '../src/cli/program.js'
import { captureIo } from './support/capture-io.js'
import { binPath, cleanEnvironment, startServer } from './support/run-osaamo.js'

describe('the osaamo command line', () => {
  let dataDirectory: string
  beforeAll(async () => {
    dataDirectory = await mkdtemp(join(tmpdir(), 'osaamo-cli-'))
  })
  afterAll(async () => {
    await rm(dataDirectory, { recursive: true, force: true })
  })
  beforeEach(() => {
    vi.unstubAllEnvs()
    vi.stubEnv('DATABASE_URL', '')
    vi.stubEnv('OSAAMO_DATA_DIR', dataDirectory)
    vi.stubEnv('OSAAMO_DEMO', '')
    vi.stubEnv('PORT', '')
  })

  it('prints its version and the Node.js it runs on', async () => {
    const { io, out } = captureIo()
    expect(await runCli(['version'], io)).toBe(0)
    expect(out.join('\n')).toMatch(/^osaamo \d+\.\d+\.\d+ \(Node\.js 24\./)
  })

  it('lists every command and the exit codes in --help', async () => {
    const { io, out } = captureIo()
    expect(await runCli(['--help'], io)).toBe(0)
    const help = out.join('\n')
    for (const command of ['serve', 'migrate', 'demo', 'version']) {
      expect(help).toContain(command)
    }
    expect(help).toContain('Exit codes')
  })

  it.each(['serve', 'migrate', 'demo', 'version'])('has --help for %s', async (command) => {
    const { io, out } = captureIo()
    expect(await runCli([command, '--help'], io)).toBe(0)
    expect(out.join('\n')).toContain(`Usage: osaamo ${command}`)
  })

  it('exits 2 with a message on stderr for an unknown command', async () => {
    const { io, err } = captureIo()
    expect(await runCli(['frobnicate'], io)).toBe(2)
    expect(err.join('\n')).toContain("unknown command 'frobnicate'")
  })

  it('exits 2 for an unknown option and for a bad port', async () => {
    expect(await runCli(['migrate', '--colour'], captureIo().io)).toBe(2)
    expect(await runCli(['serve', '--port', 'many'], captureIo().io)).toBe(2)
  })

  it('exits 3 and lists every configuration problem', async () => {
    vi.stubEnv('PORT', 'eighty')
    vi.stubEnv('LOG_LEVEL', 'loud')
    const { io, err } = captureIo()
    expect(await runCli(['migrate'], io)).toBe(3)
    const message = err.join('\n')
    expect(message).toMatch(/^osaamo: The configuration is invalid/)
    expect(message).toContain('PORT')
    expect(message).toContain('LOG_LEVEL')
  })

  it('exits 4 when the database server cannot be reached, without printing its password', async () => {
    vi.stubEnv('DATABASE_URL', 'postgres://osaamo:sekret@127.0.0.1:1/osaamo')
    vi.stubEnv('OSAAMO_KEY_ENCRYPTION_KEY', Buffer.alloc(32, 1).toString('base64'))
    const { io, err } = captureIo()
    expect(await runCli(['migrate'], io)).toBe(4)
    expect(err.join('\n')).toContain('127.0.0.1:1/osaamo does not answer')
    expect(err.join('\n')).not.toContain('sekret')
  })

  it('migrates the embedded database in the data directory', async () => {
    const { io, out } = captureIo()
    expect(await runCli(['migrate'], io)).toBe(0)
    expect(out.join('\n')).toContain('is up to date')
    expect(existsSync(join(dataDirectory, 'pglite'))).toBe(true)
  })

  it('loads the demo data once and changes nothing the second time', async () => {
    const first = captureIo()
    expect(await runCli(['demo'], first.io)).toBe(0)
    expect(first.out.join('\n')).toBe('Loaded the demo data.')
    const second = captureIo()
    expect(await runCli(['demo'], second.io)).toBe(0)
    expect(second.out.join('\n')).toContain('already loaded')
  })

  it('refuses demo data on an installation that is not a demo, with exit 1', async () => {
    vi.stubEnv('OSAAMO_DEMO', 'false')
    const { io, err } = captureIo()
    expect(await runCli(['demo'], io)).toBe(1)
    expect(err.join('\n')).toContain('Demo data can only be loaded into a demo installation')
  })
})

describe('the osaamo binary', () => {
  it('runs as a process and exits with the documented codes', () => {
    const version = spawnSync(process.execPath, [binPath, 'version'], { encoding: 'utf8' })
    expect(version.status).toBe(0)
    expect(version.stdout).toMatch(/^osaamo /)
    const unknown = spawnSync(process.execPath, [binPath, 'frobnicate'], { encoding: 'utf8' })
    expect(unknown.status).toBe(2)
  })

  const systemNode = ['/usr/bin/node', '/usr/local/bin/node'].find((path) => existsSync(path))
  const systemNodeMajor =
    systemNode === undefined
      ? undefined
      : Number(
          spawnSync(systemNode, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' })
            .stdout,
        )

  it.skipIf(systemNodeMajor === undefined || systemNodeMajor >= 24)(
    'refuses to run on an older Node.js with one line and exit 3',
    () => {
      const result = spawnSync(systemNode ?? '', [binPath, 'version'], {
        encoding: 'utf8',
        env: cleanEnvironment({}),
      })
      expect(result.status).toBe(3)
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
      expect(result.stderr).toContain('Node.js 24 or later is needed')
    },
  )

  it('serves the home page, the API and /healthz from a fresh data directory, with the demo data', async () => {
    const dataDirectory = await mkdtemp(join(tmpdir(), 'osaamo-serve-'))
    const server = await startServer({ OSAAMO_DATA_DIR: dataDirectory })
    try {
      const health = await fetch(`${server.url}/healthz`)
      expect(await health.json()).toEqual({
        status: 'ok',
        database: { kind: 'embedded', isReachable: true },
      })
      const organisations = (await (await fetch(`${server.url}/api/organisations`)).json()) as {
        items: unknown[]
      }
      expect(organisations.items).toHaveLength(3)
      const home = await fetch(`${server.url}/`)
      expect(home.headers.get('content-type')).toContain('text/html')
      expect(server.output.join('')).toContain('Loaded the demo data')
    } finally {
      await server.stop()
      await rm(dataDirectory, { recursive: true, force: true })
    }
  })
})
