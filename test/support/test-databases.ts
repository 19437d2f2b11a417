import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import pg from 'pg'
import { inject } from 'vitest'
import type { DatabaseLocation } from '../../src/storage/index.js'

/** A database a test suite can run against: a fresh, empty one per `create()`. */
export type TestDatabase = {
  readonly name: 'embedded' | 'server'
  create(): Promise<{ location: DatabaseLocation; drop(): Promise<void> }>
}

const serverUrl = process.env.TEST_DATABASE_URL

let embeddedTemplate: Promise<Blob> | undefined

/** In-memory PGlite, started from the migrated template made by global-setup.ts: always available. */
export const embeddedDatabase: TestDatabase = {
  name: 'embedded',
  async create() {
    embeddedTemplate ??= readFile(inject('embeddedTemplatePath')).then((bytes) => new Blob([bytes]))
    return {
      location: { kind: 'embedded', directory: undefined, seed: await embeddedTemplate },
      drop: async () => {},
    }
  },
}

/**
 * A PostgreSQL server given by TEST_DATABASE_URL: each create() makes a new database on it and
 * drop() removes it, so suites never see each other's rows.
 */
export const serverDatabase: TestDatabase | undefined =
  serverUrl === undefined
    ? undefined
    : {
        name: 'server',
        async create() {
          const name = `osaamo_test_${randomBytes(6).toString('hex')}`
          await withAdminClient((client) => client.query(`create database ${name}`))
          const url = new URL(serverUrl)
          url.pathname = `/${name}`
          return {
            location: { kind: 'server', url: url.toString(), poolSize: 5 },
            drop: async () => {
              await withAdminClient((client) =>
                client.query(`drop database if exists ${name} with (force)`),
              )
            },
          }
        },
      }

/** The databases every storage-touching suite runs on: embedded always, the server when configured. */
export const testDatabases: readonly TestDatabase[] =
  serverDatabase === undefined ? [embeddedDatabase] : [embeddedDatabase, serverDatabase]

/** Why the server leg is missing, for a visible skip. */
export const serverSkipReason =
  'set TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test) to run against a PostgreSQL server'

async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}
