import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { dumpEmbeddedDatabase } from '../../src/storage/index.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated, empty embedded database, dumped once per run and loaded by every suite. */
    embeddedTemplatePath: string
  }
}

/** Builds the embedded-database template once, so that each suite opens it in half a second. */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = await mkdtemp(join(tmpdir(), 'osaamo-test-'))
  const path = join(folder, 'embedded-template.tar')
  const dump = await dumpEmbeddedDatabase({ kind: 'embedded', directory: undefined })
  await writeFile(path, new Uint8Array(await dump.arrayBuffer()))
  project.provide('embeddedTemplatePath', path)
  return () => rm(folder, { recursive: true, force: true })
}
