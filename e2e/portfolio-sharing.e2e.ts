import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type BrowserJourney,
  expectNoAxeViolations,
  isBrowserAvailable,
  isBrowserRequired,
  newPage,
  startBrowserJourney,
} from './browser.js'
import { shoot } from './journey-steps.js'

const password = 'osaamo-demo-2026'
const vector = (file: string) =>
  new URL(`../test/fixtures/vectors/real-credentials/${file}`, import.meta.url).pathname

/** A page of its own browser context, signed in through the API as a demo account. */
async function signedInPage(journey: BrowserJourney, emailAddress: string): Promise<Page> {
  const page = await newPage(journey.browser, { locale: 'en-GB' })
  const answer = await page.request.post(`${journey.server.url}/api/auth/sign-in`, {
    data: { emailAddress, password },
  })
  expect(answer.status()).toBe(200)
  return page
}

describe.skipIf(!isBrowserAvailable && !isBrowserRequired)(
  'reflecting on and sharing credentials in Chromium',
  () => {
    let journey: BrowserJourney
    beforeAll(async () => {
      journey = await startBrowserJourney()
    }, 240_000)
    afterAll(() => journey?.close())

    it('imports a credential from another issuer, reflects on it, shares it, an employer opens the link, and after withdrawal the link no longer works', async () => {
      const url = journey.server.url
      const learner = await signedInPage(journey, 'learner@demo.osaamo.fi')

      // Import a credential from another issuer.
      await learner.goto(`${url}/my/portfolio/import`)
      await learner.getByLabel('File').setInputFiles(vector('1edtech-ob30-simple-did-key.json'))
      await learner.getByRole('heading', { level: 1, name: 'test 1' }).waitFor()

      // Reflect on its learning outcome.
      await learner.getByRole('heading', { level: 2, name: 'Reflections' }).waitFor()
      await learner.getByRole('button', { name: 'Reflect on learning outcome 1' }).click()
      await learner
        .getByLabel('Reflection', { exact: true })
        .fill('I built the test badge service.')
      await learner.getByLabel('Link to evidence (optional)').fill('https://example.fi/portfolio')
      await learner.getByRole('button', { name: 'Save reflection' }).click()
      await learner.getByText('I built the test badge service.').waitFor()
      await expectNoAxeViolations(learner)
      await shoot(learner, 'portfolio-reflection-en')

      // Share it, with the reflection, until a day next month.
      await learner.goto(`${url}/my/credentials`)
      await learner.getByRole('link', { name: 'Share credentials and invite a counsellor' }).click()
      await learner.getByRole('heading', { level: 1, name: 'Sharing my credentials' }).waitFor()
      await learner.getByText('The link’s expiry is not the credentials’').waitFor()
      await learner
        .getByRole('group', { name: 'Credentials to share' })
        .getByLabel('test 1 — Andy F. Miller')
        .check()
      await learner.getByLabel('Include my reflections').check()
      await expectNoAxeViolations(learner)
      await learner.getByRole('button', { name: 'Create link' }).click()
      const shareLink = await learner.locator('.share-link').textContent()
      expect(shareLink).toMatch(/\/shares\/osh_/)
      await shoot(learner, 'portfolio-share-created-en')

      // An employer opens the link in a browser of their own, signed in to their organisation.
      const employer = await signedInPage(journey, 'partner@demo.osaamo.fi')
      // The link names the installation's public address; the test server listens elsewhere.
      await employer.goto(`${url}${new URL(shareLink ?? '').pathname}`)
      await employer
        .getByRole('heading', { level: 1, name: 'Credentials shared by Sanni Laine' })
        .waitFor()
      await employer.getByRole('heading', { level: 2, name: 'test 1' }).waitFor()
      await employer.locator('.verification-report').waitFor()
      await employer.getByText('I built the test badge service.').waitFor()
      await expectNoAxeViolations(employer)
      await shoot(employer, 'portfolio-share-opened-en')

      // The learner sees who opened it, and withdraws it.
      await learner.reload()
      await learner.getByText('Revontuli Software Ltd', { exact: false }).waitFor()
      await learner.getByRole('button', { name: 'Withdraw link' }).click()
      await learner.getByText('Withdrawn', { exact: true }).waitFor()
      await expectNoAxeViolations(learner)
      await shoot(learner, 'portfolio-share-withdrawn-en')

      // The link no longer works: a clear page, not an error.
      await employer.reload()
      await employer
        .getByRole('heading', { level: 1, name: 'This link has been withdrawn' })
        .waitFor()
      await employer.getByText('Ask the learner for a new link').waitFor()
      await expect(employer.getByText('I built the test badge service.').count()).resolves.toBe(0)
      await expectNoAxeViolations(employer)
      await shoot(employer, 'portfolio-share-gone-en')
    }, 180_000)
  },
)
