import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { runCli } from '../../src/cli/program.js'
import { captureIo } from '../support/capture-io.js'

describe('osaamo catalogue search', () => {
  let dataDirectory: string
  beforeAll(async () => {
    dataDirectory = await mkdtemp(join(tmpdir(), 'osaamo-catalogue-cli-'))
  })
  afterAll(async () => {
    await rm(dataDirectory, { recursive: true, force: true })
  })
  beforeEach(() => {
    vi.unstubAllEnvs()
    vi.stubEnv('DATABASE_URL', '')
    vi.stubEnv('OSAAMO_DATA_DIR', dataDirectory)
    vi.stubEnv('OSAAMO_DEMO', '')
  })

  it('prints how many published micro-credentials match, as text or JSON', async () => {
    const text = captureIo()
    expect(await runCli(['catalogue', 'search', 'ohjelmointi'], text.io)).toBe(0)
    expect(text.out[0]).toBe('0 published micro-credentials')
    const json = captureIo()
    expect(await runCli(['catalogue', 'search', '--ects-max', '5', '--json'], json.io)).toBe(0)
    expect(JSON.parse(json.out.join('\n'))).toEqual({ items: [], total: 0 })
  })

  it('refuses bad filters naming every option at fault', async () => {
    const { io, err } = captureIo()
    expect(
      await runCli(
        ['catalogue', 'search', '--ects-min', '9', '--ects-max', '2', '--eqf', '11'],
        io,
      ),
    ).toBe(1)
    expect(err.join('\n')).toContain('--ects-max')
    expect(err.join('\n')).toContain('--eqf')
  })
})
