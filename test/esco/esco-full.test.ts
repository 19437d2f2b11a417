// Imports the whole official ESCO download, when it is there. Slow (about half a minute), so it
// runs on the embedded database only; its timing is measured by `npm run bench -- esco-import`.
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEscoCsvDataset } from '../../src/cli/esco-csv-dataset.js'
import { system } from '../../src/core/index.js'
import { importEscoDataset, searchEscoSkills } from '../../src/services/index.js'
import { composeForTest, type TestComposition } from '../support/compose-for-test.js'
import { embeddedDatabase } from '../support/test-databases.js'

const folder = fileURLToPath(new URL('../../../shared/data/esco', import.meta.url))
const isAvailable = existsSync(join(folder, 'skills_en.csv'))

async function rowsOf(name: string): Promise<Record<string, string>[]> {
  return parse(await readFile(join(folder, name)), { columns: true, bom: true })
}

describe.skipIf(!isAvailable)(`the full ESCO download in ${folder}`, () => {
  let osaamo: TestComposition
  beforeAll(async () => {
    osaamo = await composeForTest(embeddedDatabase, { isDemo: false })
  })
  afterAll(async () => {
    await osaamo?.close()
  })

  it('imports as many rows of each kind as the CSV files hold', { timeout: 240_000 }, async () => {
    const skills = await rowsOf('skills_en.csv')
    const expected = {
      skills: skills.length,
      knowledge: skills.filter((row) => row.skillType === 'knowledge').length,
      occupations: (await rowsOf('occupations_en.csv')).length,
      skillGroups: (await rowsOf('skillGroups_en.csv')).length,
      occupationSkillRelations: (await rowsOf('occupationSkillRelations.csv')).length,
      skillSkillRelations: (await rowsOf('skillSkillRelations.csv')).length,
      broaderRelations: (await rowsOf('broaderRelationsSkillPillar.csv')).length,
    }
    expect(expected).toMatchObject({ skills: 13_896, occupations: 3_007 })

    const record = await importEscoDataset(osaamo.deps, system, createEscoCsvDataset(folder))

    expect(record.counts).toEqual(expected)
    const [first] = await searchEscoSkills(osaamo.deps, { text: 'computer programming' })
    expect(first?.preferredLabel).toBe('computer programming')
  })
})

describe.skipIf(isAvailable)('the full ESCO download', () => {
  it.skip(`is not in ${folder}, so its import is not tested`, () => {})
})
