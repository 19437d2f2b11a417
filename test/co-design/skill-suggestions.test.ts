import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEscoCsvDataset } from '../../src/cli/esco-csv-dataset.js'
import { system } from '../../src/core/index.js'
import { importEscoDataset } from '../../src/services/index.js'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { asPerson, type SignedIn, signIn } from '../support/sign-in.js'
import { testDatabases } from '../support/test-databases.js'

const fixtureFolder = fileURLToPath(new URL('../fixtures/esco', import.meta.url))
const skill = (uuid: string) => `http://data.europa.eu/esco/skill/${uuid}`
const python = skill('ccd0a1d9-afda-43d9-b901-96344886e14d')
// In the fixture, taught by no published demo micro-credential.
const uncovered = skill('0ee94c0a-3716-494a-95a2-dcbab9e58be2')
const suggestUrl = '/api/organisations/revontuli-software/competence-needs/suggest-skills'
const rejectionsUrl = '/api/organisations/revontuli-software/skill-suggestion-rejections'
const text = 'Developers who write, test and debug Python programs'

type Suggestions = {
  language: string
  isEscoImported: boolean
  rejectedCount: number
  suggestions: {
    uri: string
    preferredLabel: string
    score: number
    matchedWords: { word: string; stem: string; inLabel: boolean; inDescription: boolean }[]
  }[]
}

describe.each(testDatabases)(
  'skill suggestions and the insight on the $name database',
  (database) => {
    let testApp: TestApp
    let partner: SignedIn
    let designer: SignedIn

    beforeAll(async () => {
      testApp = await buildTestApp(database)
      await importEscoDataset(testApp.osaamo.deps, system, createEscoCsvDataset(fixtureFolder))
      partner = await signIn(testApp.app, 'partner@demo.osaamo.fi')
      designer = await signIn(testApp.app, 'designer@demo.osaamo.fi')
      // Importing ESCO on a busy machine can take longer than the default minute.
    }, 180_000)
    afterAll(async () => {
      await testApp?.close()
    })

    const suggest = (payload: object, as: SignedIn = partner) =>
      testApp.app.inject({ method: 'POST', url: suggestUrl, headers: asPerson(as), payload })

    it('suggests ESCO skills for free text, each with the words it matched, the same each time', async () => {
      const response = await suggest({ text, language: 'en' })
      expect(response.statusCode, response.body).toBe(200)
      const body = response.json<Suggestions>()
      expect(body).toMatchObject({ language: 'en', isEscoImported: true, rejectedCount: 0 })
      const pythonSuggestion = body.suggestions.find((entry) => entry.uri === python)
      expect(pythonSuggestion?.matchedWords.map((word) => word.word)).toContain('python')
      expect(pythonSuggestion?.matchedWords.find((word) => word.word === 'python')?.inLabel).toBe(
        true,
      )
      expect(body.suggestions.every((entry) => entry.matchedWords.length > 0)).toBe(true)
      const scores = body.suggestions.map((entry) => entry.score)
      expect(scores).toEqual([...scores].sort((a, b) => b - a))
      expect((await suggest({ text, language: 'en' })).json()).toEqual(body)
      const excluded = (
        await suggest({ text, language: 'en', excludeSkillUris: [python] })
      ).json<Suggestions>()
      expect(excluded.suggestions.map((entry) => entry.uri)).not.toContain(python)
    })

    it('refuses another language, a text without words, and people who are not the partner', async () => {
      const finnish = await suggest({ text: 'Python-ohjelmoijia', language: 'fi' })
      expect(finnish.statusCode).toBe(400)
      expect(finnish.json()).toMatchObject({ code: 'SKILL_SUGGESTION_LANGUAGE_UNSUPPORTED' })
      const empty = await suggest({ text: ' the and of ', language: 'en' })
      expect(empty.statusCode).toBe(400)
      expect(empty.json()).toMatchObject({ code: 'SKILL_SUGGESTION_TEXT_INVALID' })
      expect((await suggest({ text, language: 'en' }, designer)).statusCode).toBe(403)
      const anonymous = await testApp.app.inject({
        method: 'POST',
        url: suggestUrl,
        payload: { text, language: 'en' },
      })
      expect(anonymous.statusCode).toBe(401)
    })

    it('does not suggest a rejected skill again until the rejection is forgotten', async () => {
      const reject = await testApp.app.inject({
        method: 'POST',
        url: rejectionsUrl,
        headers: asPerson(partner),
        payload: { skillUri: python },
      })
      expect(reject.statusCode, reject.body).toBe(200)
      expect(
        reject.json<{ items: { skillUri: string; preferredLabel: string }[] }>().items,
      ).toEqual([
        expect.objectContaining({
          skillUri: python,
          preferredLabel: 'Python (computer programming)',
        }),
      ])
      const after = (await suggest({ text, language: 'en' })).json<Suggestions>()
      expect(after.suggestions.map((entry) => entry.uri)).not.toContain(python)
      expect(after.rejectedCount).toBe(1)

      const unknown = await testApp.app.inject({
        method: 'POST',
        url: rejectionsUrl,
        headers: asPerson(partner),
        payload: { skillUri: skill('00000000-0000-0000-0000-000000000000') },
      })
      expect(unknown.statusCode).toBe(404)
      expect(unknown.json()).toMatchObject({ code: 'ESCO_CONCEPT_NOT_FOUND' })
      const listed = await testApp.app.inject({
        method: 'GET',
        url: rejectionsUrl,
        headers: asPerson(partner),
      })
      expect(listed.json<{ items: unknown[] }>().items).toHaveLength(1)

      const forget = await testApp.app.inject({
        method: 'DELETE',
        url: `${rejectionsUrl}?skill=${encodeURIComponent(python)}`,
        headers: asPerson(partner),
      })
      expect(forget.statusCode, forget.body).toBe(200)
      const again = (await suggest({ text, language: 'en' })).json<Suggestions>()
      expect(again.suggestions.map((entry) => entry.uri)).toContain(python)
    })

    it('accepts a suggested skill into a posted need as a chosen one', async () => {
      const posted = await testApp.app.inject({
        method: 'POST',
        url: '/api/organisations/revontuli-software/competence-needs',
        headers: asPerson(partner),
        payload: {
          title: 'Python developers',
          description: text,
          skillUris: [uncovered],
          peopleCount: 5,
          region: 'Pirkanmaa',
          startsOn: '2027-01-01',
          endsOn: '2027-06-30',
          visibility: 'public',
        },
      })
      expect(posted.statusCode, posted.body).toBe(201)
      const needId = posted.json<{ id: string }>().id
      const accept = () =>
        testApp.app.inject({
          method: 'POST',
          url: `/api/competence-needs/${needId}/skills`,
          headers: asPerson(partner),
          payload: { skillUri: python },
        })
      const accepted = await accept()
      expect(accepted.statusCode, accepted.body).toBe(200)
      expect(accepted.json<{ skills: { uri: string; source: string }[] }>().skills).toEqual([
        expect.objectContaining({ uri: uncovered, source: 'chosen' }),
        expect.objectContaining({ uri: python, source: 'chosen' }),
      ])
      expect((await accept()).json<{ skills: unknown[] }>().skills).toHaveLength(2)
      const denied = await testApp.app.inject({
        method: 'POST',
        url: `/api/competence-needs/${needId}/skills`,
        headers: asPerson(designer),
        payload: { skillUri: python },
      })
      expect(denied.statusCode).toBe(403)
    })

    it('shows demand against supply, counting only the needs the reader may read', async () => {
      const institutionsOnly = await testApp.app.inject({
        method: 'POST',
        url: '/api/organisations/revontuli-software/competence-needs',
        headers: asPerson(partner),
        payload: {
          title: 'Hidden need',
          skillUris: [uncovered],
          peopleCount: 7,
          region: 'Lappi',
          startsOn: '2027-01-01',
          endsOn: '2027-06-30',
          visibility: 'institutions',
        },
      })
      expect(institutionsOnly.statusCode, institutionsOnly.body).toBe(201)
      type Insight = {
        openNeedCount: number
        gaps: {
          uri: string
          needCount: number
          peopleCount: number
          offerCount: number
          coverage: string
        }[]
        regions: { region: string; needCount: number }[]
        fields: { fieldUri: string | null; label: string | null; needCount: number }[]
        institutions: { slug: string; publishedNeedCount: number; draftNeedCount: number | null }[]
      }
      const read = async (as?: SignedIn) => {
        const response = await testApp.app.inject({
          method: 'GET',
          url: '/api/co-design/insight',
          headers: as === undefined ? {} : { cookie: as.cookie },
        })
        expect(response.statusCode, response.body).toBe(200)
        return response.json<Insight>()
      }
      const anyone = await read()
      expect(anyone.openNeedCount).toBe(1)
      expect(anyone.regions).toEqual([{ region: 'Pirkanmaa', needCount: 1, peopleCount: 5 }])
      // Both skills of the public need: none teaches one, one micro-credential teaches Python (thin).
      expect(anyone.gaps).toEqual([
        expect.objectContaining({ uri: uncovered, needCount: 1, offerCount: 0, coverage: 'none' }),
        expect.objectContaining({ uri: python, needCount: 1, offerCount: 1, coverage: 'thin' }),
      ])
      // Python, under ICT's ISCED-F broad field; the uncovered skill may be under another.
      expect(anyone.fields.map((field) => field.fieldUri)).toContain(
        'http://data.europa.eu/esco/isced-f/06',
      )
      expect(anyone.institutions).toEqual([
        expect.objectContaining({
          slug: 'kaarnala-open',
          publishedNeedCount: 1,
          draftNeedCount: null,
        }),
      ])

      const staff = await read(designer)
      expect(staff.openNeedCount).toBe(2)
      expect(staff.regions.map((region) => region.region)).toEqual(['Lappi', 'Pirkanmaa'])
      expect(staff.gaps[0]).toMatchObject({ uri: uncovered, needCount: 2, peopleCount: 12 })
      const kaarnala = staff.institutions.find((entry) => entry.slug === 'kaarnala-open')
      expect(kaarnala?.draftNeedCount).toEqual(expect.any(Number))
    })
  },
)
