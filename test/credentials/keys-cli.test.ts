import { statSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { runCli } from '../../src/cli/program.js'
import { compose } from '../../src/compose.js'
import { readConfig } from '../../src/config.js'
import { system } from '../../src/core/index.js'
import { getOrganisation, issueSignedCredential } from '../../src/services/index.js'
import { unsignedCredential } from '../support/credential-fixtures.js'

async function osaamo(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const exitCode = await runCli(argv, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  })
  return { exitCode, out: out.join('\n'), err: err.join('\n') }
}

// In order, on one data directory with the demo data: each test builds on the one before. The
// demo's Kaarnala has a key already (its cohort is issued); Pohjanranta has none.
describe('osaamo keys list and rotate', () => {
  let dataDirectory: string
  let credentialId = ''
  beforeAll(async () => {
    dataDirectory = await mkdtemp(join(tmpdir(), 'osaamo-keys-cli-'))
    vi.stubEnv('DATABASE_URL', '')
    vi.stubEnv('OSAAMO_DATA_DIR', dataDirectory)
    expect((await osaamo('demo')).exitCode).toBe(0)
  })
  afterAll(async () => {
    vi.unstubAllEnvs()
    await rm(dataDirectory, { recursive: true, force: true })
  })
  beforeEach(() => {
    vi.unstubAllEnvs()
    vi.stubEnv('DATABASE_URL', '')
    vi.stubEnv('OSAAMO_DATA_DIR', dataDirectory)
    vi.stubEnv('OSAAMO_KEY_ENCRYPTION_KEY', '')
    vi.stubEnv('PORT', '')
  })

  it('makes a development key-encryption key once, readable by its owner only', () => {
    const mode = statSync(join(dataDirectory, 'key-encryption-key')).mode & 0o777
    expect(mode).toBe(0o600)
  })

  it('says when an organisation has no key yet', async () => {
    const { exitCode, out } = await osaamo('keys', 'list', '--organisation', 'pohjanranta-uas')
    expect(exitCode).toBe(0)
    expect(out).toContain('pohjanranta-uas has no signing key yet')
  })

  it('rotates into a first key, then retires it for a second', async () => {
    const first = await osaamo('keys', 'rotate', '--organisation', 'pohjanranta-uas')
    expect(first.exitCode).toBe(0)
    expect(first.out).toMatch(
      /^pohjanranta-uas now signs with did:web:localhost%3A3000:organisations:pohjanranta-uas#z6Mk\w+\.$/,
    )
    const second = await osaamo('keys', 'rotate', '--organisation', 'pohjanranta-uas')
    expect(second.out).toMatch(/^Retired did:web:.+#z6Mk\w+\.\npohjanranta-uas now signs with/)
    const { exitCode, out } = await osaamo(
      'keys',
      'list',
      '--organisation',
      'pohjanranta-uas',
      '--json',
    )
    expect(exitCode).toBe(0)
    const keys = JSON.parse(out) as { retiredAt: string | null; verificationMethod: string }[]
    expect(keys.map((key) => key.retiredAt === null)).toEqual([false, true])
    expect(out).not.toMatch(/secret|sealed/i)
    const lines = (await osaamo('keys', 'list', '--organisation', 'pohjanranta-uas')).out.split(
      '\n',
    )
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/: created .+; retired /)
    expect(lines[1]).toMatch(/: created .+; active$/)
  })

  it('signs in a later process with the key the command line made', async () => {
    const composition = await compose(readConfig())
    try {
      const pohjanranta = await getOrganisation(composition.deps, 'pohjanranta-uas')
      const { id, verifiableCredential } = await issueSignedCredential(composition.deps, {
        actor: system,
        organisationId: pohjanranta.id,
        credential: unsignedCredential(),
        format: 'eddsa-rdfc-2022',
        withStatus: true,
      })
      expect(verifiableCredential).toHaveProperty('proof')
      credentialId = id
    } finally {
      await composition.close()
    }
  })

  it('exits 3 naming the variable when the key-encryption key is not the one the keys were sealed with', async () => {
    vi.stubEnv('OSAAMO_KEY_ENCRYPTION_KEY', Buffer.alloc(32, 9).toString('base64'))
    const refused = await osaamo('credentials', 'revoke', credentialId, '--reason', 'Wrong key')
    expect(refused.exitCode).toBe(3)
    expect(refused.err).toContain('OSAAMO_KEY_ENCRYPTION_KEY')
    vi.stubEnv('OSAAMO_KEY_ENCRYPTION_KEY', '')
    expect((await osaamo('credentials', 'show', credentialId)).out).toMatch(/: active,/)
  })

  it('refuses an unknown organisation (exit 1) and a missing option (exit 2)', async () => {
    const unknown = await osaamo('keys', 'rotate', '--organisation', 'nobody')
    expect(unknown.exitCode).toBe(1)
    expect(unknown.err).toContain('nobody')
    expect((await osaamo('keys', 'list')).exitCode).toBe(2)
  })
})
