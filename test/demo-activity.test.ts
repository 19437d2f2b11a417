// What `npm start` shows beyond the micro-credentials: a finished offering with signed
// credentials (the demo learner's among them, one classmate's suspended), an offering taking
// enrolments and a planned one — loaded once, through the real use cases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoData } from '../src/services/index.js'
import { buildTestApp, type TestApp } from './support/build-test-app.js'
import { asPerson, type SignedIn, signIn } from './support/sign-in.js'
import { testDatabases } from './support/test-databases.js'

type OfferingBody = { id: string; state: string; courseCode: string | null }

describe.each(testDatabases)('the demo activity on the $name database', (database) => {
  let testApp: TestApp
  let registrar: SignedIn
  let learner: SignedIn

  beforeAll(async () => {
    testApp = await buildTestApp(database, { logLevel: 'error' }, { withDemoActivity: true })
    registrar = await signIn(testApp.app, 'registrar@demo.osaamo.fi')
    learner = await signIn(testApp.app, 'learner@demo.osaamo.fi')
  }, 120_000)
  afterAll(async () => {
    await testApp?.close()
  })

  const get = (url: string, as?: SignedIn) =>
    testApp.app.inject({ method: 'GET', url, headers: as === undefined ? {} : asPerson(as) })

  const offerings = async () =>
    (await get('/api/organisations/kaarnala-open/offerings', registrar)).json<{
      items: OfferingBody[]
    }>().items

  it('gives the registrar a closed, an open and a planned offering', async () => {
    const states = (await offerings()).map((offering) => offering.state).sort()
    expect(states).toEqual(['closed', 'open', 'planned'])
  })

  it('issued a signed credential to every learner of the closed offering who passed', async () => {
    const closed = (await offerings()).find((offering) => offering.state === 'closed')
    const response = await get(`/api/offerings/${closed?.id}/credentials`, registrar)
    expect(response.statusCode).toBe(200)
    const items = response.json<{ items: { displayName: string; state: string }[] }>().items
    // Six learners, one graded 0.
    expect(items).toHaveLength(5)
    expect(items.map((item) => item.displayName)).not.toContain('Leo Järvinen')
    expect(
      items.filter((item) => item.state === 'suspended').map((item) => item.displayName),
    ).toEqual(['Ella Koskinen'])
  })

  it('shows the demo learner their credential, which verifies', async () => {
    const mine = await get('/api/me/credentials', learner)
    const [credential] = mine.json<{ items: { id: string; state: string }[] }>().items
    expect(credential).toMatchObject({ state: 'active' })
    const download = await get(`/api/credentials/${credential?.id}/download`, learner)
    const verified = await testApp.app.inject({
      method: 'POST',
      url: '/credentials/verify',
      payload: { verifiableCredential: download.json() },
    })
    expect(verified.statusCode, verified.body).toBe(200)
    expect(verified.json<{ verified: boolean }>().verified).toBe(true)
  })

  it('lets learners enrol in the open offering from the catalogue', async () => {
    const open = (await offerings()).find((offering) => offering.state === 'open')
    const enrolled = await testApp.app.inject({
      method: 'POST',
      url: `/api/offerings/${open?.id}/enrolments`,
      headers: asPerson(learner),
    })
    expect(enrolled.statusCode).toBe(201)
  })

  it('lists the learner’s own enrolments with grade and credential, newest first', async () => {
    expect((await get('/api/me/enrolments')).statusCode).toBe(401)
    const response = await get('/api/me/enrolments', learner)
    expect(response.statusCode).toBe(200)
    const items = response.json<{
      items: {
        offering: { state: string; courseCode: string }
        title: { en: string }
        source: string
        result: { grade: string; isPassed: boolean } | null
        credentialId: string | null
      }[]
    }>().items
    // The open offering, which the test before enrolled her in, and the closed one (the test
    // clock stands still, so both have the same time and either may come first).
    const byState = (state: string) => items.find((item) => item.offering.state === state)
    expect(items).toHaveLength(2)
    expect(byState('open')).toMatchObject({ source: 'self', result: null, credentialId: null })
    const [mine] = (await get('/api/me/credentials', learner)).json<{ items: { id: string }[] }>()
      .items
    expect(byState('closed')).toMatchObject({
      source: 'import',
      title: { en: 'Programming basics with Python' },
      result: { grade: '4', isPassed: true },
      credentialId: mine?.id,
    })
    const registrarOwn = (await get('/api/me/enrolments', registrar)).json<{ items: unknown[] }>()
    expect(registrarOwn.items).toEqual([])
  })

  it('builds the learner’s skills profile from her credential: ESCO skills and 5 ECTS at EQF 6', async () => {
    const [mine] = (await get('/api/me/credentials', learner)).json<{ items: { id: string }[] }>()
      .items
    const response = await get('/api/me/portfolio/skills', learner)
    expect(response.statusCode).toBe(200)
    const profile = response.json<{
      skills: { uri: string; sources: { kind: string; id: string }[] }[]
      ects: { total: number; byLevel: { key: string; ects: number }[]; byField: unknown[] }
    }>()
    expect(profile.skills.length).toBeGreaterThan(0)
    for (const skill of profile.skills) {
      expect(skill.uri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\//)
      expect(skill.sources).toEqual([expect.objectContaining({ kind: 'issued', id: mine?.id })])
    }
    expect(profile.ects).toMatchObject({ total: 5, byLevel: [{ key: 'eqf-6', ects: 5 }] })
    expect(profile.ects.byField).toHaveLength(1)
    expect((await get('/api/me/portfolio/skills')).statusCode).toBe(401)
  })

  it('is loaded once: loading the demo data again changes nothing', async () => {
    const before = await offerings()
    expect(await loadDemoData(testApp.osaamo.deps)).toEqual({ isNewlyLoaded: false })
    expect(await offerings()).toEqual(before)
  })
})
