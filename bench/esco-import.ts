// How long `osaamo esco import` of the full official ESCO set takes: on the embedded database
// always, and on the PostgreSQL server of TEST_DATABASE_URL when it is set (in a new database,
// dropped afterwards). The ESCO folder is ../shared/data/esco unless ESCO_FOLDER names another.
import { randomBytes } from 'node:crypto'
import { access } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { createEscoCsvDataset } from '../src/cli/esco-csv-dataset.js'
import { compose } from '../src/compose.js'
import { system } from '../src/core/index.js'
import { importEscoDataset } from '../src/services/index.js'
import type { DatabaseLocation } from '../src/storage/index.js'

const folder =
  process.env.ESCO_FOLDER ?? fileURLToPath(new URL('../../shared/data/esco', import.meta.url))

async function timeImport(name: string, location: DatabaseLocation): Promise<void> {
  const composition = await compose({
    database: location,
    isDemo: false,
    publicUrl: 'http://localhost:3000',
    mail: {
      kind: 'files',
      directory: join(tmpdir(), 'osaamo-bench-mail'),
      from: 'bench <b@localhost>',
    },
  })
  try {
    const started = performance.now()
    const record = await importEscoDataset(composition.deps, system, createEscoCsvDataset(folder))
    const seconds = (performance.now() - started) / 1000
    const rows = Object.entries(record.counts)
      .filter(([kind]) => kind !== 'knowledge')
      .reduce((sum, [, count]) => sum + count, 0)
    console.log(
      `  ${name}: ${seconds.toFixed(1)} s for ${rows} rows (${Math.round(rows / seconds)} rows/s)`,
    )
  } finally {
    await composition.close()
  }
}

export async function benchEscoImport(): Promise<void> {
  try {
    await access(join(folder, 'skills_en.csv'))
  } catch {
    console.log(`esco-import: skipped, no ESCO download in ${folder} (set ESCO_FOLDER)`)
    return
  }
  console.log(`osaamo esco import of ${folder} (full set), import only`)
  await timeImport('embedded database (in memory)', { kind: 'embedded', directory: undefined })
  const serverUrl = process.env.TEST_DATABASE_URL
  if (serverUrl === undefined) {
    console.log('  PostgreSQL server: skipped, set TEST_DATABASE_URL')
    return
  }
  const name = `osaamo_bench_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  try {
    await admin.query(`create database ${name}`)
    const url = new URL(serverUrl)
    url.pathname = `/${name}`
    await timeImport('PostgreSQL server', { kind: 'server', url: url.toString(), poolSize: 2 })
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`)
    await admin.end()
  }
}
