import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { embeddedDatabase } from '../support/test-databases.js'

describe('docs/openapi.json', () => {
  let testApp: TestApp
  beforeAll(async () => {
    testApp = await buildTestApp(embeddedDatabase)
  })
  afterAll(async () => {
    await testApp?.close()
  })

  it('is what the routes generate (run `npm run openapi` after changing a route)', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8'),
    )
    const generated = JSON.parse(JSON.stringify(testApp.app.swagger()))
    const withoutVersion = (document: { info: Record<string, unknown> }) => ({
      ...document,
      info: { ...document.info, version: '(any)' },
    })
    expect(withoutVersion(generated)).toEqual(withoutVersion(committed))
  })

  it('documents the problem response of a route that can fail', () => {
    const document = JSON.parse(JSON.stringify(testApp.app.swagger())) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>
    }
    expect(
      Object.keys(document.paths['/api/organisations/{slug}']?.get?.responses ?? {}),
    ).toContain('404')
  })
})
