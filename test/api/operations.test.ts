import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { embeddedDatabase } from '../support/test-databases.js'

describe('operational endpoints', () => {
  let testApp: TestApp
  beforeAll(async () => {
    testApp = await buildTestApp(embeddedDatabase)
  })
  afterAll(async () => {
    await testApp?.close()
  })

  it('serves an OpenAPI 3.1 document that names every API route', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/openapi.json' })
    expect(response.statusCode).toBe(200)
    const document = response.json<{ openapi: string; paths: Record<string, unknown> }>()
    expect(document.openapi).toBe('3.1.0')
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/healthz', '/api/organisations', '/api/organisations/{slug}']),
    )
  })

  it('serves interactive API docs at /docs', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/docs/' })
    expect(response.statusCode).toBe(200)
    expect(response.body).toContain('swagger')
  })

  it('sends security headers on every answer', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/organisations' })
    expect(response.headers['x-content-type-options']).toBe('nosniff')
    expect(response.headers['content-security-policy']).toContain("default-src 'self'")
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('does not send HSTS over plain HTTP', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/healthz' })
    expect(response.headers['strict-transport-security']).toBeUndefined()
  })

  it('answers 503 from /healthz when the database is gone', async () => {
    const failing = await buildTestApp(embeddedDatabase)
    await failing.osaamo.close()
    const response = await failing.app.inject({ method: 'GET', url: '/healthz' })
    expect(response.statusCode).toBe(503)
    expect(response.json()).toEqual({
      status: 'unavailable',
      database: { kind: 'embedded', isReachable: false },
    })
    await failing.app.close()
  })
})

describe('HTTPS installations', () => {
  it('send HSTS when the public address is https', async () => {
    const testApp = await buildTestApp(embeddedDatabase, { publicUrl: 'https://osaamo.example.fi' })
    try {
      const response = await testApp.app.inject({ method: 'GET', url: '/healthz' })
      expect(response.headers['strict-transport-security']).toContain('max-age=')
    } finally {
      await testApp.close()
    }
  })
})

describe('the log', () => {
  it('holds no personal data, secrets, query strings or stack traces of refused requests', async () => {
    const lines: string[] = []
    const logStream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk))
        done()
      },
    })
    const testApp = await buildTestApp(embeddedDatabase, { logLevel: 'trace', logStream })
    try {
      await testApp.app.inject({
        method: 'GET',
        url: '/api/organisations/maija.meikalainen@example.fi?email=maija.meikalainen@example.fi',
        headers: {
          authorization: 'Bearer secret-token-123',
          cookie: 'osaamo_session=secret-cookie-456',
        },
      })
      await testApp.app.inject({
        method: 'POST',
        url: '/api/organisations',
        headers: { 'content-type': 'application/json' },
        payload: '{"password": "hunter2", ',
      })
    } finally {
      await testApp.close()
    }
    const log = lines.join('')
    expect(log).toContain('request completed')
    for (const secret of [
      'maija',
      'secret-token-123',
      'secret-cookie-456',
      'hunter2',
      '127.0.0.1',
      'stack',
    ]) {
      expect(log).not.toContain(secret)
    }
  })
})

describe('the web app', () => {
  let webRoot: string
  let testApp: TestApp
  beforeAll(async () => {
    webRoot = await mkdtemp(join(tmpdir(), 'osaamo-web-'))
    await writeFile(join(webRoot, 'index.html'), '<!doctype html><title>Osaamo test page</title>')
    testApp = await buildTestApp(embeddedDatabase, { webRoot })
  })
  afterAll(async () => {
    await testApp?.close()
    await rm(webRoot, { recursive: true, force: true })
  })

  it('serves index.html at /', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/' })
    expect(response.statusCode).toBe(200)
    expect(response.body).toContain('Osaamo test page')
  })

  it('serves index.html for a client-side page path', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/catalogue/some-page' })
    expect(response.statusCode).toBe(200)
    expect(response.body).toContain('Osaamo test page')
  })

  it('keeps unknown API paths as 404 problems, not pages', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/unknown' })
    expect(response.statusCode).toBe(404)
    expect(response.json()).toMatchObject({ code: 'ROUTE_NOT_FOUND' })
  })

  it('explains how to build the web app when it is missing', async () => {
    const bare = await buildTestApp(embeddedDatabase, { webRoot: join(webRoot, 'missing') })
    try {
      const response = await bare.app.inject({ method: 'GET', url: '/' })
      expect(response.statusCode).toBe(200)
      expect(response.body).toContain('npm run build:web')
    } finally {
      await bare.close()
    }
  })
})
