// The demo micro-credentials: loaded through the real use cases, complete, and linked to real ESCO
// concepts. The ESCO check reads the full download in ../shared/data/esco when it is there.
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type SpecificationVersion, system, validateSpecification } from '../src/core/index.js'
import { demoSpecifications } from '../src/services/demo-specifications.js'
import { loadDemoData, verifyAuditLog } from '../src/services/index.js'
import { composeForTest, type TestComposition } from './support/compose-for-test.js'
import { embeddedDatabase } from './support/test-databases.js'

const escoFolder = fileURLToPath(new URL('../../shared/data/esco', import.meta.url))
const escoSkillsFile = join(escoFolder, 'skills_en.csv')
const isEscoAvailable = existsSync(escoSkillsFile)
const escoUriPattern =
  /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/

const blockingCodes = (version: SpecificationVersion) =>
  validateSpecification(version.content)
    .filter((problem) => problem.severity === 'blocking')
    .map((problem) => `${problem.path}:${problem.code}`)

describe('the demo micro-credentials', () => {
  let osaamo: TestComposition
  let kaarnalaId: string
  let pohjanrantaId: string
  /** Every version of every Kaarnala specification, oldest first within each. */
  let versions: SpecificationVersion[]
  let latest: SpecificationVersion[]

  beforeAll(async () => {
    osaamo = await composeForTest(embeddedDatabase, { isDemo: true })
    await loadDemoData(osaamo.deps)
    const { stores } = osaamo.deps
    const organisations = await stores.organisations.list()
    const idOf = (slug: string) => organisations.find((candidate) => candidate.slug === slug)?.id
    kaarnalaId = idOf('kaarnala-open') ?? ''
    pohjanrantaId = idOf('pohjanranta-uas') ?? ''
    latest = await stores.specifications.listLatestForOrganisation(kaarnalaId)
    versions = (
      await Promise.all(
        latest.map((version) => stores.specifications.listVersions(version.specificationId)),
      )
    ).flat()
  })
  afterAll(async () => {
    await osaamo?.close()
  })

  it('gives Kaarnala Open University at least twelve, spanning every lifecycle state', () => {
    expect(latest.length).toBeGreaterThanOrEqual(12)
    expect(latest.length).toBe(demoSpecifications.length)
    expect(new Set(versions.map((version) => version.status))).toEqual(
      new Set(['draft', 'in-review', 'approved', 'published', 'retired']),
    )
  })

  it('has no blocking problem in any version but the one draft left unfinished on purpose', () => {
    const published = versions.filter((version) => version.status === 'published')
    expect(published.length).toBeGreaterThanOrEqual(6)
    for (const version of published) {
      expect(blockingCodes(version), version.content.title.en).toEqual([])
      expect(version.publishedAt).toBeDefined()
      expect(version.reviewDueAt).toBeDefined()
    }
    const incomplete = versions.filter((version) => blockingCodes(version).length > 0)
    expect(incomplete.map((version) => [version.status, version.content.title.en])).toEqual([
      ['draft', 'Circular economy in construction'],
    ])
  })

  it('keeps a published version unchanged while its next version is a draft with a change log', () => {
    const next = versions.find((version) => version.versionNumber === 2)
    expect(next).toMatchObject({ status: 'draft' })
    expect(next?.changeLog).not.toBe('')
    const first = versions.find(
      (version) => version.specificationId === next?.specificationId && version.versionNumber === 1,
    )
    expect(first?.status).toBe('published')
    expect(next?.content.learningOutcomes.length).toBeGreaterThan(
      first?.content.learningOutcomes.length ?? 0,
    )
  })

  it('writes every text in Finnish and English, and at least four also in Swedish', () => {
    for (const { content } of latest) {
      for (const field of [content.title, content.summary, content.description]) {
        expect(field.fi?.trim(), content.title.en).toBeTruthy()
        expect(field.en?.trim(), content.title.en).toBeTruthy()
      }
      for (const outcome of content.learningOutcomes) {
        expect(outcome.text.fi).toMatch(/^Osaa /)
        expect(outcome.text.en).toMatch(/^Can /)
      }
    }
    const swedish = latest.filter(({ content }) =>
      [content.title, content.summary, content.description].every((field) => field.sv),
    )
    expect(swedish.length).toBeGreaterThanOrEqual(4)
  })

  it('varies the levels, sizes and forms of participation, and has a joint micro-credential', () => {
    const contents = latest.map((version) => version.content)
    expect(new Set(contents.map((content) => content.eqfLevel)).size).toBeGreaterThanOrEqual(3)
    expect(contents.map((content) => content.eqfLevel)).toContain('not-applicable')
    expect(
      new Set(contents.flatMap((content) => content.formsOfParticipation)).size,
    ).toBeGreaterThanOrEqual(3)
    expect(new Set(contents.map((content) => content.ects)).size).toBeGreaterThanOrEqual(3)
    const joint = contents.filter((content) => content.awardingBodyIds.length > 1)
    expect(joint.length).toBeGreaterThanOrEqual(1)
    expect(joint[0]?.awardingBodyIds).toEqual([kaarnalaId, pohjanrantaId])
    expect(contents.some((content) => content.price?.amountCents === 0)).toBe(true)
    expect(contents.some((content) => content.stackability.kind === 'stackable')).toBe(true)
  })

  it('records every step in an intact audit log', async () => {
    const actions = (await osaamo.deps.stores.audit.listAll()).map((entry) => entry.action)
    expect(actions.filter((action) => action === 'specification.created')).toHaveLength(
      demoSpecifications.length,
    )
    expect(actions).toContain('specification.publish')
    expect(actions).toContain('specification.retire')
    expect(actions).toContain('specification.version-started')
    expect(await verifyAuditLog(osaamo.deps, system)).toMatchObject({ isIntact: true })
  })

  describe.skipIf(!isEscoAvailable)(`against the ESCO download in ${escoFolder}`, () => {
    it('links only ESCO concepts that exist, with the kind ESCO gives them', async () => {
      const rows: { conceptUri: string; skillType: string }[] = parse(
        await readFile(escoSkillsFile),
        { columns: true, bom: true },
      )
      const skillTypes = new Map(rows.map((row) => [row.conceptUri, row.skillType]))
      const skills = versions.flatMap((version) =>
        version.content.learningOutcomes.flatMap((outcome) => outcome.skills),
      )
      expect(skills.length).toBeGreaterThan(0)
      for (const skill of skills) {
        expect(skill.uri).toMatch(escoUriPattern)
        expect(skillTypes.has(skill.uri), skill.uri).toBe(true)
        expect(skill.kind, skill.uri).toBe(
          skillTypes.get(skill.uri) === 'knowledge' ? 'knowledge' : 'skill',
        )
      }
    })
  })
})
