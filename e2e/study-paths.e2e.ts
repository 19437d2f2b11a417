import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  binPath,
  cleanEnvironment,
  type RunningServer,
  startServer,
} from '../test/support/run-osaamo.js'
import {
  type BrowserJourney,
  browserSkipReason,
  expectNoAxeViolations,
  isBrowserAvailable,
  isBrowserRequired,
  launchBrowser,
} from './browser.js'
import { pageErrors, personPage, shoot, signIn } from './journey-steps.js'

const escoFixture = fileURLToPath(new URL('../test/fixtures/esco', import.meta.url))

describe.skipIf(!isBrowserAvailable && !isBrowserRequired)(
  'a learner plans a study path and enrols in its first step in Chromium',
  () => {
    let dataDirectory: string
    let server: RunningServer
    let browser: Browser
    const journey = (): BrowserJourney => ({
      server,
      browser,
      dataDirectory,
      close: async () => {},
    })

    beforeAll(async () => {
      // The demo has no ESCO: the fixture is imported before the first start (as for needs).
      dataDirectory = await mkdtemp(join(tmpdir(), 'osaamo-e2e-'))
      await promisify(execFile)(process.execPath, [binPath, 'esco', 'import', escoFixture], {
        env: cleanEnvironment({ OSAAMO_DATA_DIR: dataDirectory }),
      })
      ;[server, browser] = await Promise.all([
        startServer({ OSAAMO_DATA_DIR: dataDirectory }),
        launchBrowser(),
      ])
    }, 420_000)
    afterAll(async () => {
      await browser?.close()
      await server?.stop()
      await rm(dataDirectory, { recursive: true, force: true })
    })

    it('chooses a skill, plans the soonest path with its reasons and enrols in the step', async () => {
      const page = await personPage(journey(), { locale: 'en-GB' })
      await signIn(page, server.url, 'learner@demo.osaamo.fi')
      await page.goto(`${server.url}/my/study-path`)
      await page.getByRole('heading', { level: 1, name: 'Plan my path' }).waitFor()
      await expectNoAxeViolations(page)

      await page.getByText('Skills I choose', { exact: true }).click()
      await page.getByLabel('Search skills').fill('ICT security standards')
      await page.getByRole('button', { name: 'Search', exact: true }).click()
      await page.getByRole('button', { name: 'Choose ICT security standards', exact: true }).click()
      await page
        .getByRole('list', { name: 'Chosen skills' })
        .getByText('ICT security standards')
        .waitFor()
      await page.getByText('Finish soonest', { exact: true }).click()
      await page.getByRole('button', { name: 'Plan my path', exact: true }).click()

      await page.getByRole('heading', { level: 2, name: 'Your path' }).waitFor()
      await page
        .getByText('This is the best path for what you chose, proven by the solver.')
        .waitFor()
      const steps = page.getByRole('list', { name: 'Steps in order' })
      await steps.getByText('Covers: ICT security standards').waitFor()
      await expectNoAxeViolations(page)
      await shoot(page, 'study-path-en')

      await steps
        .getByRole('button', { name: /^Enrol in / })
        .first()
        .click()
      await page.getByText('You are enrolled.').waitFor()
      expect(pageErrors).toEqual([])
    }, 180_000)

    it('says so, in Finnish, when no offering covers the goal within the limits', async () => {
      const page = await personPage(journey(), { locale: 'fi-FI' })
      await signIn(page, server.url, 'learner@demo.osaamo.fi')
      await page.goto(`${server.url}/my/study-path`)
      await page.getByRole('heading', { level: 1, name: 'Suunnittele polkuni' }).waitFor()
      await page.getByText('Itse valitsemani taidot', { exact: true }).click()
      await page.getByLabel('Hae taitoja').fill('ICT security standards')
      await page.getByRole('button', { name: 'Hae', exact: true }).click()
      await page
        .getByRole('button', { name: 'Valitse ICT security standards', exact: true })
        .click()
      await page.getByLabel('Opetuskieli').selectOption('sv')
      await page.getByRole('button', { name: 'Suunnittele polkuni', exact: true }).click()
      await page
        .getByText(
          'Mikään toteutus rajaustesi puitteissa ei kata tavoitteen taitoa, jota sinulla ei jo ole.',
        )
        .waitFor()
      await expectNoAxeViolations(page)
    }, 180_000)
  },
)

describe.skipIf(isBrowserAvailable || isBrowserRequired)('study path browser journey', () => {
  it.skip(browserSkipReason, () => {})
})
