import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEscoCsvDataset } from '../../src/cli/esco-csv-dataset.js'
import { system } from '../../src/core/index.js'
import {
  createApiToken,
  createOrganisation,
  createPerson,
  demoPassword,
  grantRoles,
  importEscoDataset,
  listAuditEntries,
} from '../../src/services/index.js'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { asPerson, type SignedIn, signIn } from '../support/sign-in.js'
import { testDatabases } from '../support/test-databases.js'

const fixtureFolder = fileURLToPath(new URL('../fixtures/esco', import.meta.url))
const skill = (uuid: string) => `http://data.europa.eu/esco/skill/${uuid}`

// ESCO skills of the demo micro-credentials that the ESCO fixture holds.
const python = skill('ccd0a1d9-afda-43d9-b901-96344886e14d')
const executeSoftwareTests = skill('913e7e83-b8f8-4574-b1ca-1b38f3fd974a')
const debugSoftware = skill('2522a6ce-3202-4ac8-9f5b-b9cb5a3a83a1')
const projectManagement = skill('0a9acb6b-1139-4be9-b431-3a80a959f2f4')
const spreadsheets = skill('50b100ea-74fd-4706-99db-3e4ca55e51b8')
// In the fixture, but taught by no published demo micro-credential.
const uncovered = skill('0ee94c0a-3716-494a-95a2-dcbab9e58be2')
// An occupation of the fixture whose essential skills include two of the spreadsheet course's.
const occupation = 'http://data.europa.eu/esco/occupation/1c5a45b9-440e-4726-b565-16a952abd341'

const validNeed = {
  title: 'Python test automation for our product teams',
  description: 'Developers who write, test and debug Python.',
  skillUris: [python, executeSoftwareTests, debugSoftware, uncovered],
  peopleCount: 12,
  region: 'Pirkanmaa',
  startsOn: '2027-01-01',
  endsOn: '2027-06-30',
  visibility: 'public',
}

type NeedBody = {
  id: string
  state: string
  visibility: string
  skills: { uri: string; preferredLabel: string; source: string }[]
}

describe.each(testDatabases)('competence needs and matching on the $name database', (database) => {
  let testApp: TestApp
  let partner: SignedIn
  let otherPartner: SignedIn
  let designer: SignedIn
  let learner: SignedIn
  let publicNeedId: string
  let institutionsNeedId: string

  beforeAll(async () => {
    testApp = await buildTestApp(database)
    const { deps } = testApp.osaamo
    await importEscoDataset(deps, system, createEscoCsvDataset(fixtureFolder))
    const other = await createOrganisation(deps, system, {
      slug: 'kuusi-logistics',
      kind: 'partner',
      name: { fi: 'Kuusi Logistiikka Oy', en: 'Kuusi Logistics Ltd' },
      country: 'FI',
      region: 'Uusimaa',
    })
    const person = await createPerson(deps, system, {
      displayName: 'Toinen Kumppani',
      emailAddress: 'partner@kuusi.example.fi',
      password: demoPassword,
    })
    await grantRoles(deps, system, {
      organisationId: other.id,
      personId: person.id,
      roles: ['partner'],
    })
    partner = await signIn(testApp.app, 'partner@demo.osaamo.fi')
    otherPartner = await signIn(testApp.app, 'partner@kuusi.example.fi')
    designer = await signIn(testApp.app, 'designer@demo.osaamo.fi')
    learner = await signIn(testApp.app, 'learner@demo.osaamo.fi')
  })
  afterAll(async () => {
    await testApp?.close()
  })

  const post = (body: object, as: SignedIn | null = partner, slug = 'revontuli-software') =>
    testApp.app.inject({
      method: 'POST',
      url: `/api/organisations/${slug}/competence-needs`,
      headers: as === null ? {} : asPerson(as),
      payload: body,
    })
  const get = (url: string, as?: SignedIn) =>
    testApp.app.inject({
      method: 'GET',
      url,
      headers: as === undefined ? {} : { cookie: as.cookie },
    })

  it('posts a need with its ESCO skills labelled, and records it in the audit log', async () => {
    const response = await post(validNeed)
    expect(response.statusCode, response.body).toBe(201)
    const body = response.json<NeedBody>()
    publicNeedId = body.id
    expect(body).toMatchObject({ state: 'open', visibility: 'public', peopleCount: 12 })
    expect(body.skills[0]).toEqual({
      uri: python,
      preferredLabel: 'Python (computer programming)',
      source: 'chosen',
    })
    const revontuli =
      await testApp.osaamo.deps.stores.organisations.findBySlug('revontuli-software')
    const audit = await listAuditEntries(testApp.osaamo.deps, system, {
      organisationId: revontuli?.id ?? '',
      limit: 50,
    })
    expect(audit.map((entry) => entry.action)).toContain('competence-need.created')
  })

  it('expands an occupation to its essential skills after the named ones', async () => {
    const response = await post({
      ...validNeed,
      title: 'Data analysts',
      skillUris: [projectManagement],
      occupationUri: occupation,
      visibility: 'institutions',
    })
    expect(response.statusCode, response.body).toBe(201)
    const body = response.json<NeedBody>()
    institutionsNeedId = body.id
    expect(body.skills[0]).toMatchObject({ uri: projectManagement, source: 'chosen' })
    expect(body.skills.length).toBeGreaterThan(2)
    expect(body.skills.slice(1).every((entry) => entry.source === 'occupation')).toBe(true)
    expect(body.skills.map((entry) => entry.uri)).toContain(spreadsheets)
  })

  it('lists every problem at once, unknown ESCO skills among them, and saves nothing', async () => {
    const before = (
      await get('/api/organisations/revontuli-software/competence-needs', partner)
    ).json<{ items: unknown[] }>().items.length
    const unknown = skill('00000000-0000-4000-8000-000000000000')
    const response = await post({
      title: '',
      skillUris: ['python', unknown],
      occupationUri: 'http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-000000000000',
      peopleCount: 0,
      region: 'Pirkanmaa',
      startsOn: '2027-06-01',
      endsOn: '2027-01-01',
      visibility: 'friends',
    })
    expect(response.statusCode).toBe(400)
    const body = response.json<{
      code: string
      details: { problems: { path: string; code: string; params: object }[] }
    }>()
    expect(body.code).toBe('COMPETENCE_NEED_INVALID')
    expect(body.details.problems.map(({ path, code }) => `${path}:${code}`)).toEqual([
      'title:title-invalid',
      'skillUris/0:skill-uri-invalid',
      'peopleCount:people-count-invalid',
      'endsOn:need-ends-before-start',
      'visibility:visibility-unknown',
      'skillUris/1:skill-unknown',
      'occupationUri:occupation-unknown',
    ])
    expect(body.details.problems[5]?.params).toEqual({ uri: unknown })
    const after = (
      await get('/api/organisations/revontuli-software/competence-needs', partner)
    ).json<{ items: unknown[] }>().items.length
    expect(after).toBe(before)
  })

  it('refuses a need from an institution, and from someone who is not its partner', async () => {
    expect((await post(validNeed, designer, 'kaarnala-open')).statusCode).toBe(403)
    expect((await post(validNeed, otherPartner)).statusCode).toBe(403)
    expect((await post(validNeed, null)).statusCode).toBe(401)
  })

  it('shows a public need to anyone, and an institutions-only one to institutions and its partner', async () => {
    expect((await get(`/api/competence-needs/${publicNeedId}`)).statusCode).toBe(200)
    expect((await get(`/api/competence-needs/${institutionsNeedId}`, designer)).statusCode).toBe(
      200,
    )
    expect((await get(`/api/competence-needs/${institutionsNeedId}`, partner)).statusCode).toBe(200)
    for (const as of [undefined, learner, otherPartner]) {
      const response = await get(`/api/competence-needs/${institutionsNeedId}`, as)
      expect(response.statusCode).toBe(404)
      expect(response.json()).toMatchObject({ code: 'COMPETENCE_NEED_NOT_FOUND' })
    }
    const listedBy = async (as?: SignedIn) =>
      (await get('/api/competence-needs', as))
        .json<{ items: NeedBody[] }>()
        .items.map((need) => need.id)
    expect(await listedBy(otherPartner)).toEqual([publicNeedId])
    expect(await listedBy()).toEqual([publicNeedId])
    expect((await listedBy(designer)).sort()).toEqual([institutionsNeedId, publicNeedId].sort())
    const ofRevontuli = await get(
      '/api/organisations/revontuli-software/competence-needs',
      otherPartner,
    )
    expect(ofRevontuli.json<{ items: NeedBody[] }>().items.map((need) => need.id)).toEqual([
      publicNeedId,
    ])
  })

  it('shows institutions-only needs to an institution’s API token, not to a partner’s', async () => {
    const { deps } = testApp.osaamo
    const bearer = async (slug: string, roles: string[]) => {
      const organisation = await deps.stores.organisations.findBySlug(slug)
      const { secret } = await createApiToken(deps, system, {
        organisationId: organisation?.id ?? '',
        name: `${slug} reader`,
        roles,
      })
      return { authorization: `Bearer ${secret}` }
    }
    const read = async (headers: Record<string, string>) =>
      (
        await testApp.app.inject({
          method: 'GET',
          url: `/api/competence-needs/${institutionsNeedId}`,
          headers,
        })
      ).statusCode
    expect(await read(await bearer('pohjanranta-uas', ['registrar']))).toBe(200)
    expect(await read(await bearer('kuusi-logistics', ['partner']))).toBe(404)
  })

  it('matches a need to the published micro-credentials, explaining each shared skill', async () => {
    const response = await get(`/api/competence-needs/${publicNeedId}/matches`)
    expect(response.statusCode, response.body).toBe(200)
    const body = response.json<{
      coveragePercent: number
      coveredSkillUris: string[]
      uncoveredSkillUris: string[]
      matches: {
        title: { en?: string }
        coveragePercent: number
        sharedSkills: { uri: string; outcomes: { index: number; id: string }[] }[]
        missingSkillUris: string[]
      }[]
    }>()
    expect(body.coveredSkillUris).toEqual([python, executeSoftwareTests, debugSoftware])
    expect(body.uncoveredSkillUris).toEqual([uncovered])
    expect(body.coveragePercent).toBe(75)
    const best = body.matches[0]
    expect(best?.title.en).toBe('Programming basics with Python')
    expect(best?.coveragePercent).toBe(75)
    expect(best?.sharedSkills.map((entry) => entry.uri)).toEqual([
      python,
      executeSoftwareTests,
      debugSoftware,
    ])
    expect(best?.sharedSkills.every((entry) => entry.outcomes.length > 0)).toBe(true)
    expect(best?.missingSkillUris).toEqual([uncovered])
  })

  it('matches an occupation’s skills to the spreadsheet course, and names what no offer covers', async () => {
    const response = await get(`/api/competence-needs/${institutionsNeedId}/matches`, designer)
    expect(response.statusCode, response.body).toBe(200)
    const body = response.json<{
      uncoveredSkillUris: string[]
      matches: { title: { en?: string }; sharedSkills: { uri: string }[] }[]
    }>()
    const spreadsheetCourse = body.matches.find((match) =>
      match.title.en?.toLowerCase().includes('spreadsheet'),
    )
    expect(spreadsheetCourse?.sharedSkills.map((entry) => entry.uri)).toContain(spreadsheets)
    // Only the draft of the project management course's next version teaches this one.
    expect(body.uncoveredSkillUris).toContain(projectManagement)
  })

  it('lists the needs a draft answers, for those who may read the draft', async () => {
    const versions = (await get('/api/organisations/kaarnala-open/specifications', designer)).json<{
      items: {
        id: string
        status: string
        content: { learningOutcomes: { skills: { uri: string }[] }[] }
      }[]
    }>().items
    const draft = versions.find(
      (version) =>
        version.status === 'draft' &&
        version.content.learningOutcomes.some((outcome) =>
          outcome.skills.some((entry) => entry.uri === projectManagement),
        ),
    )
    expect(draft).toBeDefined()
    const url = `/api/specification-versions/${draft?.id}/competence-needs`
    const response = await get(url, designer)
    expect(response.statusCode, response.body).toBe(200)
    const items = response.json<{
      items: { need: { id: string }; match: { sharedSkills: { uri: string }[] } }[]
    }>().items
    expect(items.map((item) => item.need.id)).toEqual([institutionsNeedId])
    expect(items[0]?.match.sharedSkills.map((entry) => entry.uri)).toEqual([projectManagement])
    expect((await get(url, otherPartner)).statusCode).toBe(404)
  })

  it('changes an open need, keeping what is left out', async () => {
    const response = await testApp.app.inject({
      method: 'PATCH',
      url: `/api/competence-needs/${publicNeedId}`,
      headers: asPerson(partner),
      payload: { peopleCount: 20, skillUris: [python] },
    })
    expect(response.statusCode, response.body).toBe(200)
    expect(response.json()).toMatchObject({ peopleCount: 20, region: 'Pirkanmaa' })
    expect(response.json<NeedBody>().skills.map((entry) => entry.uri)).toEqual([python])
    const denied = await testApp.app.inject({
      method: 'PATCH',
      url: `/api/competence-needs/${publicNeedId}`,
      headers: asPerson(otherPartner),
      payload: { peopleCount: 1 },
    })
    expect(denied.statusCode).toBe(403)
  })

  it('withdraws a need: it leaves others’ view, and cannot be withdrawn again', async () => {
    const close = () =>
      testApp.app.inject({
        method: 'POST',
        url: `/api/competence-needs/${publicNeedId}/close`,
        headers: asPerson(partner),
      })
    const response = await close()
    expect(response.statusCode, response.body).toBe(200)
    expect(response.json()).toMatchObject({ state: 'closed' })
    expect((await close()).statusCode).toBe(409)
    const change = await testApp.app.inject({
      method: 'PATCH',
      url: `/api/competence-needs/${publicNeedId}`,
      headers: asPerson(partner),
      payload: { peopleCount: 2 },
    })
    expect(change.statusCode).toBe(409)
    expect(change.json()).toMatchObject({ code: 'COMPETENCE_NEED_CLOSED' })
    expect((await get(`/api/competence-needs/${publicNeedId}`)).statusCode).toBe(404)
    expect((await get(`/api/competence-needs/${publicNeedId}`, partner)).statusCode).toBe(200)
    const matches = await get(`/api/competence-needs/${publicNeedId}/matches`)
    expect(matches.statusCode).toBe(404)
  })
})
