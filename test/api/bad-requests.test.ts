import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { embeddedDatabase } from '../support/test-databases.js'

describe('bad requests', () => {
  let testApp: TestApp
  let organisationsBefore: unknown
  beforeAll(async () => {
    testApp = await buildTestApp(embeddedDatabase, { bodyLimitBytes: 2048 })
    organisationsBefore = await testApp.osaamo.deps.stores.organisations.list()
  })
  afterAll(async () => {
    // None of the refused requests may have changed stored data.
    expect(await testApp.osaamo.deps.stores.organisations.list()).toEqual(organisationsBefore)
    await testApp?.close()
  })

  it('answers an unknown API route with 404 problem+json', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/no-such-thing' })
    expect(response.statusCode).toBe(404)
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(response.json()).toEqual({
      type: 'urn:osaamo:error:ROUTE_NOT_FOUND',
      title: 'There is nothing at this address.',
      status: 404,
      detail: expect.any(String),
      code: 'ROUTE_NOT_FOUND',
    })
  })

  it('answers malformed JSON with 400', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: { 'content-type': 'application/json' },
      payload: '{"slug": "broken",',
    })
    expect(response.statusCode).toBe(400)
    expect(response.json()).toMatchObject({ code: 'REQUEST_BODY_MALFORMED' })
  })

  it('answers an empty JSON body with 400', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: { 'content-type': 'application/json' },
      payload: '',
    })
    expect(response.statusCode).toBe(400)
    expect(response.json()).toMatchObject({ code: 'REQUEST_BODY_MALFORMED' })
  })

  it('answers an oversized body with 413', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ padding: 'x'.repeat(4096) }),
    })
    expect(response.statusCode).toBe(413)
    expect(response.json()).toMatchObject({ code: 'REQUEST_BODY_TOO_LARGE' })
  })
})
