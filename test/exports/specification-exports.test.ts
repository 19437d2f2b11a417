import { readFileSync } from 'node:fs'
import { Ajv2019 } from 'ajv/dist/2019.js'
import addFormatsPlugin from 'ajv-formats'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { asPerson, type SignedIn, signIn } from '../support/sign-in.js'
import { completeSpecificationContent } from '../support/specification-content.js'
import { testDatabases } from '../support/test-databases.js'

const schema = JSON.parse(
  readFileSync(
    new URL('../fixtures/vectors/ob3-json-schemas/achievementcredential.json', import.meta.url),
    'utf8',
  ),
) as { $id: string }
const addFormats = addFormatsPlugin as unknown as (ajv: Ajv2019) => Ajv2019
const ajv = addFormats(new Ajv2019({ allErrors: true, strict: false }))
ajv.addSchema(schema)
const validateAchievement = ajv.getSchema(`${schema.$id}#/$defs/Achievement`)
const csvTemplate = readFileSync(
  new URL('../../docs/specification-csv-template.csv', import.meta.url),
  'utf8',
)

const completeContent = { ...completeSpecificationContent, ects: 3, languages: ['fi', 'en'] }

describe.each(testDatabases)(
  'exporting and importing specifications on the $name database',
  (database) => {
    let testApp: TestApp
    let designer: SignedIn
    let reviewer: SignedIn
    let versionId: string

    beforeAll(async () => {
      testApp = await buildTestApp(database)
      designer = await signIn(testApp.app, 'designer@demo.osaamo.fi')
      reviewer = await signIn(testApp.app, 'reviewer@demo.osaamo.fi')
      const created = await testApp.app.inject({
        method: 'POST',
        url: '/api/organisations/kaarnala-open/specifications',
        headers: asPerson(designer),
        payload: { content: completeContent },
      })
      versionId = created.json<{ version: { id: string } }>().version.id
    })
    afterAll(async () => {
      await testApp?.close()
    })

    const exportOf = (format: 'open-badges-achievement' | 'elm', as?: SignedIn) =>
      testApp.app.inject({
        method: 'GET',
        url: `/api/specification-versions/${versionId}/exports/${format}`,
        headers: as === undefined ? {} : { cookie: as.cookie },
      })
    const importInto = (payload: Record<string, unknown>) =>
      testApp.app.inject({
        method: 'POST',
        url: '/api/organisations/kaarnala-open/specification-imports',
        headers: asPerson(designer),
        payload,
      })
    const countDrafts = async () =>
      (
        await testApp.app.inject({
          method: 'GET',
          url: '/api/organisations/kaarnala-open/specifications',
          headers: { cookie: designer.cookie },
        })
      ).json<{ items: unknown[] }>().items.length

    it('answers 404 to the public for an unpublished version, and exports it to the staff', async () => {
      expect((await exportOf('open-badges-achievement')).statusCode).toBe(404)
      expect((await exportOf('elm')).statusCode).toBe(404)
      expect((await exportOf('open-badges-achievement', designer)).statusCode).toBe(200)
    })

    it('exports a published version to anyone as an Achievement the OB 3.0 schema accepts', async () => {
      for (const [as, action] of [
        [designer, 'submit'],
        [reviewer, 'approve'],
        [reviewer, 'publish'],
      ] as const) {
        const response = await testApp.app.inject({
          method: 'POST',
          url: `/api/specification-versions/${versionId}/transitions`,
          headers: asPerson(as),
          payload: { action },
        })
        expect(response.statusCode, response.body).toBe(200)
      }
      const response = await exportOf('open-badges-achievement')
      expect(response.statusCode).toBe(200)
      const achievement = response.json()
      expect(validateAchievement?.(achievement), JSON.stringify(validateAchievement?.errors)).toBe(
        true,
      )
      expect(achievement).toMatchObject({
        id: `http://localhost:3000/api/specification-versions/${versionId}`,
        achievementType: 'MicroCredential',
        creditsAvailable: 3,
        creator: { type: ['Profile'], address: { addressCountryCode: 'FI' } },
      })
    })

    it('exports a published version as ELM JSON-LD with the vocabulary URIs', async () => {
      const response = await exportOf('elm')
      expect(response.statusCode).toBe(200)
      expect(response.headers['content-type']).toContain('application/ld+json')
      expect(response.json()).toMatchObject({
        '@context': 'http://data.europa.eu/snb/model/context/edc-ap',
        type: 'Qualification',
        creditPoint: [
          {
            framework: { id: 'http://data.europa.eu/snb/education-credit/6fcec5c5af' },
            point: '3',
          },
        ],
        volumeOfLearning: 'PT81H',
        eqfLevel: { id: 'http://data.europa.eu/snb/eqf/6' },
        mode: [{ id: 'http://data.europa.eu/snb/learning-assessment/920fbb3cbe' }],
        language: [
          { id: 'http://publications.europa.eu/resource/authority/language/FIN' },
          { id: 'http://publications.europa.eu/resource/authority/language/ENG' },
        ],
      })
    })

    it('imports two JSON items as two drafts', async () => {
      const before = await countDrafts()
      const response = await importInto({
        format: 'json',
        items: [completeContent, { ...completeContent, title: { fi: 'Toinen' } }],
      })
      expect(response.statusCode, response.body).toBe(201)
      const body = response.json<{
        items: { version: { status: string; content: { title: unknown } } }[]
      }>()
      expect(body.items.map((item) => item.version.status)).toEqual(['draft', 'draft'])
      expect(body.items[1]?.version.content.title).toEqual({ fi: 'Toinen' })
      expect(await countDrafts()).toBe(before + 2)
    })

    it('reports every bad item among good ones and saves nothing', async () => {
      const before = await countDrafts()
      const response = await importInto({
        format: 'json',
        items: [
          completeContent,
          { ...completeContent, ects: 'five' },
          completeContent,
          'not a specification',
        ],
      })
      expect(response.statusCode).toBe(400)
      const body = response.json<{
        code: string
        details: { problems: { row: number; path: string }[] }
      }>()
      expect(body.code).toBe('SPECIFICATION_IMPORT_INVALID')
      expect(body.details.problems.map(({ row, path }) => ({ row, path }))).toEqual([
        { row: 2, path: 'ects' },
        { row: 4, path: '' },
      ])
      expect(await countDrafts()).toBe(before)
    })

    it('imports the CSV template’s example as drafts', async () => {
      const before = await countDrafts()
      const response = await importInto({ format: 'csv', csv: csvTemplate })
      expect(response.statusCode, response.body).toBe(201)
      const body = response.json<{ items: { problems: { severity: string; code: string }[] }[] }>()
      expect(body.items).toHaveLength(2)
      for (const item of body.items) {
        expect(item.problems.filter((problem) => problem.severity === 'blocking')).toEqual([])
      }
      expect(await countDrafts()).toBe(before + 2)
    })

    it('reports every bad CSV row and saves nothing', async () => {
      const before = await countDrafts()
      const [header, good] = csvTemplate.split('\n')
      const bad = good?.replace(',5,135,6,', ',five,135,six,')
      const response = await importInto({ format: 'csv', csv: [header, good, bad, bad].join('\n') })
      expect(response.statusCode).toBe(400)
      const rows = response
        .json<{ details: { problems: { row: number; path: string }[] } }>()
        .details.problems.map(({ row, path }) => `${row}:${path}`)
      expect(rows).toEqual(['3:eqf_level', '3:ects', '4:eqf_level', '4:ects'])
      expect(await countDrafts()).toBe(before)
    })

    it('lets only the organisation’s designers import', async () => {
      const response = await testApp.app.inject({
        method: 'POST',
        url: '/api/organisations/kaarnala-open/specification-imports',
        headers: asPerson(reviewer),
        payload: { format: 'json', items: [completeContent] },
      })
      expect(response.statusCode).toBe(403)
    })
  },
)
