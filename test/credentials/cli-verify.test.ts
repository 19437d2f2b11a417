import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/program.js'
import { captureIo } from '../support/capture-io.js'
import { binPath, cleanEnvironment } from '../support/run-osaamo.js'

const real = (file: string) =>
  new URL(`../fixtures/vectors/real-credentials/${file}`, import.meta.url).pathname
const dccList =
  'https://raw.githubusercontent.com/digitalcredentials/verifier-core/refs/heads/main/src/test-fixtures/status/e5WK8CbZ1GjycuPombrj'

describe('osaamo verify', () => {
  it('exits 0 and lists every check for a valid Open Badges credential', async () => {
    const { io, out } = captureIo()
    const code = await runCli(
      ['verify', '--offline', '--in', real('obspec-ob3-ldp-testvector.json')],
      io,
    )
    expect(code).toBe(0)
    const text = out.join('\n')
    expect(text).toMatch(/^✓ The credential is verified\./)
    for (const check of [
      'format',
      'json-ld',
      'proof',
      'issuer-key',
      'validity-period',
      'status',
      'schema',
      'issuer-trust',
    ]) {
      expect(text).toMatch(new RegExp(`^  [✓✗!–] ${check} `, 'm'))
    }
  })

  it('exits 1 for a revoked credential, reading the status list from a file', async () => {
    const { io, out, err } = captureIo()
    const code = await runCli(
      [
        'verify',
        '--offline',
        '--json',
        '--in',
        real('dcc-v2-revoked.json'),
        '--status-list',
        `${dccList}=${real('dcc-statuslist-e5WK8CbZ1GjycuPombrj.json')}`,
      ],
      io,
    )
    expect(code).toBe(1)
    const report = JSON.parse(out.join('\n'))
    expect(report.verified).toBe(false)
    expect(report.checks).toContainEqual(
      expect.objectContaining({ id: 'status', outcome: 'failed', code: 'CREDENTIAL_REVOKED' }),
    )
    expect(err).toEqual(['osaamo: The credential did not pass verification.'])
  })

  it('reports in Finnish and Swedish on request', async () => {
    const finnish = captureIo()
    await runCli(
      ['verify', '--offline', '--language', 'fi', '--in', real('dcc-v2-tampered.json')],
      finnish.io,
    )
    expect(finnish.out.join('\n')).toMatch(/^✗ Todistusta ei voitu varmentaa\./)
    const swedish = captureIo()
    await runCli(
      ['verify', '--offline', '--language', 'sv', '--in', real('dcc-v2-tampered.json')],
      swedish.io,
    )
    expect(swedish.out.join('\n')).toMatch(/^✗ Intyget kunde inte verifieras\./)
  })

  it('exits 1 with a failed format check for input that is not JSON, never crashing', () => {
    const result = spawnSync(process.execPath, [binPath, 'verify', '--offline', '--json'], {
      input: '{"@context": [',
      encoding: 'utf8',
      env: cleanEnvironment({}),
    })
    expect(result.status).toBe(1)
    const report = JSON.parse(result.stdout)
    expect(report.checks[0]).toMatchObject({ id: 'format', outcome: 'failed' })
  })

  it('reads a VC-JWT from standard input', () => {
    const jwt = readFileSync(real('1edtech-ob30-simple-vcjwt.json'), 'utf8')
    const result = spawnSync(process.execPath, [binPath, 'verify', '--offline', '--json'], {
      input: jwt,
      encoding: 'utf8',
      env: cleanEnvironment({}),
    })
    expect(JSON.parse(result.stdout).format).toBe('vc-jwt')
  })

  it('exits 2 for a usage error', async () => {
    expect(
      await runCli(
        ['verify', '--language', 'de', '--in', real('dcc-v2-expired.json')],
        captureIo().io,
      ),
    ).toBe(2)
    expect(await runCli(['verify', '--in', real('missing.json')], captureIo().io)).toBe(2)
    expect(
      await runCli(
        [
          'verify',
          '--did-document',
          real('dcc-v2-expired.json'),
          '--in',
          real('dcc-v2-expired.json'),
        ],
        captureIo().io,
      ),
    ).toBe(2)
  })
})
