import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type BrowserJourney,
  browserSkipReason,
  expectNoAxeViolations,
  isBrowserAvailable,
  isBrowserRequired,
  newPage,
  startBrowserJourney,
} from './browser.js'
import { shoot } from './journey-steps.js'

const password = 'osaamo-demo-2026'
const locales = { fi: 'fi-FI', sv: 'sv-SE', en: 'en-GB' } as const
const vector = (file: string) =>
  new URL(`../test/fixtures/vectors/real-credentials/${file}`, import.meta.url).pathname

/** A page signed in as the demo learner (the session cookie set through the API). */
async function learnerPage(
  journey: BrowserJourney,
  options: Parameters<typeof newPage>[1],
): Promise<Page> {
  const page = await newPage(journey.browser, options)
  const answer = await page.request.post(`${journey.server.url}/api/auth/sign-in`, {
    data: { emailAddress: 'learner@demo.osaamo.fi', password },
  })
  expect(answer.status()).toBe(200)
  return page
}

describe.skipIf(!isBrowserAvailable && !isBrowserRequired)(
  'importing credentials from other issuers in Chromium',
  () => {
    let journey: BrowserJourney
    beforeAll(async () => {
      journey = await startBrowserJourney()
    }, 90_000)
    afterAll(() => journey?.close())

    it('imports a file that verifies, a paste that does not and one by its address, refuses a duplicate, a non-credential and an empty address, and removes one', async () => {
      const page = await learnerPage(journey, { locale: 'en-GB' })
      const url = journey.server.url
      await page.goto(`${url}/my/credentials`)
      await page.getByRole('link', { name: 'Import a credential' }).click()
      await page.getByRole('heading', { level: 1, name: 'Import a credential' }).waitFor()
      await expectNoAxeViolations(page)
      await shoot(page, 'portfolio-import-en')

      // A file from another issuer: verified, and its page shows the report.
      await page.getByLabel('File').setInputFiles(vector('1edtech-ob30-simple-did-key.json'))
      await page.getByText('The credential is now in your portfolio, and it verified.').waitFor()
      await page.getByRole('heading', { level: 1, name: 'test 1' }).waitFor()
      await page.getByRole('heading', { level: 3, name: /valid/i }).first().waitFor()
      await expectNoAxeViolations(page)
      await shoot(page, 'portfolio-imported-en')

      // The same credential pasted: refused beside the field, and what was pasted stays.
      await page.goto(`${url}/my/portfolio/import`)
      const paste = page.getByLabel('Or paste the credential')
      const text = await readFile(vector('1edtech-ob30-simple-did-key.json'), 'utf8')
      await paste.fill(text)
      await page.getByRole('button', { name: 'Import the credential', exact: true }).click()
      await page
        .locator('#import-credential-error')
        .getByText('This credential is already in your portfolio.')
        .waitFor()
      expect(await paste.inputValue()).toBe(text)
      expect(await paste.getAttribute('aria-invalid')).toBe('true')

      // Not a credential at all.
      await paste.fill('{"name":"my badge picture"}')
      await page.getByRole('button', { name: 'Import the credential', exact: true }).click()
      await page
        .locator('#import-credential-error')
        .getByText('This is not a verifiable credential.', { exact: false })
        .waitFor()
      await expectNoAxeViolations(page)
      await shoot(page, 'portfolio-import-refused-en')

      // A tampered credential is kept, marked, with the reason.
      await paste.fill(await readFile(vector('dcc-v2-tampered.json'), 'utf8'))
      await page.getByRole('button', { name: 'Import the credential', exact: true }).click()
      await page.getByText('Did not verify', { exact: true }).waitFor()
      await expectNoAxeViolations(page)
      await shoot(page, 'portfolio-imported-marked-en')

      // By its address: one that gives nothing is explained beside the field; a real one is
      // fetched, verified and kept.
      const badge = await readFile(vector('obspec-ob3-ldp-testvector.json'), 'utf8')
      const server = createServer((request, response) => {
        response.writeHead(request.url === '/badge.json' ? 200 : 404, {
          'content-type': 'application/json',
        })
        response.end(request.url === '/badge.json' ? badge : '{}')
      })
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      try {
        await page.goto(`${url}/my/portfolio/import`)
        const address = page.getByLabel("Or give the credential's address")
        await address.fill(`${base}/missing.json`)
        await page.getByRole('button', { name: 'Fetch and import the credential' }).click()
        await page
          .locator('#import-url-error')
          .getByText('No credential could be fetched from this address.', { exact: false })
          .waitFor()
        expect(await address.getAttribute('aria-invalid')).toBe('true')
        await expectNoAxeViolations(page)
        await address.fill(`${base}/badge.json`)
        await page.getByRole('button', { name: 'Fetch and import the credential' }).click()
        await page.waitForURL(/\/my\/portfolio\/imports\//)
        await page.locator('.verification-report').waitFor()
      } finally {
        server.close()
      }

      // All three are listed with their state; removing one asks first.
      await page.getByRole('link', { name: 'Back to my credentials' }).click()
      const imported = page.getByRole('region', { name: 'From other issuers' })
      await imported.getByText('Verified', { exact: true }).first().waitFor()
      expect(await imported.getByText('Verified', { exact: true }).count()).toBe(2)
      await imported.getByText('Did not verify', { exact: true }).waitFor()
      await imported.getByRole('link', { name: 'test 1' }).click()
      await page.getByRole('button', { name: 'Remove from the portfolio' }).click()
      await page.getByRole('button', { name: 'Remove', exact: true }).click()
      await page.getByText('The imported credential was removed from your portfolio.').waitFor()
      await expect.poll(() => imported.getByRole('link', { name: 'test 1' }).count()).toBe(0)
      await page.context().close()
    }, 120_000)

    it.each(Object.entries(locales))(
      'has no axe violations on the import pages in %s, also at 360 px',
      async (language, locale) => {
        const page = await learnerPage(journey, {
          locale,
          viewport: { width: 360, height: 740 },
        })
        await page.goto(`${journey.server.url}/my/portfolio/import`)
        await page.locator('#import-file').waitFor()
        await expectNoAxeViolations(page)
        await shoot(page, `portfolio-import-${language}-360`)
        // The list and the tampered credential the first test kept, marked.
        await page.goto(`${journey.server.url}/my/credentials`)
        await page.locator('a[href^="/my/portfolio/imports/"]').first().waitFor()
        await expectNoAxeViolations(page)
        await page.locator('a[href^="/my/portfolio/imports/"]').first().click()
        await page.locator('.verification-report').waitFor()
        await expectNoAxeViolations(page)
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          360,
        )
        await shoot(page, `portfolio-imported-${language}-360`)
        await page.context().close()
      },
    )
  },
)

if (!isBrowserAvailable && !isBrowserRequired) {
  describe('importing credentials from other issuers in Chromium', () => {
    it.skip(`is not run here: ${browserSkipReason}`, () => {})
  })
}
