import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Composition, compose, createArgon2Hasher } from '../../src/compose.js'
import type { MailDelivery, OidcSettings } from '../../src/config.js'
import type { Clock, IdGenerator } from '../../src/core/index.js'
import type { TestDatabase } from './test-databases.js'

/** The public address test installations believe they have. */
export const testPublicUrl = 'http://localhost:3000'

/**
 * The key-encryption key of test installations: fixed, so that keys sealed in one composition of
 * a test database open in another. Its base64 form is what spawned processes get.
 */
export const testKeyEncryptionKey = new Uint8Array(32).map((_, index) => index + 1)
export const testKeyEncryptionKeyBase64 = Buffer.from(testKeyEncryptionKey).toString('base64')

/** Mail of tests that do not read it goes into files under the system's temporary folder. */
export const testMailDelivery: MailDelivery = {
  kind: 'files',
  directory: join(tmpdir(), 'osaamo-test-mail'),
  from: 'Osaamo <no-reply@localhost>',
}

/** A clock that stays where it is put, so that times in assertions are exact. */
export function fixedClock(iso = '2026-11-28T10:00:00.000Z'): Clock & { set(iso: string): void } {
  let now = new Date(iso)
  return { now: () => new Date(now), set: (next) => (now = new Date(next)) }
}

/** Ids that are valid UUIDs and predictable: 00000000-0000-4000-8000-000000000001, …02, … */
export function sequentialIds(): IdGenerator {
  let next = 0
  return {
    newId: () => {
      next += 1
      return `00000000-0000-4000-8000-${next.toString().padStart(12, '0')}`
    },
  }
}

export type TestComposition = Composition & { readonly clock: ReturnType<typeof fixedClock> }

/** A fully composed Osaamo on a fresh database of the given kind; close() also drops it. */
export async function composeForTest(
  database: TestDatabase,
  options: { isDemo?: boolean; mail?: MailDelivery; oidc?: OidcSettings } = {},
): Promise<TestComposition> {
  const { location, drop } = await database.create()
  const clock = fixedClock()
  const composition = await compose(
    {
      database: location,
      isDemo: options.isDemo ?? true,
      publicUrl: testPublicUrl,
      mail: options.mail ?? testMailDelivery,
      oidc: options.oidc,
      keyEncryptionKey: { kind: 'given', key: testKeyEncryptionKey },
    },
    {
      clock,
      ids: sequentialIds(),
      // Real argon2id at a test-friendly cost: the production cost takes tens of ms a hash.
      passwordHasher: createArgon2Hasher({ memoryCost: 1024, timeCost: 1 }),
    },
  )
  return {
    ...composition,
    clock,
    close: async () => {
      await composition.close()
      await drop()
    },
  }
}
