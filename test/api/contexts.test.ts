import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { osaamoContext } from '../../src/core/index.js'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { embeddedDatabase } from '../support/test-databases.js'

describe('Osaamo’s JSON-LD context', () => {
  let testApp: TestApp
  beforeAll(async () => {
    testApp = await buildTestApp(embeddedDatabase)
  })
  afterAll(async () => {
    await testApp?.close()
  })

  const getContext = () =>
    testApp.app.inject({ method: 'GET', url: '/contexts/osaamo/credentials/v1' })

  it('is served as JSON-LD, the same document the static document loader pins', async () => {
    const response = await getContext()
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toBe('application/ld+json; charset=utf-8')
    expect(response.json()).toEqual(osaamoContext)
    expect(response.body).toBe(JSON.stringify(osaamoContext))
  })

  it('may be cached for a year and never revalidated, since v1 never changes', async () => {
    const response = await getContext()
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  })

  it('may be fetched by verifiers on any origin, without signing in', async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/contexts/osaamo/credentials/v1',
      headers: { origin: 'https://verifier.example.org', accept: 'application/ld+json' },
    })
    expect(response.statusCode).toBe(200)
    expect(response.headers['access-control-allow-origin']).toBe('*')
    expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin')
  })

  it('answers 404 for a version that does not exist', async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/contexts/osaamo/credentials/v2',
    })
    expect(response.statusCode).toBe(404)
  })
})
