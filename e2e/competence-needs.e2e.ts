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
  'a partner posts a competence need from free text in Chromium',
  () => {
    let dataDirectory: string
    let server: RunningServer
    let browser: Browser
    // The parts of a BrowserJourney, started here after the ESCO import.
    const journey = (): BrowserJourney => ({
      server,
      browser,
      dataDirectory,
      close: async () => {},
    })

    beforeAll(async () => {
      // The demo has no ESCO: import the test fixture into the installation before it first
      // starts (the demo data still loads on that first start).
      dataDirectory = await mkdtemp(join(tmpdir(), 'osaamo-e2e-'))
      await promisify(execFile)(process.execPath, [binPath, 'esco', 'import', escoFixture], {
        env: cleanEnvironment({ OSAAMO_DATA_DIR: dataDirectory }),
      })
      ;[server, browser] = await Promise.all([
        startServer({ OSAAMO_DATA_DIR: dataDirectory }),
        launchBrowser(),
      ])
      // The import migrates a fresh database first: over a minute on a busy 2-core machine.
    }, 420_000)
    afterAll(async () => {
      await browser?.close()
      await server?.stop()
      await rm(dataDirectory, { recursive: true, force: true })
    })

    it('accepts and rejects suggested ESCO skills, posts the need and sees its matches and the insight', async () => {
      const page = await personPage(journey(), { locale: 'en-GB' })
      await signIn(page, server.url, 'partner@demo.osaamo.fi')
      await page.goto(`${server.url}/co-design/needs`)
      await page.getByRole('heading', { level: 1, name: 'Competence needs' }).waitFor()
      await page.getByRole('link', { name: 'Post a competence need' }).click()
      await page.getByRole('heading', { level: 1, name: 'Post a competence need' }).waitFor()

      await page
        .getByLabel('What competence do you need?')
        .fill('Developers who write, test and debug Python programs')
      await page.getByRole('button', { name: 'Suggest ESCO skills' }).click()
      await page.getByRole('heading', { level: 2, name: 'Suggested ESCO skills' }).waitFor()
      await expectNoAxeViolations(page)
      await shoot(page, 'competence-need-suggestions-en')

      // Accept Python; reject the first other suggestion, which is then remembered.
      await page.getByRole('button', { name: 'Accept Python (computer programming)' }).click()
      await page.getByText('Accepted: Python (computer programming).').waitFor()
      const rejectButton = page.getByRole('button', { name: /^Reject / }).first()
      const rejected = ((await rejectButton.getAttribute('aria-label')) ?? '').slice(
        'Reject '.length,
      )
      await rejectButton.click()
      await page.getByText(`Rejected: ${rejected}. It will not be suggested again.`).waitFor()
      await page.getByRole('button', { name: 'Suggest ESCO skills' }).click()
      await page.getByText(/rejected earlier (was|were) left out/).waitFor()
      expect(await page.getByRole('button', { name: `Reject ${rejected}` }).count()).toBe(0)

      await page.getByLabel('Title').fill('Python developers for our product teams')
      await page.getByLabel('How many people').fill('6')
      await page.getByLabel('Region').fill('Pirkanmaa')
      await page.getByLabel('From').fill('2027-01-01')
      await page.getByLabel('Until').fill('2027-06-30')
      await page.getByRole('button', { name: 'Post the need' }).click()

      await page
        .getByRole('heading', { level: 1, name: 'Python developers for our product teams' })
        .waitFor()
      await page.getByText('The need was posted.', { exact: false }).waitFor()
      const covered = page.getByRole('region', { name: 'Covered skills' })
      await covered.getByText('Python (computer programming)').waitFor()
      await page.getByRole('link', { name: 'Programming basics with Python' }).waitFor()
      await page
        .getByText(/learning outcome 1: Can write a Python program/)
        .first()
        .waitFor()
      await expectNoAxeViolations(page)
      await shoot(page, 'competence-need-matches-en')

      await page.goto(`${server.url}/co-design/insight`)
      await page.getByRole('heading', { level: 1, name: 'Demand against supply' }).waitFor()
      await page.getByRole('table', { name: 'Open needs and people per region' }).waitFor()
      await page.getByRole('img', { name: /Bar chart: needs per region/ }).waitFor()
      await expectNoAxeViolations(page)
      await shoot(page, 'competence-need-insight-en')
      expect(pageErrors).toEqual([])
    }, 180_000)

    it('is worded in Finnish and Swedish too, without axe violations', async () => {
      for (const [locale, heading] of [
        ['fi-FI', 'Ilmoita osaamistarve'],
        ['sv-SE', 'Anmäl ett kompetensbehov'],
      ] as const) {
        const page = await personPage(journey(), { locale })
        await signIn(page, server.url, 'partner@demo.osaamo.fi')
        await page.goto(`${server.url}/co-design/needs/new`)
        await page.getByRole('heading', { level: 1, name: heading }).waitFor()
        await expectNoAxeViolations(page)
      }
    }, 120_000)
  },
)

if (!isBrowserAvailable && !isBrowserRequired) {
  describe('a partner posts a competence need from free text in Chromium', () => {
    it.skip(`is not run here: ${browserSkipReason}`, () => {})
  })
}
