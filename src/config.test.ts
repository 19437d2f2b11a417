import { describe, expect, it } from 'vitest'
import { parseConfig } from './config.js'

describe('parseConfig', () => {
  it('runs with no configuration at all: port 3000, embedded database in ./.data, demo on', () => {
    const result = parseConfig({}, '/srv/osaamo')
    expect(result).toEqual({
      isValid: true,
      config: {
        port: 3000,
        host: 'localhost',
        publicUrl: 'http://localhost:3000',
        dataDirectory: '/srv/osaamo/.data',
        database: { kind: 'embedded', directory: '/srv/osaamo/.data/pglite' },
        logLevel: 'info',
        isDemo: true,
        bodyLimitBytes: 1_048_576,
        mail: {
          kind: 'files',
          directory: '/srv/osaamo/.data/mail',
          from: 'Osaamo <no-reply@localhost>',
        },
        oidc: undefined,
        keyEncryptionKey: {
          kind: 'development-file',
          path: '/srv/osaamo/.data/key-encryption-key',
        },
        verifier: { trustedIssuers: [], didDocumentsDirectory: undefined },
      },
    })
  })

  it('reads OSAAMO_SIGNING_THREADS, and refuses a count that is not a positive integer', () => {
    const given = parseConfig({ OSAAMO_SIGNING_THREADS: '3' }, '/')
    expect(given.isValid && given.config.signingThreads).toBe(3)
    const refused = parseConfig({ OSAAMO_SIGNING_THREADS: '0' }, '/')
    expect(refused.isValid).toBe(false)
  })

  it('uses a PostgreSQL server when DATABASE_URL is set, and is then not a demo by default', () => {
    const result = parseConfig(
      {
        DATABASE_URL: 'postgres://osaamo@db.example.fi:5432/osaamo',
        DATABASE_POOL_SIZE: '25',
        OSAAMO_KEY_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
      },
      '/',
    )
    expect(result.isValid && result.config.database).toEqual({
      kind: 'server',
      url: 'postgres://osaamo@db.example.fi:5432/osaamo',
      poolSize: 25,
    })
    expect(result.isValid && result.config.isDemo).toBe(false)
  })

  it('resolves a relative data directory against the working directory', () => {
    const result = parseConfig({ OSAAMO_DATA_DIR: 'var/osaamo' }, '/srv')
    expect(result.isValid && result.config.dataDirectory).toBe('/srv/var/osaamo')
  })

  it('derives the public address from the port and drops a trailing slash from a given one', () => {
    expect(parseConfig({ PORT: '8080' }, '/')).toMatchObject({
      config: { publicUrl: 'http://localhost:8080' },
    })
    expect(parseConfig({ OSAAMO_PUBLIC_URL: 'https://osaamo.example.fi/' }, '/')).toMatchObject({
      config: { publicUrl: 'https://osaamo.example.fi' },
    })
  })

  it('sends mail through SMTP when OSAAMO_SMTP_URL is set, and refuses another scheme', () => {
    expect(
      parseConfig(
        {
          OSAAMO_SMTP_URL: 'smtp://osaamo:secret@mail.example.fi:587',
          OSAAMO_MAIL_FROM: 'Osaamo <osaamo@example.fi>',
        },
        '/',
      ),
    ).toMatchObject({
      config: {
        mail: {
          kind: 'smtp',
          url: 'smtp://osaamo:secret@mail.example.fi:587',
          from: 'Osaamo <osaamo@example.fi>',
        },
      },
    })
    const result = parseConfig({ OSAAMO_SMTP_URL: 'http://mail.example.fi' }, '/')
    expect(result.isValid === false && result.problems[0]).toMatch(/^OSAAMO_SMTP_URL/)
  })

  it('treats empty variables as unset', () => {
    const result = parseConfig({ PORT: '', DATABASE_URL: '  ' }, '/')
    expect(result).toMatchObject({
      isValid: true,
      config: { port: 3000, database: { kind: 'embedded' } },
    })
  })

  it('reports every problem at once', () => {
    const result = parseConfig(
      {
        PORT: 'eighty',
        DATABASE_URL: 'mysql://localhost/osaamo',
        DATABASE_POOL_SIZE: '0',
        LOG_LEVEL: 'loud',
        OSAAMO_DEMO: 'perhaps',
        OSAAMO_PUBLIC_URL: 'ftp://osaamo.example.fi',
        OSAAMO_BODY_LIMIT: '12',
        OSAAMO_KEY_ENCRYPTION_KEY: 'c2hvcnQ=',
      },
      '/',
    )
    expect(result.isValid).toBe(false)
    const problems = result.isValid ? [] : result.problems
    expect(problems).toHaveLength(8)
    for (const name of [
      'PORT',
      'DATABASE_URL',
      'DATABASE_POOL_SIZE',
      'LOG_LEVEL',
      'OSAAMO_DEMO',
      'OSAAMO_PUBLIC_URL',
      'OSAAMO_BODY_LIMIT',
      'OSAAMO_KEY_ENCRYPTION_KEY',
    ]) {
      expect(problems.some((problem) => problem.startsWith(name))).toBe(true)
    }
  })

  it('sets up single sign-on when every OSAAMO_OIDC_* variable is given', () => {
    const result = parseConfig(
      {
        OSAAMO_OIDC_ISSUER: 'https://sso.kaarnala.example.fi/',
        OSAAMO_OIDC_CLIENT_ID: 'osaamo',
        OSAAMO_OIDC_CLIENT_SECRET: 'a secret',
        OSAAMO_OIDC_NAME: 'Kaarnala SSO',
      },
      '/',
    )
    expect(result.isValid && result.config.oidc).toEqual({
      issuer: 'https://sso.kaarnala.example.fi/',
      clientId: 'osaamo',
      clientSecret: 'a secret',
      name: 'Kaarnala SSO',
    })
    expect(
      parseConfig(
        {
          OSAAMO_OIDC_ISSUER: 'http://127.0.0.1:4000',
          OSAAMO_OIDC_CLIENT_ID: 'osaamo',
          OSAAMO_OIDC_CLIENT_SECRET: 'a secret',
          OSAAMO_OIDC_NAME: 'Test SSO',
        },
        '/',
      ).isValid,
    ).toBe(true)
  })

  it('reports a partial single sign-on set-up and a plain-HTTP issuer elsewhere, all at once', () => {
    const result = parseConfig(
      { OSAAMO_OIDC_ISSUER: 'http://sso.example.fi', OSAAMO_OIDC_CLIENT_ID: 'osaamo' },
      '/',
    )
    expect(result.isValid).toBe(false)
    const problems = result.isValid ? [] : result.problems
    expect(problems).toHaveLength(3)
    for (const name of ['OSAAMO_OIDC_CLIENT_SECRET', 'OSAAMO_OIDC_NAME', 'OSAAMO_OIDC_ISSUER']) {
      expect(problems.some((problem) => problem.startsWith(name))).toBe(true)
    }
  })

  it('refuses a port out of range and a fractional number', () => {
    expect(parseConfig({ PORT: '70000' }, '/').isValid).toBe(false)
    expect(parseConfig({ PORT: '3000.5' }, '/').isValid).toBe(false)
  })

  it('accepts the usual spellings of true and false', () => {
    for (const [text, expected] of [
      ['true', true],
      ['YES', true],
      ['1', true],
      ['off', false],
      ['0', false],
    ] as const) {
      expect(parseConfig({ OSAAMO_DEMO: text }, '/')).toMatchObject({
        config: { isDemo: expected },
      })
    }
  })

  describe('the key-encryption key', () => {
    const server = { DATABASE_URL: 'postgres://osaamo@db.example.fi:5432/osaamo' }
    const bytes = Buffer.from(Array.from({ length: 32 }, (_, index) => index * 7))

    it('takes 32 bytes in base64 or base64url', () => {
      for (const text of [bytes.toString('base64'), bytes.toString('base64url')]) {
        const result = parseConfig({ ...server, OSAAMO_KEY_ENCRYPTION_KEY: text }, '/')
        expect(result.isValid && result.config.keyEncryptionKey).toEqual({
          kind: 'given',
          key: new Uint8Array(bytes),
        })
      }
    })

    it('refuses another length or alphabet without repeating the value', () => {
      for (const text of [bytes.subarray(0, 16).toString('base64'), 'not a key at all!']) {
        const result = parseConfig({ OSAAMO_KEY_ENCRYPTION_KEY: text }, '/')
        expect(result.isValid).toBe(false)
        const problems = result.isValid ? [] : result.problems
        expect(problems.join('\n')).toContain('OSAAMO_KEY_ENCRYPTION_KEY must be 32 bytes')
        expect(problems.join('\n')).not.toContain(text)
      }
    })

    it('is required with a database server, listed with the other problems', () => {
      const result = parseConfig({ ...server, PORT: 'eighty' }, '/')
      expect(result.isValid).toBe(false)
      const problems = result.isValid ? [] : result.problems
      expect(problems).toHaveLength(2)
      expect(problems.join('\n')).toContain(
        'OSAAMO_KEY_ENCRYPTION_KEY must be set with DATABASE_URL',
      )
    })

    it('defaults to a development key in the data directory on the embedded database', () => {
      const result = parseConfig({ OSAAMO_DATA_DIR: '/var/osaamo' }, '/')
      expect(result.isValid && result.config.keyEncryptionKey).toEqual({
        kind: 'development-file',
        path: '/var/osaamo/key-encryption-key',
      })
    })
  })

  describe('the verifier settings', () => {
    it('reads trusted issuers as a comma-separated list, prefixes included', () => {
      const result = parseConfig(
        {
          OSAAMO_TRUSTED_ISSUERS: ' did:web:a.example:organisations:* , https://b.example/issuer ',
        },
        '/',
      )
      expect(result.isValid && result.config.verifier.trustedIssuers).toEqual([
        'did:web:a.example:organisations:*',
        'https://b.example/issuer',
      ])
    })

    it('names each entry that is neither a DID nor a URL, and a DID folder that does not exist', () => {
      const result = parseConfig(
        {
          OSAAMO_TRUSTED_ISSUERS: 'kaarnala,did:web:ok.example',
          OSAAMO_DID_DOCUMENTS: 'no-such-folder',
        },
        '/nonexistent',
      )
      expect(result.isValid).toBe(false)
      const problems = result.isValid ? [] : result.problems
      expect(problems).toHaveLength(2)
      expect(problems[0]).toContain('"kaarnala" is neither')
      expect(problems[1]).toContain('OSAAMO_DID_DOCUMENTS must be a folder')
    })
  })
})
