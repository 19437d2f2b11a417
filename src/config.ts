import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { AppError } from './core/index.js'
import type { DatabaseLocation } from './storage/index.js'

/**
 * Osaamo's configuration. This file is the only reader of the environment: everything else gets
 * values from here, through src/compose.ts. Every variable is documented in README.md and
 * .env.example.
 */
export type Config = {
  /** PORT: the HTTP port. */
  readonly port: number
  /** HOST: the interface to listen on. */
  readonly host: string
  /** OSAAMO_PUBLIC_URL: the address people and other systems use to reach this installation. */
  readonly publicUrl: string
  /** OSAAMO_DATA_DIR: where the embedded database and development keys live. */
  readonly dataDirectory: string
  /** DATABASE_URL (and DATABASE_POOL_SIZE): unset means the embedded database. */
  readonly database: DatabaseLocation
  /** LOG_LEVEL: the least severe log level written. */
  readonly logLevel: LogLevel
  /** OSAAMO_DEMO: whether demo data (and, later, demo accounts) may be loaded. */
  readonly isDemo: boolean
  /** OSAAMO_BODY_LIMIT: the largest request body accepted, in bytes. */
  readonly bodyLimitBytes: number
  /** OSAAMO_SMTP_URL and OSAAMO_MAIL_FROM: where mail goes; without SMTP, into files. */
  readonly mail: MailDelivery
  /** OSAAMO_OIDC_*: the installation's single sign-on provider; unset means none. */
  readonly oidc: OidcSettings | undefined
  /** OSAAMO_KEY_ENCRYPTION_KEY: seals the organisations' signing keys in the database. */
  readonly keyEncryptionKey: KeyEncryptionKeySource
  /** OSAAMO_TRUSTED_ISSUERS and OSAAMO_DID_DOCUMENTS: what verification trusts and knows offline. */
  readonly verifier: VerifierSettings
  /**
   * OSAAMO_SIGNING_THREADS: worker threads that sign cohorts on a database server; unset means
   * one per core, 1 signs in the serving thread.
   */
  readonly signingThreads: number | undefined
}

/** How this installation verifies other issuers' credentials. */
export type VerifierSettings = {
  /**
   * OSAAMO_TRUSTED_ISSUERS: issuer ids (DIDs or URLs) whose credentials are "from a trusted
   * issuer"; an entry ending in `*` is a prefix. This installation's organisations always are.
   */
  readonly trustedIssuers: readonly string[]
  /** OSAAMO_DID_DOCUMENTS: a folder of DID documents (JSON) used instead of resolving them. */
  readonly didDocumentsDirectory: string | undefined
}

/**
 * Where the key-encryption key comes from: the environment, or, on the embedded database when
 * none is given, a development key that the composition root makes once in the data directory.
 */
export type KeyEncryptionKeySource =
  | { readonly kind: 'given'; readonly key: Uint8Array }
  | { readonly kind: 'development-file'; readonly path: string }

/** One OpenID Connect provider per installation, e.g. the institution's SSO. */
export type OidcSettings = {
  /** OSAAMO_OIDC_ISSUER: the provider's issuer URL (https; http only on this machine). */
  readonly issuer: string
  /** OSAAMO_OIDC_CLIENT_ID: Osaamo's client id at the provider. */
  readonly clientId: string
  /** OSAAMO_OIDC_CLIENT_SECRET: Osaamo's client secret at the provider (client_secret_basic). */
  readonly clientSecret: string
  /** OSAAMO_OIDC_NAME: the label on the sign-in button, e.g. "Kaarnala SSO". */
  readonly name: string
}

/** Mail goes to an SMTP server, or, with none configured, into .eml files to read in development. */
export type MailDelivery =
  | { readonly kind: 'smtp'; readonly url: string; readonly from: string }
  | { readonly kind: 'files'; readonly directory: string; readonly from: string }

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof logLevels)[number]

export type Environment = Readonly<Record<string, string | undefined>>

export type ConfigResult =
  | { readonly isValid: true; readonly config: Config }
  | { readonly isValid: false; readonly problems: readonly string[] }

/**
 * Parses and checks the whole configuration, collecting every problem instead of stopping at the
 * first, so that an operator fixes them all in one go. Relative paths resolve against `cwd`.
 */
export function parseConfig(env: Environment, cwd: string): ConfigResult {
  const problems: string[] = []
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim()
    return value === undefined || value === '' ? undefined : value
  }

  const port = parseInteger(read('PORT'), 'PORT', { min: 1, max: 65_535, fallback: 3000 }, problems)
  const host = read('HOST') ?? 'localhost'
  const dataDirectory = resolve(cwd, read('OSAAMO_DATA_DIR') ?? '.data')
  const poolSize = parseInteger(
    read('DATABASE_POOL_SIZE'),
    'DATABASE_POOL_SIZE',
    { min: 1, max: 1000, fallback: 10 },
    problems,
  )
  const signingThreadsText = read('OSAAMO_SIGNING_THREADS')
  const signingThreads =
    signingThreadsText === undefined
      ? undefined
      : parseInteger(
          signingThreadsText,
          'OSAAMO_SIGNING_THREADS',
          { min: 1, max: 256, fallback: 1 },
          problems,
        )
  const bodyLimitBytes = parseInteger(
    read('OSAAMO_BODY_LIMIT'),
    'OSAAMO_BODY_LIMIT',
    { min: 1024, max: 100 * 1024 * 1024, fallback: 1024 * 1024 },
    problems,
  )

  const databaseUrl = read('DATABASE_URL')
  if (databaseUrl !== undefined && !isPostgresUrl(databaseUrl)) {
    problems.push(
      'DATABASE_URL must be a postgres:// or postgresql:// URL, or unset for the embedded database.',
    )
  }
  const database: DatabaseLocation =
    databaseUrl === undefined
      ? { kind: 'embedded', directory: resolve(dataDirectory, 'pglite') }
      : { kind: 'server', url: databaseUrl, poolSize }

  const publicUrl = read('OSAAMO_PUBLIC_URL') ?? `http://localhost:${port}`
  if (!isHttpUrl(publicUrl)) {
    problems.push(
      'OSAAMO_PUBLIC_URL must be an http:// or https:// URL, such as https://osaamo.example.fi.',
    )
  }

  const logLevelText = read('LOG_LEVEL') ?? 'info'
  const logLevel = logLevels.find((level) => level === logLevelText)
  if (logLevel === undefined) {
    problems.push(`LOG_LEVEL must be one of ${logLevels.join(', ')}.`)
  }

  const smtpUrl = read('OSAAMO_SMTP_URL')
  if (
    smtpUrl !== undefined &&
    !(URL.canParse(smtpUrl) && ['smtp:', 'smtps:'].includes(new URL(smtpUrl).protocol))
  ) {
    problems.push(
      'OSAAMO_SMTP_URL must be an smtp:// or smtps:// URL, such as smtp://user:password@mail.example.fi:587.',
    )
  }
  const mailFrom = read('OSAAMO_MAIL_FROM') ?? 'Osaamo <no-reply@localhost>'
  const mail: MailDelivery =
    smtpUrl === undefined
      ? { kind: 'files', directory: resolve(dataDirectory, 'mail'), from: mailFrom }
      : { kind: 'smtp', url: smtpUrl, from: mailFrom }

  const isDemo = parseBoolean(
    read('OSAAMO_DEMO'),
    'OSAAMO_DEMO',
    databaseUrl === undefined,
    problems,
  )

  const oidc = parseOidc(read, problems)
  const keyEncryptionKey = parseKeyEncryptionKey(
    read('OSAAMO_KEY_ENCRYPTION_KEY'),
    { isServer: databaseUrl !== undefined, dataDirectory },
    problems,
  )

  const verifier = parseVerifier(read, cwd, problems)

  if (problems.length > 0 || logLevel === undefined) {
    return { isValid: false, problems }
  }
  return {
    isValid: true,
    config: Object.freeze({
      port,
      host,
      publicUrl: publicUrl.replace(/\/+$/, ''),
      dataDirectory,
      database,
      logLevel,
      isDemo,
      bodyLimitBytes,
      mail,
      oidc,
      keyEncryptionKey,
      verifier,
      signingThreads,
    }),
  }
}

function parseVerifier(
  read: (name: string) => string | undefined,
  cwd: string,
  problems: string[],
): VerifierSettings {
  const trustedIssuers = (read('OSAAMO_TRUSTED_ISSUERS') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
  for (const entry of trustedIssuers) {
    if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(entry)) {
      problems.push(
        `OSAAMO_TRUSTED_ISSUERS must list DIDs or URLs separated by commas, such as did:web:osaamo.example.fi:organisations:*; "${entry}" is neither.`,
      )
    }
  }
  const folder = read('OSAAMO_DID_DOCUMENTS')
  const didDocumentsDirectory = folder === undefined ? undefined : resolve(cwd, folder)
  if (didDocumentsDirectory !== undefined && !existsSync(didDocumentsDirectory)) {
    problems.push(
      `OSAAMO_DID_DOCUMENTS must be a folder of DID documents; ${folder} does not exist.`,
    )
  }
  return { trustedIssuers, didDocumentsDirectory }
}

/**
 * Reads the configuration of this process: a `.env` file in the working directory if there is
 * one (variables already set win), then the environment. Throws CONFIG_INVALID listing every
 * problem.
 */
export function readConfig(): Config {
  const envFile = resolve(process.cwd(), '.env')
  if (existsSync(envFile)) {
    process.loadEnvFile(envFile)
  }
  const result = parseConfig(process.env, process.cwd())
  if (!result.isValid) {
    throw new AppError(
      'CONFIG_INVALID',
      `The configuration is invalid:\n  - ${result.problems.join('\n  - ')}`,
      {
        details: { problems: result.problems },
      },
    )
  }
  return result.config
}

const oidcVariables = {
  issuer: 'OSAAMO_OIDC_ISSUER',
  clientId: 'OSAAMO_OIDC_CLIENT_ID',
  clientSecret: 'OSAAMO_OIDC_CLIENT_SECRET',
  name: 'OSAAMO_OIDC_NAME',
} as const

/** Single sign-on is all or nothing: either every OSAAMO_OIDC_* variable is set, or none is. */
function parseOidc(
  read: (name: string) => string | undefined,
  problems: string[],
): OidcSettings | undefined {
  const issuer = read(oidcVariables.issuer)
  const clientId = read(oidcVariables.clientId)
  const clientSecret = read(oidcVariables.clientSecret)
  const name = read(oidcVariables.name)
  const given = { issuer, clientId, clientSecret, name }
  const missing = Object.entries(given)
    .filter(([, value]) => value === undefined)
    .map(([key]) => oidcVariables[key as keyof typeof oidcVariables])
  if (missing.length === 4) {
    return undefined
  }
  for (const variable of missing) {
    problems.push(
      `${variable} must be set too: single sign-on needs all of ${Object.values(oidcVariables).join(', ')}, or none.`,
    )
  }
  if (issuer !== undefined && !isIssuerUrl(issuer)) {
    problems.push(
      'OSAAMO_OIDC_ISSUER must be an https:// URL (http:// only for localhost or 127.0.0.1), such as https://sso.example.fi.',
    )
  }
  if (
    issuer === undefined ||
    clientId === undefined ||
    clientSecret === undefined ||
    name === undefined
  ) {
    return undefined
  }
  // The issuer is kept exactly as given: discovery compares it with the provider's own.
  return { issuer, clientId, clientSecret, name }
}

/**
 * 32 bytes in base64 or base64url. Required with a database server, where a key kept on one
 * machine's disk would not reach the other processes (and would sit beside a backup-less disk).
 * The value itself never appears in a message.
 */
function parseKeyEncryptionKey(
  text: string | undefined,
  context: { isServer: boolean; dataDirectory: string },
  problems: string[],
): KeyEncryptionKeySource {
  const developmentFile: KeyEncryptionKeySource = {
    kind: 'development-file',
    path: resolve(context.dataDirectory, 'key-encryption-key'),
  }
  if (text === undefined) {
    if (context.isServer) {
      problems.push(
        'OSAAMO_KEY_ENCRYPTION_KEY must be set with DATABASE_URL: 32 random bytes in base64 (make one with `openssl rand -base64 32`) that seal the signing keys; keep it safe, without it the keys cannot be opened.',
      )
    }
    return developmentFile
  }
  const key = decodeKeyEncryptionKey(text)
  if (key === undefined) {
    problems.push(
      'OSAAMO_KEY_ENCRYPTION_KEY must be 32 bytes in base64 or base64url (make one with `openssl rand -base64 32`).',
    )
    return developmentFile
  }
  return { kind: 'given', key }
}

/** The 32 bytes of a base64 or base64url text, or undefined when it is not exactly that. */
export function decodeKeyEncryptionKey(text: string): Uint8Array | undefined {
  const trimmed = text.trim()
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) {
    return undefined
  }
  const bytes = Buffer.from(trimmed, 'base64')
  return bytes.length === 32 ? new Uint8Array(bytes) : undefined
}

function isIssuerUrl(text: string): boolean {
  if (!URL.canParse(text)) {
    return false
  }
  const url = new URL(text)
  return (
    url.protocol === 'https:' ||
    (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname))
  )
}

function parseInteger(
  text: string | undefined,
  name: string,
  range: { min: number; max: number; fallback: number },
  problems: string[],
): number {
  if (text === undefined) {
    return range.fallback
  }
  const value = Number(text)
  if (!/^\d+$/.test(text) || value < range.min || value > range.max) {
    problems.push(
      `${name} must be a whole number from ${range.min} to ${range.max} (got "${text}").`,
    )
    return range.fallback
  }
  return value
}

function parseBoolean(
  text: string | undefined,
  name: string,
  fallback: boolean,
  problems: string[],
): boolean {
  if (text === undefined) {
    return fallback
  }
  const normalised = text.toLowerCase()
  if (['true', '1', 'yes', 'on'].includes(normalised)) {
    return true
  }
  if (['false', '0', 'no', 'off'].includes(normalised)) {
    return false
  }
  problems.push(`${name} must be true or false (got "${text}").`)
  return fallback
}

function isPostgresUrl(text: string): boolean {
  return URL.canParse(text) && ['postgres:', 'postgresql:'].includes(new URL(text).protocol)
}

function isHttpUrl(text: string): boolean {
  return URL.canParse(text) && ['http:', 'https:'].includes(new URL(text).protocol)
}
