import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { system } from '../../src/core/index.js'
import { listAuditEntries } from '../../src/services/index.js'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { asPerson, type SignedIn, signIn } from '../support/sign-in.js'
import { testDatabases } from '../support/test-databases.js'
import {
  type DemoVersion,
  listDemoVersions,
  postOffering,
  transition,
  validOfferingBody,
} from './offering-fixtures.js'

describe.each(testDatabases)('planning and running offerings on the $name database', (database) => {
  let testApp: TestApp
  let registrar: SignedIn
  let admin: SignedIn
  let designer: SignedIn
  let learner: SignedIn
  let partner: SignedIn
  let published: DemoVersion
  let draft: DemoVersion
  let offeringId: string

  beforeAll(async () => {
    testApp = await buildTestApp(database)
    registrar = await signIn(testApp.app, 'registrar@demo.osaamo.fi')
    admin = await signIn(testApp.app, 'admin@demo.osaamo.fi')
    designer = await signIn(testApp.app, 'designer@demo.osaamo.fi')
    learner = await signIn(testApp.app, 'learner@demo.osaamo.fi')
    partner = await signIn(testApp.app, 'partner@demo.osaamo.fi')
    const versions = await listDemoVersions(testApp.app, registrar)
    published = versions.find((version) => version.status === 'published') as DemoVersion
    draft = versions.find(
      (version) => version.status === 'draft' && version.versionNumber === 1,
    ) as DemoVersion
  })
  afterAll(async () => {
    await testApp?.close()
  })

  const get = (id: string, as?: SignedIn) =>
    testApp.app.inject({
      method: 'GET',
      url: `/api/offerings/${id}`,
      headers: as === undefined ? {} : { cookie: as.cookie },
    })
  const listPublic = () =>
    testApp.app.inject({
      method: 'GET',
      url: `/api/specifications/${published.specificationId}/offerings`,
    })

  it('plans an offering of the latest published version, with its details as given', async () => {
    const response = await postOffering(
      testApp.app,
      registrar,
      published.specificationId,
      validOfferingBody,
    )
    expect(response.statusCode).toBe(201)
    const body = response.json<Record<string, unknown> & { id: string }>()
    offeringId = body.id
    expect(body).toMatchObject({
      state: 'planned',
      versionId: published.id,
      startsOn: '2027-01-18',
      enrolmentOpensAt: '2026-11-01T06:00:00.000Z',
      seatLimit: 30,
      price: { amountCents: 12000, currency: 'EUR' },
      teachers: ['Tuula Opettaja'],
      courseCode: 'KAA-OHJ-101',
    })
  })

  it('lists every problem of bad details at once, and saves nothing', async () => {
    const response = await postOffering(testApp.app, registrar, published.specificationId, {
      startsOn: '2027-02-30',
      endsOn: '2027-01-01',
      enrolmentOpensAt: 'soon',
      seatLimit: 0,
      priceCents: -1,
      formOfParticipation: 'by-post',
      languageOfInstruction: 'suomi',
    })
    expect(response.statusCode).toBe(400)
    const body = response.json<{
      code: string
      details: { problems: { path: string; code: string; params: object; message: string }[] }
    }>()
    expect(body.code).toBe('OFFERING_INVALID')
    expect(body.details.problems.map(({ path, code }) => `${path}:${code}`)).toEqual([
      'startsOn:date-invalid',
      'enrolmentOpensAt:date-time-invalid',
      'enrolmentClosesAt:date-time-missing',
      'seatLimit:seat-limit-invalid',
      'priceCents:price-invalid',
      'formOfParticipation:form-of-participation-unknown',
      'languageOfInstruction:language-invalid',
    ])
    expect(body.details.problems[3]).toEqual({
      path: 'seatLimit',
      code: 'seat-limit-invalid',
      params: { min: 1 },
      message: 'Seats must be a whole number of at least 1, or left out for no limit.',
    })
    expect(body.details.problems[6]?.params).toEqual({ value: 'suomi' })
    const listed = await testApp.app.inject({
      method: 'GET',
      url: '/api/organisations/kaarnala-open/offerings',
      headers: { cookie: registrar.cookie },
    })
    expect(listed.json<{ items: unknown[] }>().items).toHaveLength(1)
  })

  it('refuses a body of the wrong shape with 400', async () => {
    const response = await postOffering(testApp.app, registrar, published.specificationId, {
      seatLimit: 'many',
      teachers: 'Tuula',
    })
    expect(response.statusCode).toBe(400)
    expect(response.json()).toMatchObject({ code: 'REQUEST_INVALID' })
  })

  it('refuses to offer a version that is not published', async () => {
    const response = await postOffering(testApp.app, registrar, draft.specificationId, {
      ...validOfferingBody,
      versionId: draft.id,
    })
    expect(response.statusCode).toBe(400)
    expect(response.json()).toMatchObject({
      code: 'OFFERING_INVALID',
      details: {
        problems: [
          { path: 'versionId', code: 'version-not-published', params: { status: 'draft' } },
        ],
      },
    })
  })

  it('answers 404 for an unknown specification', async () => {
    const response = await postOffering(
      testApp.app,
      registrar,
      '00000000-0000-4000-8000-999999999999',
      validOfferingBody,
    )
    expect(response.statusCode).toBe(404)
    expect(response.json()).toMatchObject({ code: 'SPECIFICATION_NOT_FOUND' })
  })

  it('lets only registrars and admins of the organisation plan offerings', async () => {
    expect(
      (await postOffering(testApp.app, undefined, published.specificationId, validOfferingBody))
        .statusCode,
    ).toBe(401)
    for (const person of [designer, learner, partner]) {
      const response = await postOffering(
        testApp.app,
        person,
        published.specificationId,
        validOfferingBody,
      )
      expect(response.statusCode).toBe(403)
    }
    const byAdmin = await postOffering(testApp.app, admin, published.specificationId, {
      ...validOfferingBody,
      seatLimit: null,
      priceCents: null,
    })
    expect(byAdmin.statusCode).toBe(201)
    expect(byAdmin.json()).toMatchObject({ seatLimit: null, price: null })
  })

  it('keeps a planned offering from the public and other organisations, but shows it to staff', async () => {
    expect((await get(offeringId)).statusCode).toBe(404)
    expect((await get(offeringId, partner)).statusCode).toBe(404)
    expect((await get(offeringId, designer)).statusCode).toBe(200)
    expect((await listPublic()).json<{ items: unknown[] }>().items).toEqual([])
  })

  it('changes the details of a planned offering, keeping the fields left out', async () => {
    const response = await testApp.app.inject({
      method: 'PATCH',
      url: `/api/offerings/${offeringId}`,
      headers: asPerson(registrar),
      payload: { seatLimit: 5, teachers: ['Tuula Opettaja', 'Ville Vierailija'] },
    })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({
      seatLimit: 5,
      teachers: ['Tuula Opettaja', 'Ville Vierailija'],
      courseCode: 'KAA-OHJ-101',
    })
  })

  it('refuses a change that breaks the details, listing the problems, and keeps the offering', async () => {
    const response = await testApp.app.inject({
      method: 'PATCH',
      url: `/api/offerings/${offeringId}`,
      headers: asPerson(registrar),
      payload: { endsOn: '2026-01-01', formOfParticipation: 'telepathy' },
    })
    expect(response.statusCode).toBe(400)
    expect(
      response
        .json<{ details: { problems: { path: string; code: string }[] } }>()
        .details.problems.map(({ path, code }) => `${path}:${code}`),
    ).toEqual([
      'endsOn:offering-ends-before-start',
      'enrolmentClosesAt:enrolment-closes-after-end',
      'formOfParticipation:form-of-participation-unknown',
    ])
    expect((await get(offeringId, registrar)).json()).toMatchObject({ endsOn: '2027-03-12' })
  })

  it('refuses changes and steps by people without the role', async () => {
    const patch = await testApp.app.inject({
      method: 'PATCH',
      url: `/api/offerings/${offeringId}`,
      headers: asPerson(designer),
      payload: { seatLimit: 1 },
    })
    expect(patch.statusCode).toBe(403)
    expect((await transition(testApp.app, designer, offeringId, 'open')).statusCode).toBe(403)
    // A planned offering is hidden from everyone outside the organisation.
    expect((await transition(testApp.app, undefined, offeringId, 'open')).statusCode).toBe(404)
    expect((await transition(testApp.app, partner, offeringId, 'open')).statusCode).toBe(404)
  })

  it('refuses a step out of order with 409 and the reason', async () => {
    const response = await transition(testApp.app, registrar, offeringId, 'start')
    expect(response.statusCode).toBe(409)
    expect(response.json()).toMatchObject({
      code: 'OFFERING_TRANSITION_NOT_ALLOWED',
      detail: 'An offering that is planned cannot start; start needs it open.',
    })
    const unknown = await transition(testApp.app, registrar, offeringId, 'pause')
    expect(unknown.statusCode).toBe(400)
  })

  it('opens the offering, which makes it public and no longer editable', async () => {
    const response = await transition(testApp.app, registrar, offeringId, 'open')
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({ state: 'open' })
    expect((await get(offeringId)).statusCode).toBe(200)
    expect(
      (await listPublic()).json<{ items: { id: string }[] }>().items.map((item) => item.id),
    ).toEqual([offeringId])
    const patch = await testApp.app.inject({
      method: 'PATCH',
      url: `/api/offerings/${offeringId}`,
      headers: asPerson(registrar),
      payload: { seatLimit: 6 },
    })
    expect(patch.statusCode).toBe(409)
    expect(patch.json()).toMatchObject({ code: 'OFFERING_NOT_EDITABLE' })
  })

  it('runs and closes the offering, each step in the audit log', async () => {
    expect((await transition(testApp.app, registrar, offeringId, 'start')).json()).toMatchObject({
      state: 'running',
    })
    expect((await transition(testApp.app, admin, offeringId, 'close')).json()).toMatchObject({
      state: 'closed',
    })
    expect((await transition(testApp.app, admin, offeringId, 'close')).statusCode).toBe(409)
    expect((await transition(testApp.app, undefined, offeringId, 'close')).statusCode).toBe(401)
    expect((await transition(testApp.app, partner, offeringId, 'close')).statusCode).toBe(403)
    expect((await listPublic()).json<{ items: unknown[] }>().items).toEqual([])
    const organisation = await testApp.osaamo.deps.stores.organisations.findBySlug('kaarnala-open')
    const entries = await listAuditEntries(testApp.osaamo.deps, system, {
      organisationId: organisation?.id ?? '',
      limit: 100,
    })
    const actions = entries
      .filter((entry) => entry.subject.offeringId === offeringId)
      .map((entry) => entry.action)
      .reverse()
    expect(actions).toEqual([
      'offering.created',
      'offering.updated',
      'offering.open',
      'offering.start',
      'offering.close',
    ])
  })

  it('answers 404 for unknown offerings and 400 for malformed ids', async () => {
    expect((await get('00000000-0000-4000-8000-999999999999', registrar)).statusCode).toBe(404)
    expect((await get('not-an-id')).statusCode).toBe(400)
    expect(
      (
        await testApp.app.inject({
          method: 'GET',
          url: '/api/specifications/00000000-0000-4000-8000-999999999999/offerings',
        })
      ).statusCode,
    ).toBe(404)
  })

  it('lists an organisation’s offerings for its staff only', async () => {
    const url = '/api/organisations/kaarnala-open/offerings'
    expect((await testApp.app.inject({ method: 'GET', url })).statusCode).toBe(401)
    expect(
      (await testApp.app.inject({ method: 'GET', url, headers: { cookie: learner.cookie } }))
        .statusCode,
    ).toBe(403)
    const response = await testApp.app.inject({
      method: 'GET',
      url,
      headers: { cookie: designer.cookie },
    })
    expect(response.json<{ items: unknown[] }>().items).toHaveLength(2)
  })
})
