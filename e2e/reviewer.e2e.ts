import type { APIRequestContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  type BrowserJourney,
  browserSkipReason,
  expectNoAxeViolations,
  isBrowserAvailable,
  isBrowserRequired,
  newPage,
  startBrowserJourney,
} from './browser.js'
import { expectReflow, shoot } from './journey-steps.js'

const password = 'osaamo-demo-2026'
const locales = { fi: 'fi-FI', sv: 'sv-SE', en: 'en-GB' } as const
const title = 'Accessible web forms'

const content = {
  title: { en: title, fi: 'Saavutettavat verkkolomakkeet' },
  summary: { en: 'Build web forms that everyone can fill in.' },
  issuerLocations: [{ country: 'FI', region: 'Uusimaa' }],
  learningOutcomes: [
    {
      id: 'lo-1',
      text: { en: 'Can build a web form that meets WCAG 2.1 AA.' },
      skills: [],
    },
  ],
  ects: 3,
  eqfLevel: 6,
  assessmentTypes: ['marked-assignment'],
  formsOfParticipation: ['online'],
  qualityAssurance: { code: 'internal', text: { en: 'Internal quality system.' } },
  languages: ['en'],
}

const pageErrors: string[] = []

async function signedInPage(
  journey: BrowserJourney,
  emailAddress: string,
  options: Parameters<typeof newPage>[1],
): Promise<Page> {
  const page = await newPage(journey.browser, options)
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.setDefaultTimeout(20_000)
  const answer = await page.request.post(`${journey.server.url}/api/auth/sign-in`, {
    data: { emailAddress, password },
  })
  expect(answer.ok()).toBe(true)
  return page
}

/** The designer's side, through the API: a signed-in request context and its CSRF token. */
async function designerApi(page: Page, url: string) {
  const request: APIRequestContext = page.request
  const me = (await (await request.get(`${url}/api/me`)).json()) as { csrfToken: string }
  const headers = { 'x-csrf-token': me.csrfToken }
  return {
    async create(): Promise<string> {
      const answer = await request.post(`${url}/api/organisations/kaarnala-open/specifications`, {
        headers,
        data: { content },
      })
      expect(answer.status()).toBe(201)
      return ((await answer.json()) as { version: { id: string } }).version.id
    },
    async submit(versionId: string): Promise<void> {
      const answer = await request.post(
        `${url}/api/specification-versions/${versionId}/transitions`,
        { headers, data: { action: 'submit' } },
      )
      expect(answer.status()).toBe(200)
    },
  }
}

async function tabTo(page: Page, name: string, limit = 300): Promise<void> {
  for (let count = 0; count < limit; count += 1) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')
    if (focused === name) {
      return
    }
  }
  throw new Error(`Tab never reached ${name}`)
}

describe.skipIf(!isBrowserAvailable && !isBrowserRequired)(
  'the QA reviewer’s journey in Chromium: queue, return, approve, publish',
  () => {
    let journey: BrowserJourney
    let versionId = ''
    beforeAll(async () => {
      journey = await startBrowserJourney()
    }, 90_000)
    afterAll(() => journey?.close())
    afterEach(() => {
      expect(pageErrors.splice(0)).toEqual([])
    })

    it('finds a submitted micro-credential in the queue, returns it with a reason, approves the resubmitted one and publishes it in the catalogue', async () => {
      const url = journey.server.url
      const designer = await signedInPage(journey, 'designer@demo.osaamo.fi', { locale: 'en-GB' })
      const api = await designerApi(designer, url)
      versionId = await api.create()
      await api.submit(versionId)

      const page = await signedInPage(journey, 'reviewer@demo.osaamo.fi', { locale: 'en-GB' })
      await page.goto(`${url}/account`)
      await page.getByRole('banner').getByRole('link', { name: 'Review' }).click()
      await page.getByRole('heading', { level: 1, name: 'Review queue' }).waitFor()
      await page.getByRole('link', { name: title }).waitFor()
      await expectNoAxeViolations(page)
      await shoot(page, 'reviewer-queue-en')

      await page.getByRole('link', { name: title }).click()
      await page.waitForURL(`${url}/review/versions/${versionId}`)
      await page.getByRole('heading', { level: 1, name: title }).waitFor()
      await page.getByRole('heading', { level: 2, name: 'Checklist' }).waitFor()
      await page.getByText('No errors: the draft can be submitted for review.').waitFor()
      await expectNoAxeViolations(page)
      await shoot(page, 'reviewer-review-en')

      // Returning needs a reason; the field says so.
      await page.getByRole('button', { name: 'Return to the designer' }).click()
      await page.getByText('Give the reasons for returning the micro-credential.').waitFor()
      expect(await page.getByLabel('Reasons').getAttribute('aria-describedby')).toContain(
        'reasons-error',
      )
      await expectNoAxeViolations(page)
      await shoot(page, 'reviewer-return-error-en')
      await page.getByLabel('Reasons').fill('Name the tools the learners use in the description.')
      await page.getByRole('button', { name: 'Return to the designer' }).click()
      await page.getByText('The micro-credential was returned to the designer.').waitFor()
      await page.locator('.hds-status-label', { hasText: 'Draft' }).first().waitFor()
      await page.getByText('Name the tools the learners use in the description.').waitFor()

      // The designer sees the reason in the editor, and resubmits (through the API).
      await designer.goto(`${url}/design/versions/${versionId}`)
      await designer.getByText('Returned by the reviewer').waitFor()
      await designer.getByText('Name the tools the learners use in the description.').waitFor()
      await expectNoAxeViolations(designer)
      await shoot(designer, 'designer-returned-en')
      await api.submit(versionId)

      // Keyboard alone: approve, then publish.
      await page.reload()
      await page.locator('.hds-status-label', { hasText: 'In review' }).first().waitFor()
      await tabTo(page, 'Approve')
      await page.keyboard.press('Enter')
      await page.getByText('The micro-credential was approved.').waitFor()
      await page.getByRole('heading', { level: 2, name: 'Publish' }).waitFor()
      await expectNoAxeViolations(page)
      await shoot(page, 'reviewer-approved-en')
      await tabTo(page, 'Publish in the catalogue')
      await page.keyboard.press('Enter')
      await page.getByText('The micro-credential was published in the catalogue.').waitFor()
      await page.getByRole('link', { name: 'See it in the catalogue' }).waitFor()
      await expectNoAxeViolations(page)
      await shoot(page, 'reviewer-published-en')

      const catalogue = await page.request.get(
        `${url}/api/catalogue?${new URLSearchParams({ q: 'Accessible web forms' })}`,
      )
      const found = (await catalogue.json()) as { items: { versionId: string }[] }
      expect(found.items.map((item) => item.versionId)).toContain(versionId)
    }, 120_000)

    for (const [language, locale] of Object.entries(locales)) {
      for (const width of [1280, 360]) {
        it(`has no axe violations in ${language} at ${width} px`, async () => {
          const url = journey.server.url
          const page = await signedInPage(journey, 'reviewer@demo.osaamo.fi', {
            locale,
            viewport: { width, height: 900 },
          })
          await page.goto(`${url}/review`)
          await page.locator('h1').waitFor()
          await page.locator('.designer-table-wrap').first().waitFor()
          await expectNoAxeViolations(page)
          if (width === 360) {
            await expectReflow(page, width, '.designer-table-wrap')
          }
          await shoot(page, `reviewer-queue-${language}-${width}`)
          // A demo micro-credential in review: the decision form in this language.
          const link = page.locator('.designer-table-wrap a').first()
          await link.click()
          await page.waitForURL(/\/review\/versions\//)
          await page.locator('#checklist-title').waitFor()
          await page.locator('#history-title').waitFor()
          await expectNoAxeViolations(page)
          if (width === 360) {
            await expectReflow(page, width, '.designer-table-wrap')
          }
          await shoot(page, `reviewer-review-${language}-${width}`)
        }, 60_000)
      }
    }
  },
)

if (!isBrowserAvailable && !isBrowserRequired) {
  describe('the QA reviewer’s journey in Chromium', () => {
    it.skip(`is not run here: ${browserSkipReason}`, () => {})
  })
}
