import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { testDatabases } from '../support/test-databases.js'

describe.each(testDatabases)('the API on the $name database', (database) => {
  let testApp: TestApp
  beforeAll(async () => {
    testApp = await buildTestApp(database)
  })
  afterAll(async () => {
    await testApp?.close()
  })

  describe('GET /healthz', () => {
    it('reports a reachable database', async () => {
      const response = await testApp.app.inject({ method: 'GET', url: '/healthz' })
      expect(response.statusCode).toBe(200)
      expect(response.json()).toEqual({
        status: 'ok',
        database: { kind: database.name, isReachable: true },
      })
      expect(response.headers['cache-control']).toBe('no-store')
    })
  })

  describe('organisations', () => {
    it('lists the demo organisations in slug order', async () => {
      const response = await testApp.app.inject({ method: 'GET', url: '/api/organisations' })
      expect(response.statusCode).toBe(200)
      const slugs = response.json<{ items: { slug: string }[] }>().items.map((item) => item.slug)
      expect(slugs).toEqual(['kaarnala-open', 'pohjanranta-uas', 'revontuli-software'])
    })

    it('returns one organisation by slug with its names in three languages', async () => {
      const response = await testApp.app.inject({
        method: 'GET',
        url: '/api/organisations/kaarnala-open',
      })
      expect(response.statusCode).toBe(200)
      expect(response.json()).toMatchObject({
        slug: 'kaarnala-open',
        kind: 'institution',
        name: {
          fi: 'Kaarnalan avoin yliopisto',
          sv: 'Kaarnala öppna universitet',
          en: 'Kaarnala Open University',
        },
        country: 'FI',
      })
    })

    it('answers 404 problem+json for an unknown organisation', async () => {
      const response = await testApp.app.inject({ method: 'GET', url: '/api/organisations/nobody' })
      expect(response.statusCode).toBe(404)
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
      expect(response.json()).toMatchObject({ code: 'ORGANISATION_NOT_FOUND', status: 404 })
    })

    it('answers 400 with the field path for a slug longer than allowed', async () => {
      const response = await testApp.app.inject({
        method: 'GET',
        url: `/api/organisations/${'a'.repeat(64)}`,
      })
      expect(response.statusCode).toBe(400)
      expect(response.json()).toMatchObject({
        code: 'REQUEST_INVALID',
        details: { problems: [expect.objectContaining({ path: 'params/slug' })] },
      })
    })
  })
})
