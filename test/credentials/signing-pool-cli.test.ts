import { spawnSync } from 'node:child_process'
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/program.js'
import { captureIo } from '../support/capture-io.js'
import { binPath, cleanEnvironment } from '../support/run-osaamo.js'

const vectors = new URL('../fixtures/vectors/', import.meta.url)
const vectorPath = (file: string) => new URL(file, vectors).pathname

describe('osaamo sign --batch on worker threads', () => {
  let folder: string
  let keyFile: string
  let input: string
  let lines: string[]
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'osaamo-sign-pool-'))
    const vector = JSON.parse(await readFile(vectorPath('eddsa-vectors.json'), 'utf8'))
    keyFile = join(folder, 'key.json')
    await writeFile(keyFile, JSON.stringify({ type: 'Multikey', ...vector.keyPair }))
    const unsigned = JSON.parse(
      await readFile(vectorPath('unsigned-alumni-credential.json'), 'utf8'),
    )
    lines = Array.from({ length: 24 }, (_, n) =>
      JSON.stringify({
        ...unsigned,
        id: `urn:uuid:00000000-0000-4000-8000-${String(n + 1).padStart(12, '0')}`,
        credentialSubject: { ...unsigned.credentialSubject, alumniOf: `Kaarnala ${'å'.repeat(n)}` },
      }),
    )
    input = join(folder, 'batch.ndjson')
    await writeFile(input, `${lines.join('\n')}\n`)
  })
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true })
  })

  const signArguments = (threads: number, file: string) => [
    'sign',
    '--batch',
    '--threads',
    String(threads),
    '--key',
    keyFile,
    '--proof-options',
    vectorPath('proof-options-eddsa-rdfc-2022.json'),
    '--in',
    file,
  ]

  it('writes in the input’s order what one thread writes, byte for byte, and exits (the command, through tsx)', () => {
    const run = (threads: number) =>
      spawnSync(process.execPath, [binPath, ...signArguments(threads, input)], {
        encoding: 'utf8',
        env: cleanEnvironment({}),
        timeout: 60_000,
      })
    const pooled = run(2)
    expect(pooled.stderr).toBe('')
    expect(pooled.status).toBe(0)
    const single = run(1)
    expect(single.status).toBe(0)
    expect(pooled.stdout).toBe(single.stdout)
    expect(
      pooled.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).id),
    ).toEqual(lines.map((line) => JSON.parse(line).id))
  })

  it('writes nothing and names every bad line when a line fails on two threads', async () => {
    const broken = join(folder, 'broken.ndjson')
    const out = join(folder, 'broken-out.ndjson')
    const unknownContext = JSON.stringify({
      ...JSON.parse(lines[0] ?? '{}'),
      '@context': ['https://example.com/x'],
    })
    await writeFile(
      broken,
      [...lines.slice(0, 10), '{not json', ...lines.slice(10), unknownContext].join('\n'),
    )
    const { io, err } = captureIo()
    const code = await runCli([...signArguments(2, broken), '--out', out], io)
    expect(code).toBe(1)
    expect(err.join('\n')).toMatch(
      /line 11: not well-formed JSON\n.*line 26: Unknown JSON-LD context/s,
    )
    expect(err.join('\n')).toContain(
      '2 of 26 credentials could not be signed; nothing was written.',
    )
    await expect(stat(out)).rejects.toThrow()
  })

  it('refuses a thread count that is not a whole number from 1 to 256', async () => {
    const { io, err } = captureIo()
    expect(await runCli(signArguments(0, input), io)).toBe(2)
    expect(err.join('\n')).toContain('--threads must be a whole number from 1 to 256.')
  })
})
