import { spawnSync } from 'node:child_process'
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/program.js'
import {
  createDocumentLoader,
  type JsonObject,
  keyFromMultikey,
  verifyProofWithKey,
} from '../../src/credentials/index.js'
import { captureIo } from '../support/capture-io.js'
import { binPath, cleanEnvironment } from '../support/run-osaamo.js'

const vectors = new URL('../fixtures/vectors/', import.meta.url)
const vectorPath = (file: string) => new URL(file, vectors).pathname

describe('osaamo keys generate and osaamo sign', () => {
  let folder: string
  let w3cKeyFile: string
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'osaamo-sign-'))
    const vector = JSON.parse(await readFile(vectorPath('eddsa-vectors.json'), 'utf8'))
    w3cKeyFile = join(folder, 'w3c-key.json')
    await writeFile(w3cKeyFile, JSON.stringify({ type: 'Multikey', ...vector.keyPair }))
  })
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true })
  })

  it('writes a new Multikey that only its owner can read', async () => {
    const out = join(folder, 'key.json')
    const { io } = captureIo()
    const controller = 'did:web:osaamo.example.fi:organisations:kaarnala-open'
    expect(await runCli(['keys', 'generate', '--out', out, '--controller', controller], io)).toBe(0)
    const key = JSON.parse(await readFile(out, 'utf8'))
    expect(key).toMatchObject({ type: 'Multikey', controller })
    expect(key.id).toBe(`${controller}#${key.publicKeyMultibase}`)
    expect(key.publicKeyMultibase).toMatch(/^z6Mk/)
    expect(() => keyFromMultikey(key)).not.toThrow()
    expect((await stat(out)).mode & 0o777).toBe(0o600)
  })

  it.each([
    ['eddsa-rdfc-2022', 'proof-options-eddsa-rdfc-2022.json', 'signed-eddsa-rdfc-2022.json'],
    ['eddsa-jcs-2022', 'proof-options-eddsa-jcs-2022.json', 'signed-eddsa-jcs-2022.json'],
  ])('reproduces the W3C %s vector', async (_suite, optionsFile, signedFile) => {
    const out = join(folder, `signed-${optionsFile}`)
    const { io, err } = captureIo()
    const code = await runCli(
      [
        'sign',
        '--key',
        w3cKeyFile,
        '--proof-options',
        vectorPath(optionsFile),
        '--in',
        vectorPath('unsigned-alumni-credential.json'),
        '--out',
        out,
      ],
      io,
    )
    expect({ code, err }).toEqual({ code: 0, err: [] })
    expect(JSON.parse(await readFile(out, 'utf8'))).toEqual(
      JSON.parse(await readFile(vectorPath(signedFile), 'utf8')),
    )
  })

  it('signs NDJSON line by line with --batch, reading standard input', async () => {
    const unsigned = JSON.parse(
      await readFile(vectorPath('unsigned-alumni-credential.json'), 'utf8'),
    )
    const lines = [1, 2, 3].map((n) =>
      JSON.stringify({ ...unsigned, id: `urn:uuid:00000000-0000-4000-8000-00000000000${n}` }),
    )
    const result = spawnSync(
      process.execPath,
      [
        binPath,
        'sign',
        '--batch',
        '--key',
        w3cKeyFile,
        '--proof-options',
        vectorPath('proof-options-eddsa-rdfc-2022.json'),
      ],
      { input: `${lines.join('\n')}\n`, encoding: 'utf8', env: cleanEnvironment({}) },
    )
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const signed = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as JsonObject)
    expect(signed.map((credential) => credential.id)).toEqual(
      lines.map((line) => JSON.parse(line).id),
    )
    const key = keyFromMultikey(JSON.parse(await readFile(w3cKeyFile, 'utf8')))
    for (const credential of signed) {
      expect(
        await verifyProofWithKey(
          credential,
          credential.proof as JsonObject,
          key,
          createDocumentLoader(),
        ),
      ).toBe(true)
    }
  })

  it('writes nothing and names every bad line when a batch line fails', async () => {
    const input = join(folder, 'batch.ndjson')
    const out = join(folder, 'batch-out.ndjson')
    const unsigned = await readFile(vectorPath('unsigned-alumni-credential.json'), 'utf8')
    const good = JSON.stringify(JSON.parse(unsigned))
    const unknownContext = JSON.stringify({
      ...JSON.parse(unsigned),
      '@context': ['https://example.com/x'],
    })
    await writeFile(input, [good, '{not json', good, unknownContext].join('\n'))
    const { io, err } = captureIo()
    const code = await runCli(
      [
        'sign',
        '--batch',
        '--key',
        w3cKeyFile,
        '--proof-options',
        vectorPath('proof-options-eddsa-rdfc-2022.json'),
        '--in',
        input,
        '--out',
        out,
      ],
      io,
    )
    expect(code).toBe(1)
    expect(err.join('\n')).toMatch(/line 2: not well-formed JSON/)
    expect(err.join('\n')).toMatch(/line 4: Unknown JSON-LD context: https:\/\/example\.com\/x/)
    await expect(stat(out)).rejects.toThrow()
  })

  it('refuses a key file without a secret, and a wrong cryptosuite, with exit 1', async () => {
    const publicOnly = join(folder, 'public.json')
    await writeFile(
      publicOnly,
      JSON.stringify({ publicKeyMultibase: 'z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2' }),
    )
    const wrongSuite = join(folder, 'wrong-suite.json')
    const options = JSON.parse(
      await readFile(vectorPath('proof-options-eddsa-rdfc-2022.json'), 'utf8'),
    )
    await writeFile(wrongSuite, JSON.stringify({ ...options, cryptosuite: 'ecdsa-rdfc-2019' }))
    const first = captureIo()
    expect(
      await runCli(
        [
          'sign',
          '--key',
          publicOnly,
          '--proof-options',
          wrongSuite,
          '--in',
          vectorPath('unsigned-alumni-credential.json'),
        ],
        first.io,
      ),
    ).toBe(1)
    expect(first.err.join('\n')).toMatch(/secretKeyMultibase/)
    const second = captureIo()
    expect(
      await runCli(
        [
          'sign',
          '--key',
          w3cKeyFile,
          '--proof-options',
          wrongSuite,
          '--in',
          vectorPath('unsigned-alumni-credential.json'),
        ],
        second.io,
      ),
    ).toBe(1)
    expect(second.err.join('\n')).toMatch(/cryptosuite/)
  })

  it('exits 2 when a required option is missing or a file cannot be read', async () => {
    expect(await runCli(['sign', '--key', w3cKeyFile], captureIo().io)).toBe(2)
    expect(
      await runCli(
        ['sign', '--key', join(folder, 'missing.json'), '--proof-options', w3cKeyFile],
        captureIo().io,
      ),
    ).toBe(2)
  })
})
