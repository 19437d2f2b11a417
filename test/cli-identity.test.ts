import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { sql } from 'kysely'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { runCli } from '../src/cli/program.js'
import { compose } from '../src/compose.js'
import { system } from '../src/core/index.js'
import { getPersonByEmail } from '../src/services/index.js'
import { openDatabase } from '../src/storage/index.js'
import { captureIo } from './support/capture-io.js'
import { testMailDelivery, testPublicUrl } from './support/compose-for-test.js'

/** Runs a command and returns its exit code with what it printed. */
async function osaamo(...argv: string[]) {
  const { io, out, err } = captureIo()
  const exitCode = await runCli(argv, io)
  return { exitCode, out: out.join('\n'), err: err.join('\n') }
}

const kaarnala = [
  'orgs',
  'create',
  '--slug',
  'kaarnala-open',
  '--kind',
  'institution',
  '--name-fi',
  'Kaarnalan avoin yliopisto',
  '--name-en',
  'Kaarnala Open University',
  '--country',
  'FI',
  '--region',
  'Pirkanmaa',
]

const commandsWithHelp = [
  ['orgs'],
  ['orgs', 'create'],
  ['orgs', 'list'],
  ['users'],
  ['users', 'create'],
  ['users', 'list'],
  ['users', 'grant'],
  ['tokens'],
  ['tokens', 'create'],
  ['tokens', 'list'],
  ['tokens', 'revoke'],
  ['audit'],
  ['audit', 'verify'],
]

// The tests run in order on one data directory: each builds on what the one before it stored.
describe('the identity commands of the osaamo command line', () => {
  let dataDirectory: string
  beforeAll(async () => {
    dataDirectory = await mkdtemp(join(tmpdir(), 'osaamo-cli-identity-'))
  })
  afterAll(async () => {
    await rm(dataDirectory, { recursive: true, force: true })
  })
  beforeEach(() => {
    vi.unstubAllEnvs()
    vi.stubEnv('DATABASE_URL', '')
    vi.stubEnv('OSAAMO_DATA_DIR', dataDirectory)
    vi.stubEnv('OSAAMO_DEMO', 'false')
    vi.stubEnv('PORT', '')
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it.each(commandsWithHelp.map((words) => words.join(' ')))(
    'has --help for %s',
    async (command) => {
      const { exitCode, out } = await osaamo(...command.split(' '), '--help')
      expect(exitCode).toBe(0)
      expect(out).toContain(`Usage: osaamo ${command}`)
    },
  )

  it('lists the new commands in the top-level --help', async () => {
    const { out } = await osaamo('--help')
    for (const command of ['orgs', 'users', 'tokens', 'audit']) {
      expect(out).toContain(command)
    }
  })

  it('creates an organisation and lists it', async () => {
    const created = await osaamo(...kaarnala)
    expect(created.exitCode).toBe(0)
    expect(created.out).toBe(
      'Created the organisation kaarnala-open (institution, FI, Pirkanmaa): Kaarnalan avoin yliopisto.',
    )
    const listed = await osaamo('orgs', 'list')
    expect(listed.out).toBe('kaarnala-open (institution, FI, Pirkanmaa): Kaarnalan avoin yliopisto')
    const json = JSON.parse((await osaamo('orgs', 'list', '--json')).out)
    expect(json).toEqual([
      expect.objectContaining({
        slug: 'kaarnala-open',
        kind: 'institution',
        name: { fi: 'Kaarnalan avoin yliopisto', en: 'Kaarnala Open University' },
        country: 'FI',
        region: 'Pirkanmaa',
      }),
    ])
  })

  it('refuses an organisation with a bad slug, no name and a bad country, naming each problem', async () => {
    const { exitCode, err } = await osaamo(
      ...['orgs', 'create', '--slug', 'Bad Slug', '--kind', 'partner', '--country', 'Finland'],
    )
    expect(exitCode).toBe(1)
    expect(err).toMatch(/^osaamo: The organisation is not valid\./)
    expect(err).toContain('--slug: Use 1–63 lower-case letters')
    expect(err).toContain('--name-fi, --name-sv or --name-en: Give the name')
    expect(err).toContain('--country: Use a two-letter')
    expect((await osaamo('orgs', 'list')).out.split('\n')).toHaveLength(1)
  })

  it('refuses an organisation of an unknown kind as a usage error', async () => {
    const { exitCode } = await osaamo(
      ...['orgs', 'create', '--slug', 'x', '--kind', 'company', '--country', 'FI'],
    )
    expect(exitCode).toBe(2)
  })

  it('creates a person without a password', async () => {
    const { exitCode, out } = await osaamo(
      ...['users', 'create', '--email', 'Maija@Example.fi', '--name', 'Maija Meikäläinen'],
    )
    expect(exitCode).toBe(0)
    expect(out).toBe(
      'Created Maija Meikäläinen <maija@example.fi>, who has no password and signs in through single sign-on.',
    )
  })

  it('creates a person with the password on the first line of standard input', async () => {
    vi.spyOn(process, 'stdin', 'get').mockReturnValue(
      Readable.from(['a long enough password\nnot this line\n']) as unknown as typeof process.stdin,
    )
    const { exitCode, out } = await osaamo(
      ...['users', 'create', '--email', 'ville@example.fi', '--name', 'Ville Virta'],
      '--password-stdin',
    )
    expect(exitCode).toBe(0)
    expect(out).toContain('who can sign in with the password')
    const composition = await compose({
      database: { kind: 'embedded', directory: join(dataDirectory, 'pglite') },
      isDemo: false,
      publicUrl: testPublicUrl,
      mail: testMailDelivery,
    })
    try {
      const { deps } = composition
      const ville = await getPersonByEmail(deps, system, 'ville@example.fi')
      const hash = await deps.stores.people.findPasswordHash(ville.id)
      expect(hash).toBeDefined()
      expect(await deps.passwordHasher.verify(hash ?? '', 'a long enough password')).toBe(true)
    } finally {
      await composition.close()
    }
  })

  it('refuses a short password from standard input and an e-mail address that is not one', async () => {
    vi.spyOn(process, 'stdin', 'get').mockReturnValue(
      Readable.from(['short\n']) as unknown as typeof process.stdin,
    )
    const { exitCode, err } = await osaamo(
      ...['users', 'create', '--email', 'nobody', '--name', 'Nobody', '--password-stdin'],
    )
    expect(exitCode).toBe(1)
    expect(err).toContain('--email: Give an e-mail address')
    expect(err).toContain('--password-stdin: Use at least 12 characters.')
  })

  it('grants roles and lists people with their addresses and roles', async () => {
    const granted = await osaamo(
      ...['users', 'grant', '--email', 'maija@example.fi', '--org', 'kaarnala-open'],
      ...['--roles', 'designer, admin'],
    )
    expect(granted.exitCode).toBe(0)
    expect(granted.out).toBe(
      'Maija Meikäläinen now has the roles admin, designer in kaarnala-open.',
    )
    const listed = await osaamo('users', 'list')
    expect(listed.out.split('\n')).toEqual([
      'Maija Meikäläinen <maija@example.fi>: kaarnala-open: admin, designer',
      'Ville Virta <ville@example.fi>: no roles',
    ])
    const json = JSON.parse((await osaamo('users', 'list', '--json')).out)
    expect(json[0]).toMatchObject({
      displayName: 'Maija Meikäläinen',
      emailAddresses: ['maija@example.fi'],
      memberships: [{ organisation: 'kaarnala-open', roles: ['admin', 'designer'] }],
    })
  })

  it('ends a membership with empty roles', async () => {
    const ended = await osaamo(
      ...['users', 'grant', '--email', 'ville@example.fi', '--org', 'kaarnala-open'],
      ...['--roles', 'registrar'],
    )
    expect(ended.exitCode).toBe(0)
    const removed = await osaamo(
      ...['users', 'grant', '--email', 'ville@example.fi', '--org', 'kaarnala-open', '--roles', ''],
    )
    expect(removed.out).toBe('Ville Virta no longer has roles in kaarnala-open.')
    expect((await osaamo('users', 'list')).out).toContain(
      'Ville Virta <ville@example.fi>: no roles',
    )
  })

  it('refuses to grant an unknown role, to an unknown person or in an unknown organisation', async () => {
    const grant = (email: string, org: string, roles: string) =>
      osaamo('users', 'grant', '--email', email, '--org', org, '--roles', roles)
    const unknownRole = await grant('maija@example.fi', 'kaarnala-open', 'admin,wizard')
    expect(unknownRole.exitCode).toBe(1)
    expect(unknownRole.err).toContain('Unknown roles: wizard')
    const unknownPerson = await grant('nobody@example.fi', 'kaarnala-open', 'admin')
    expect(unknownPerson.exitCode).toBe(1)
    expect(unknownPerson.err).toContain('nobody@example.fi')
    const unknownOrganisation = await grant('maija@example.fi', 'nowhere', 'admin')
    expect(unknownOrganisation.exitCode).toBe(1)
    expect(unknownOrganisation.err).toContain('"nowhere"')
  })

  let secret: string
  let tokenId: string

  it('creates an API token and prints its secret once', async () => {
    const { exitCode, out } = await osaamo(
      ...['tokens', 'create', '--org', 'kaarnala-open', '--name', 'SIS import'],
      ...['--roles', 'registrar'],
    )
    expect(exitCode).toBe(0)
    const lines = out.split('\n')
    expect(lines[0]).toMatch(
      /^Created the API token "SIS import" \(([0-9a-f-]{36})\) in kaarnala-open with the roles registrar\.$/,
    )
    expect(lines[1]).toContain('it will not be shown again')
    expect(lines[2]).toMatch(/^osaamo_at_[A-Za-z0-9_-]{43}$/)
    secret = lines[2] ?? ''
    tokenId = /\(([0-9a-f-]{36})\)/.exec(lines[0] ?? '')?.[1] ?? ''
  })

  it('refuses an API token without roles, naming the problem', async () => {
    const { exitCode, err } = await osaamo(
      ...['tokens', 'create', '--org', 'kaarnala-open', '--name', 'empty', '--roles', ''],
    )
    expect(exitCode).toBe(1)
    expect(err).toContain('--roles: Give at least one role')
  })

  it('lists API tokens without their secrets', async () => {
    const listed = await osaamo('tokens', 'list', '--org', 'kaarnala-open')
    expect(listed.exitCode).toBe(0)
    expect(listed.out).toMatch(
      new RegExp(
        `^${tokenId} "SIS import": roles registrar; created \\S+; last used never; active$`,
      ),
    )
    const json = await osaamo('tokens', 'list', '--org', 'kaarnala-open', '--json')
    expect(JSON.parse(json.out)).toEqual([
      {
        id: tokenId,
        name: 'SIS import',
        roles: ['registrar'],
        createdAt: expect.any(String),
        lastUsedAt: null,
        revokedAt: null,
      },
    ])
    for (const output of [listed.out, json.out]) {
      expect(output).not.toContain(secret)
      expect(output).not.toContain(secret.slice('osaamo_at_'.length))
    }
  })

  it('revokes an API token', async () => {
    const revoked = await osaamo('tokens', 'revoke', '--org', 'kaarnala-open', '--id', tokenId)
    expect(revoked.exitCode).toBe(0)
    expect(revoked.out).toBe(`The API token "SIS import" (${tokenId}) is revoked.`)
    expect((await osaamo('tokens', 'list', '--org', 'kaarnala-open')).out).toMatch(
      /; revoked \d{4}-\d\d-\d\dT\S+$/,
    )
  })

  it('refuses to revoke a token that is not there, and an id that is not one', async () => {
    const missing = await osaamo(
      ...['tokens', 'revoke', '--org', 'kaarnala-open'],
      ...['--id', '00000000-0000-4000-8000-000000000000'],
    )
    expect(missing.exitCode).toBe(1)
    expect(missing.err).toContain('No such API token.')
    expect((await osaamo('tokens', 'revoke', '--org', 'kaarnala-open', '--id', 'x')).exitCode).toBe(
      2,
    )
  })

  it('finds the audit log intact', async () => {
    const { exitCode, out } = await osaamo('audit', 'verify')
    expect(exitCode).toBe(0)
    expect(out).toMatch(/^The audit log is intact: \d+ entries\.$/)
    expect(Number(/(\d+) entries/.exec(out)?.[1])).toBeGreaterThanOrEqual(7)
  })

  it('names the first altered entry of the audit log and exits 1', async () => {
    const handle = await openDatabase({
      kind: 'embedded',
      directory: join(dataDirectory, 'pglite'),
    })
    try {
      await sql`update audit_entries set action = 'tampered' where position = 2`.execute(handle.db)
    } finally {
      await handle.close()
    }
    const { exitCode, out, err } = await osaamo('audit', 'verify')
    expect(exitCode).toBe(1)
    expect(out).toBe('')
    expect(err).toBe(
      'osaamo: The audit log is broken at entry 2: its content does not match its hash: it was changed after it was written.',
    )
  })
})
