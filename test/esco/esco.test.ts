import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEscoCsvDataset } from '../../src/cli/esco-csv-dataset.js'
import { type EscoImportCounts, isAppError, system } from '../../src/core/index.js'
import { importEscoDataset, searchEscoSkills } from '../../src/services/index.js'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { testDatabases } from '../support/test-databases.js'

const fixtureFolder = fileURLToPath(new URL('../fixtures/esco', import.meta.url))

/** The fixture's rows, as scripts/cut-esco-fixture.ts printed them. */
const fixtureCounts: EscoImportCounts = {
  skills: 200,
  knowledge: 95,
  occupations: 20,
  skillGroups: 108,
  occupationSkillRelations: 518,
  skillSkillRelations: 41,
  broaderRelations: 337,
}

const encode = (uri: string) => encodeURIComponent(uri)

describe.each(testDatabases)('ESCO on the $name database', (database) => {
  let testApp: TestApp
  let brokenFolder: string
  beforeAll(async () => {
    testApp = await buildTestApp(database)
    brokenFolder = await mkdtemp(join(tmpdir(), 'osaamo-esco-'))
    await importEscoDataset(testApp.osaamo.deps, system, createEscoCsvDataset(fixtureFolder))
  })
  afterAll(async () => {
    await testApp?.close()
    await rm(brokenFolder, { recursive: true, force: true })
  })

  const search = async (q: string, limit?: number) => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/esco/skills',
      query: limit === undefined ? { q } : { q, limit: String(limit) },
    })
    expect(response.statusCode).toBe(200)
    return response.json<{
      items: {
        uri: string
        type: string
        preferredLabel: string
        matchedLabel: string
        score: number
      }[]
    }>().items
  }

  it('imports the fixture with the expected counts', async () => {
    const latest = await testApp.osaamo.deps.stores.esco.findLatestImport()
    expect(latest?.counts).toEqual(fixtureCounts)
    expect(latest?.source).toBe(fixtureFolder)
  })

  it('gives the same data when the same files are imported again', async () => {
    const before = await search('software', 50)
    const again = await importEscoDataset(
      testApp.osaamo.deps,
      system,
      createEscoCsvDataset(fixtureFolder),
    )
    expect(again.counts).toEqual(fixtureCounts)
    expect(await search('software', 50)).toEqual(before)
  })

  it('finds skills by a prefix, best matches first', async () => {
    const items = await search('progr')
    expect(items.length).toBeGreaterThan(0)
    for (const item of items) {
      expect(item.matchedLabel.toLowerCase()).toMatch(/(^|\s)progr/)
    }
    const scores = items.map((item) => item.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
  })

  it('finds a skill by a word that only an alternative label has', async () => {
    const [first] = await search('mocha', 5)
    expect(first).toMatchObject({ preferredLabel: 'JavaScript', matchedLabel: 'Mocha' })
  })

  it('forgives a typo through trigram similarity', async () => {
    const items = await search('javascrpt')
    expect(items.map((item) => item.preferredLabel)).toContain('JavaScript')
  })

  it('answers in a stable order and honours the limit', async () => {
    const items = await search('progr', 3)
    expect(items).toHaveLength(3)
    const all = await search('progr', 50)
    expect(all.length).toBeGreaterThan(3)
    expect(all.slice(0, 3)).toEqual(items)
    expect(await search('progr', 50)).toEqual(all)
  })

  it('answers 400 for a one-character search and for a limit over 50', async () => {
    for (const query of [{ q: 'p' }, { q: 'program', limit: '51' }, { q: '  p ' }]) {
      const response = await testApp.app.inject({ method: 'GET', url: '/api/esco/skills', query })
      expect(response.statusCode).toBe(400)
      expect(response.json()).toMatchObject({ code: 'REQUEST_INVALID' })
    }
  })

  it('returns one skill with its broader and related skills', async () => {
    const [hit] = await search('javascript', 1)
    const response = await testApp.app.inject({
      method: 'GET',
      url: `/api/esco/skills/${encode(hit?.uri ?? '')}`,
    })
    expect(response.statusCode).toBe(200)
    const skill = response.json<{ uri: string; broader: unknown[]; type: string }>()
    expect(skill).toMatchObject({ uri: hit?.uri, preferredLabel: 'JavaScript', type: 'knowledge' })
    expect(skill.broader.length).toBeGreaterThan(0)
  })

  it('answers 404 for an unknown skill or occupation URI', async () => {
    for (const kind of ['skills', 'occupations']) {
      const response = await testApp.app.inject({
        method: 'GET',
        url: `/api/esco/${kind}/${encode('http://data.europa.eu/esco/skill/nothing-here')}`,
      })
      expect(response.statusCode).toBe(404)
      expect(response.json()).toMatchObject({ code: 'ESCO_CONCEPT_NOT_FOUND' })
    }
  })

  it('finds occupations and returns one with its essential and optional skills', async () => {
    const search = await testApp.app.inject({
      method: 'GET',
      url: '/api/esco/occupations',
      query: { q: 'developer' },
    })
    expect(search.statusCode).toBe(200)
    const [first] = search.json<{ items: { uri: string }[] }>().items
    expect(first).toBeDefined()
    const response = await testApp.app.inject({
      method: 'GET',
      url: `/api/esco/occupations/${encode(first?.uri ?? '')}`,
    })
    expect(response.statusCode).toBe(200)
    const occupation = response.json<{ essentialSkills: unknown[]; optionalSkills: unknown[] }>()
    expect(occupation.essentialSkills.length + occupation.optionalSkills.length).toBeGreaterThan(0)
  })

  it('refuses a folder with a missing file and a missing column, listing both, changing nothing', async () => {
    await cp(fixtureFolder, brokenFolder, { recursive: true })
    await rm(join(brokenFolder, 'skillGroups_en.csv'))
    const skills = await readFile(join(brokenFolder, 'skills_en.csv'), 'utf8')
    await writeFile(join(brokenFolder, 'skills_en.csv'), skills.replace('altLabels', 'alt_labels'))
    const before = await testApp.osaamo.deps.stores.esco.findLatestImport()

    const error = await importEscoDataset(
      testApp.osaamo.deps,
      system,
      createEscoCsvDataset(brokenFolder),
    ).catch((caught: unknown) => caught)

    expect(isAppError(error, 'ESCO_IMPORT_INVALID')).toBe(true)
    expect(isAppError(error) && error.details?.problems).toEqual([
      { file: 'skills_en.csv', message: 'missing column altLabels' },
      { file: 'skillGroups_en.csv', message: 'the file is missing' },
    ])
    expect(await testApp.osaamo.deps.stores.esco.findLatestImport()).toEqual(before)
    expect(await searchEscoSkills(testApp.osaamo.deps, { text: 'javascript' })).not.toEqual([])
  })

  it('rolls back a bad row found late in the import, keeping the previous data', async () => {
    await cp(fixtureFolder, brokenFolder, { recursive: true })
    const relations = await readFile(join(brokenFolder, 'broaderRelationsSkillPillar.csv'), 'utf8')
    await writeFile(
      join(brokenFolder, 'broaderRelationsSkillPillar.csv'),
      `${relations}SkillGroup,,SkillGroup,http://data.europa.eu/esco/skill/x\n`,
    )
    const before = await search('software', 50)

    const error = await importEscoDataset(
      testApp.osaamo.deps,
      system,
      createEscoCsvDataset(brokenFolder),
    ).catch((caught: unknown) => caught)

    expect(isAppError(error, 'ESCO_IMPORT_INVALID')).toBe(true)
    expect(isAppError(error) && error.message).toMatch(/broaderRelationsSkillPillar\.csv, line \d+/)
    expect(await search('software', 50)).toEqual(before)
    expect((await testApp.osaamo.deps.stores.esco.findLatestImport())?.counts).toEqual(
      fixtureCounts,
    )
  })
})
