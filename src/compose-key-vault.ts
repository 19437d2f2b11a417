import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { decodeKeyEncryptionKey, type KeyEncryptionKeySource } from './config.js'
import { AppError, type KeyVault } from './core/index.js'
import { createKeyVault } from './credentials/index.js'
import type { DatabaseLocation } from './storage/index.js'

/**
 * The key vault for the configured key-encryption key. A development key is read from its file,
 * or made there once (mode 0600) on first start. Without any source (callers that build their
 * own configuration: scripts, benchmarks) an embedded database gets a throw-away key; a database
 * server is refused, because its keys would not open in any later process.
 */
export function openKeyVault(
  source: KeyEncryptionKeySource | undefined,
  database: DatabaseLocation,
): KeyVault {
  if (source?.kind === 'given') {
    return createKeyVault(source.key)
  }
  if (source?.kind === 'development-file') {
    return createKeyVault(readOrMakeDevelopmentKey(source.path))
  }
  if (database.kind === 'server') {
    throw new AppError(
      'CONFIG_INVALID',
      'The configuration is invalid:\n  - OSAAMO_KEY_ENCRYPTION_KEY must be set with DATABASE_URL.',
      { details: { problems: ['OSAAMO_KEY_ENCRYPTION_KEY must be set with DATABASE_URL.'] } },
    )
  }
  return createKeyVault(randomBytes(32))
}

function readOrMakeDevelopmentKey(path: string): Uint8Array {
  try {
    mkdirSync(dirname(path), { recursive: true })
    // 'wx' fails when the file exists, so a key made once is never replaced.
    writeFileSync(path, `${randomBytes(32).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 })
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) {
      throw new AppError(
        'CONFIG_INVALID',
        `The development key-encryption key cannot be written to ${path}; make OSAAMO_DATA_DIR writable or set OSAAMO_KEY_ENCRYPTION_KEY.`,
        { cause: error },
      )
    }
  }
  const key = decodeKeyEncryptionKey(readFileSync(path, 'utf8'))
  if (key === undefined) {
    throw new AppError(
      'CONFIG_INVALID',
      `The development key-encryption key in ${path} is not 32 bytes in base64url; restore it from a backup, or set OSAAMO_KEY_ENCRYPTION_KEY.`,
    )
  }
  return key
}
