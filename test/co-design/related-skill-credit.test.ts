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

// “computer programming”: taught by the demo's published Python course.
const programming = skill('21d2f96d-35f7-4e3f-9745-c533d2dd6e97')
// “Java (computer programming)”: its broader skill is computer programming; no demo course
// teaches it.
const java = skill('19a8293b-8e95-4de3-983f-77484079c389')
// In the fixture, taught by no published demo micro-credential, and related to none that is.
const uncovered = skill('0ee94c0a-3716-494a-95a2-dcbab9e58be2')

type MatchingBody = {
  coveragePercent: number
  coveredSkillUris: string[]
  partlyCoveredSkillUris: string[]
  uncoveredSkillUris: string[]
  matches: {
    title: { en?: string }
    coveragePercent: number
    sharedSkills: { uri: string }[]
    relatedSkills: {
      uri: string
      weight: number
      via: { uri: string; label: string; relation: string; outcomes: { id: string }[] }[]
    }[]
    missingSkillUris: string[]
  }[]
}

describe.each(testDatabases)(
  'related skills give partial credit on the $name database',
  (database) => {
    let testApp: TestApp
    let partner: SignedIn
    let needId: string

    beforeAll(async () => {
      testApp = await buildTestApp(database)
      await importEscoDataset(testApp.osaamo.deps, system, createEscoCsvDataset(fixtureFolder))
      partner = await signIn(testApp.app, 'partner@demo.osaamo.fi')
      const response = await testApp.app.inject({
        method: 'POST',
        url: '/api/organisations/revontuli-software/competence-needs',
        headers: asPerson(partner),
        payload: {
          title: 'Java for our operators',
          skillUris: [java, uncovered],
          peopleCount: 4,
          region: 'Pirkanmaa',
          startsOn: '2027-01-01',
          endsOn: '2027-03-31',
          visibility: 'public',
        },
      })
      expect(response.statusCode, response.body).toBe(201)
      needId = response.json<{ id: string }>().id
      // Importing ESCO on a busy machine can take longer than the default minute.
    }, 180_000)
    afterAll(async () => {
      await testApp?.close()
    })

    it('counts a course teaching a related skill at half weight, listed apart with the relation', async () => {
      const response = await testApp.app.inject({
        method: 'GET',
        url: `/api/competence-needs/${needId}/matches`,
      })
      expect(response.statusCode, response.body).toBe(200)
      const body = response.json<MatchingBody>()
      expect(body.coveredSkillUris).toEqual([])
      expect(body.partlyCoveredSkillUris).toEqual([java])
      expect(body.uncoveredSkillUris).toEqual([uncovered])
      // (0 + 0.5) / 2 skills = 25 %
      expect(body.coveragePercent).toBe(25)
      const course = body.matches.find(
        (match) => match.title.en === 'Programming basics with Python',
      )
      expect(course?.sharedSkills).toEqual([])
      expect(course?.coveragePercent).toBe(25)
      expect(course?.missingSkillUris).toEqual([uncovered])
      expect(course?.relatedSkills).toHaveLength(1)
      expect(course?.relatedSkills[0]).toMatchObject({
        uri: java,
        weight: 0.5,
        via: [{ uri: programming, label: 'computer programming', relation: 'broader' }],
      })
      expect(course?.relatedSkills[0]?.via[0]?.outcomes.length).toBeGreaterThan(0)
    })

    it('lists the need among those the Python course’s version answers, in part', async () => {
      const designer = await signIn(testApp.app, 'designer@demo.osaamo.fi')
      const matching = (
        await testApp.app.inject({ method: 'GET', url: `/api/competence-needs/${needId}/matches` })
      ).json<MatchingBody & { matches: { versionId: string }[] }>()
      const versionId = (
        matching.matches.find((match) => match.title.en === 'Programming basics with Python') as
          | { versionId: string }
          | undefined
      )?.versionId
      const response = await testApp.app.inject({
        method: 'GET',
        url: `/api/specification-versions/${versionId}/competence-needs`,
        headers: { cookie: designer.cookie },
      })
      expect(response.statusCode, response.body).toBe(200)
      const answered = response
        .json<{ items: { need: { id: string }; match: MatchingBody['matches'][number] }[] }>()
        .items.find((item) => item.need.id === needId)
      expect(answered?.match.sharedSkills).toEqual([])
      expect(answered?.match.relatedSkills.map((related) => related.uri)).toEqual([java])
    })
  },
)
