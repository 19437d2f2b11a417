import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { compose } from '../../src/compose.js'
import { readConfig } from '../../src/config.js'
import { system } from '../../src/core/index.js'
import {
  getOrganisation,
  getPersonByEmail,
  issueSignedCredential,
} from '../../src/services/index.js'
import { runOsaamo as osaamo } from '../support/capture-io.js'
import { unsignedCredential } from '../support/credential-fixtures.js'

describe('osaamo credentials claim-link', () => {
  let dataDirectory: string
  let learnersCredential = ''
  let anonymousCredential = ''
  const stubEnvironment = () => {
    vi.unstubAllEnvs()
    vi.stubEnv('DATABASE_URL', '')
    vi.stubEnv('OSAAMO_DATA_DIR', dataDirectory)
    vi.stubEnv('OSAAMO_KEY_ENCRYPTION_KEY', '')
    vi.stubEnv('PORT', '')
  }
  beforeAll(async () => {
    dataDirectory = await mkdtemp(join(tmpdir(), 'osaamo-claim-cli-'))
    stubEnvironment()
    expect((await osaamo('demo')).exitCode).toBe(0)
    const composition = await compose(readConfig())
    try {
      const { deps } = composition
      const kaarnala = await getOrganisation(deps, 'kaarnala-open')
      const learner = await getPersonByEmail(deps, system, 'learner@demo.osaamo.fi')
      const issue = async (learnerPersonId?: string) =>
        (
          await issueSignedCredential(deps, {
            actor: system,
            organisationId: kaarnala.id,
            credential: unsignedCredential(),
            format: 'eddsa-rdfc-2022',
            withStatus: true,
            learnerPersonId,
          })
        ).id
      learnersCredential = await issue(learner.id)
      anonymousCredential = await issue()
    } finally {
      await composition.close()
    }
  })
  afterAll(async () => {
    vi.unstubAllEnvs()
    await rm(dataDirectory, { recursive: true, force: true })
  })
  beforeEach(stubEnvironment)

  it('sends a link to the learner’s address, and again with a new address and language', async () => {
    const first = await osaamo('credentials', 'claim-link', learnersCredential)
    expect(first.exitCode, first.err).toBe(0)
    expect(first.out).toMatch(
      new RegExp(
        `^Sent the claim link of ${learnersCredential} to learner@demo\\.osaamo\\.fi \\(fi\\); it works until \\d{4}-`,
      ),
    )
    const second = await osaamo(
      'credentials',
      'claim-link',
      `urn:uuid:${learnersCredential}`,
      '--email',
      'sanni.laine@example.fi',
      '--language',
      'sv',
    )
    expect(second.out).toContain('to sanni.laine@example.fi (sv)')
    expect((await osaamo('audit', 'verify')).exitCode).toBe(0)
  })

  it('asks for an address when the credential has no learner, and refuses a bad language', async () => {
    const noAddress = await osaamo('credentials', 'claim-link', anonymousCredential)
    expect(noAddress.exitCode).toBe(1)
    expect(noAddress.err).toContain('give the address to send to')
    const language = await osaamo(
      'credentials',
      'claim-link',
      anonymousCredential,
      '--language',
      'de',
    )
    expect(language.exitCode).toBe(2)
    const given = await osaamo(
      'credentials',
      'claim-link',
      anonymousCredential,
      '--email',
      'x@example.fi',
    )
    expect(given.exitCode).toBe(0)
  })

  it('explains itself in --help', async () => {
    const { exitCode, out } = await osaamo('credentials', 'claim-link', '--help')
    expect(exitCode).toBe(0)
    expect(out).toContain('--email <address>')
    expect(out).toContain('A claimed credential has no link to send.')
  })
})
