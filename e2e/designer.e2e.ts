import type { Page } from 'playwright-core'
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
const title = 'Data literacy in public services'
// The demo server has no ESCO data: the picker's searches are answered by a stubbed route.
const escoSkill = {
  uri: 'http://data.europa.eu/esco/skill/2b6bfa4b-0b70-4a4b-9b1c-2b3f1e3f7a10',
  preferredLabel: 'analyse big data',
  matchedLabel: 'analyse big data',
  type: 'skill',
  score: 1,
}

const pageErrors: string[] = []

async function designerPage(
  journey: BrowserJourney,
  options: Parameters<typeof newPage>[1],
): Promise<Page> {
  const page = await newPage(journey.browser, options)
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.setDefaultTimeout(20_000)
  await page.route('**/api/esco/skills?**', (route) =>
    route.fulfill({ json: { items: [escoSkill] } }),
  )
  return page
}

/** Signs in through the API: the page's cookies are the browser context's. */
async function signIn(page: Page, url: string): Promise<void> {
  const answer = await page.request.post(`${url}/api/auth/sign-in`, {
    data: { emailAddress: 'designer@demo.osaamo.fi', password },
  })
  expect(answer.ok()).toBe(true)
}

/** Presses Tab until the focused element has the accessible name `name` (keyboard alone). */
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
  'the designer’s journey in Chromium: create, fill, check, save, preview, submit',
  () => {
    let journey: BrowserJourney
    let editorUrl = ''
    beforeAll(async () => {
      journey = await startBrowserJourney()
    }, 90_000)
    afterAll(() => journey?.close())
    afterEach(() => {
      expect(pageErrors.splice(0)).toEqual([])
    })

    it('creates a micro-credential, fixes the checklist’s errors one by one, saves, previews and submits it', async () => {
      const page = await designerPage(journey, { locale: 'en-GB' })
      const url = journey.server.url
      await signIn(page, url)
      await page.goto(`${url}/account`)
      await page.getByRole('banner').getByRole('link', { name: 'Design' }).click()
      await page.getByRole('heading', { level: 1, name: 'My micro-credentials' }).waitFor()
      await page.getByRole('cell', { name: 'Draft' }).first().waitFor()
      await expectNoAxeViolations(page)
      await shoot(page, 'designer-list-en')

      // The name is required by the form itself.
      await page.getByRole('button', { name: 'Create a draft' }).click()
      await page.getByText('Give the micro-credential a name.').waitFor()
      await page.getByLabel('Name of the micro-credential').fill(title)
      await page.getByRole('button', { name: 'Create a draft' }).click()
      await page.waitForURL(/\/design\/versions\/[0-9a-f-]{36}$/)
      editorUrl = page.url()
      await page.getByRole('heading', { level: 1, name: title }).waitFor()
      const checklist = page.locator('.designer-checklist')
      for (const error of [
        'Write at least one learning outcome.',
        'Give the workload in ECTS credits.',
      ]) {
        await checklist.getByRole('link', { name: error }).waitFor()
      }
      await checklist.getByText('6 errors to fix before review.').waitFor()
      await expectNoAxeViolations(page)
      await shoot(page, 'designer-editor-new-en')

      // Keyboard alone: the checklist's link takes the focus to its field, which is then filled.
      await page.getByRole('link', { name: 'Give the workload in ECTS credits.' }).focus()
      await page.keyboard.press('Enter')
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-ects')
      await page.keyboard.type('5')
      await checklist.getByRole('link', { name: 'Give the workload in ECTS credits.' }).waitFor({
        state: 'detached',
      })
      await checklist.getByText('5 errors to fix before review.').waitFor()

      // A learning outcome, an ESCO skill chosen with the arrow keys and Enter.
      await page.getByRole('button', { name: 'Add a learning outcome' }).click()
      await page
        .getByLabel('What the learner can do (English)')
        .fill('Can assess the quality of a data set used in a public service.')
      await checklist.getByRole('link', { name: 'Write at least one learning outcome.' }).waitFor({
        state: 'detached',
      })
      const combobox = page.getByRole('combobox', { name: 'ESCO skill for Learning outcome 1' })
      await combobox.fill('big data')
      await page.getByRole('option', { name: 'analyse big data' }).waitFor()
      expect(await combobox.getAttribute('aria-expanded')).toBe('true')
      await combobox.press('ArrowDown')
      expect(await combobox.getAttribute('aria-activedescendant')).toBe(
        'f-outcome-0-skill-results-0',
      )
      await expectNoAxeViolations(page)
      await shoot(page, 'designer-esco-en')
      await combobox.press('Enter')
      await page.getByRole('button', { name: 'Remove analyse big data' }).waitFor()

      await page.getByLabel('EQF level').selectOption({ label: 'EQF level 6' })
      await page.getByRole('group', { name: 'Form of participation' }).getByLabel('Online').check()
      await page
        .getByRole('group', { name: 'Type of assessment' })
        .getByLabel('Marked assignment')
        .check()
      await page
        .getByLabel('Type of quality assurance')
        .fill('Internal quality system audited by FINEEC')
      await checklist.getByText('No errors: the draft can be submitted for review.').waitFor()

      // Texts in Swedish through the language tabs (arrow keys move between the tabs).
      await page.getByRole('tab', { name: 'English' }).focus()
      await page.keyboard.press('ArrowLeft')
      expect(await page.getByRole('tab', { name: 'Swedish' }).getAttribute('aria-selected')).toBe(
        'true',
      )
      await page.getByLabel('Name (Swedish)').fill('Datakunskap i offentliga tjänster')
      await page.getByRole('tab', { name: 'English' }).click()

      await page.getByRole('button', { name: 'Save draft' }).click()
      await page.getByText('The draft was saved.').waitFor()

      await page.getByRole('button', { name: 'Show the preview' }).click()
      const preview = page.locator('#preview-body')
      await preview.getByRole('heading', { level: 3, name: title }).waitFor()
      await preview.getByText('Can assess the quality of a data set').waitFor()
      await preview.getByText('1 ESCO skill').waitFor()
      await expectNoAxeViolations(page)
      await shoot(page, 'designer-editor-filled-en')

      await tabTo(page, 'Submit for review')
      await page.keyboard.press('Enter')
      await page.getByText('This version is in review and cannot be edited.').waitFor()
      await page.getByRole('heading', { level: 2, name: 'Version history' }).waitFor()
      await expectNoAxeViolations(page)
      await shoot(page, 'designer-submitted-en')
    }, 120_000)

    it('shows a published micro-credential’s history with the differences between versions', async () => {
      const page = await designerPage(journey, { locale: 'en-GB' })
      const url = journey.server.url
      await signIn(page, url)
      const list = await page.request.get(`${url}/api/organisations/kaarnala-open/specifications`)
      const items = ((await list.json()) as { items: { id: string; versionNumber: number }[] })
        .items
      const second = items.find((item) => item.versionNumber > 1)
      expect(second).toBeDefined()
      await page.goto(`${url}/design/versions/${second?.id}`)
      await page.getByRole('heading', { level: 3, name: 'Compare versions' }).waitFor()
      await page.locator('.designer-diff').waitFor()
      expect(await page.locator('.designer-diff dd').count()).toBeGreaterThan(0)
      expect(await page.locator('.designer-diff').textContent()).toContain('→')
      await expectNoAxeViolations(page)
      await shoot(page, 'designer-history-en')
    }, 60_000)

    it('starts the next version of a published micro-credential with a change log, and shows what changed', async () => {
      const page = await designerPage(journey, { locale: 'en-GB' })
      const url = journey.server.url
      await signIn(page, url)
      const list = await page.request.get(`${url}/api/organisations/kaarnala-open/specifications`)
      const items = ((await list.json()) as { items: { id: string; status: string }[] }).items
      const published = items.find((item) => item.status === 'published')
      expect(published).toBeDefined()
      await page.goto(`${url}/design/versions/${published?.id}`)
      await page.getByText('This version is published in the catalogue.').waitFor()
      await page.getByRole('button', { name: 'Start a new version' }).click()
      await page.getByText('Describe what changes in the new version.').waitFor()
      await page.getByLabel('What changes in the new version').fill('A shorter summary.')
      await page.getByRole('button', { name: 'Start a new version' }).click()
      await page.waitForURL((address) => !address.pathname.endsWith(published?.id ?? ''))
      await page.locator('.hds-status-label', { hasText: 'Draft' }).first().waitFor()
      await page.getByText('The versions have the same content.').waitFor()
      await page.getByLabel('Summary (English)').fill('A new summary for the next version.')
      await page.getByRole('button', { name: 'Save draft' }).click()
      await page.getByText('The draft was saved.').waitFor()
      await page.reload()
      const diff = page.locator('.designer-diff')
      await diff.getByText('Summary (English)').waitFor()
      expect(await diff.textContent()).toContain('A new summary for the next version.')
      await expectNoAxeViolations(page)
      await shoot(page, 'designer-next-version-en')
    }, 60_000)

    it('takes an approved version back to draft with a reason, makes it joint, and warns before leaving unsaved changes', async () => {
      const page = await designerPage(journey, { locale: 'en-GB' })
      const url = journey.server.url
      await signIn(page, url)
      const list = await page.request.get(`${url}/api/organisations/kaarnala-open/specifications`)
      const items = ((await list.json()) as { items: { id: string; status: string }[] }).items
      const approved = items.find((item) => item.status === 'approved')
      expect(approved).toBeDefined()
      await page.goto(`${url}/design/versions/${approved?.id}`)
      await page.getByText('This version has been approved and waits to be published.').waitFor()

      // No reason: said beside the field; with one, the version is a draft again.
      await page.getByRole('button', { name: 'Take back to draft' }).click()
      await page.getByText('Say why you take the version back to draft.').waitFor()
      expect(
        await page
          .getByLabel('Why you take the version back to draft')
          .getAttribute('aria-invalid'),
      ).toBe('true')
      await page
        .getByLabel('Why you take the version back to draft')
        .fill('The partner asked for a Swedish summary.')
      await page.getByRole('button', { name: 'Take back to draft' }).click()
      await page.getByRole('button', { name: 'Save draft' }).waitFor()

      // Joint with Pohjanranta: saved and still chosen after a reload.
      const joint = page.getByRole('group', { name: 'Institutions that award it with you' })
      await joint
        .getByRole('checkbox', { name: 'Pohjanranta University of Applied Sciences' })
        .check()
      await expectNoAxeViolations(page)
      await shoot(page, 'designer-joint-en')

      // Unsaved changes: leaving asks first (the browser's own dialog), and staying keeps them.
      let asked = false
      page.once('dialog', (dialog) => {
        asked = dialog.type() === 'beforeunload'
        void dialog.dismiss()
      })
      await page.goto(`${url}/design`).catch(() => undefined)
      await expect.poll(() => asked).toBe(true)
      expect(page.url()).toBe(`${url}/design/versions/${approved?.id}`)

      await page.getByRole('button', { name: 'Save draft' }).click()
      await page.getByText('The draft was saved.').waitFor()
      await page.reload()
      // The page loads the version and the institutions again first (more than expect.poll's
      // default second on a busy machine).
      await expect
        .poll(
          () =>
            page
              .getByRole('group', { name: 'Institutions that award it with you' })
              .getByRole('checkbox', { name: 'Pohjanranta University of Applied Sciences' })
              .isChecked(),
          { timeout: 15_000 },
        )
        .toBe(true)
    }, 90_000)

    for (const [language, locale] of Object.entries(locales)) {
      for (const width of [1280, 360]) {
        it(`has no axe violations in ${language} at ${width} px`, async () => {
          const page = await designerPage(journey, {
            locale,
            viewport: { width, height: 900 },
          })
          const url = journey.server.url
          await signIn(page, url)
          await page.goto(`${url}/design`)
          await page.locator('h1').waitFor()
          await page.locator('.designer-table-wrap').first().waitFor()
          await expectNoAxeViolations(page)
          if (width === 360) {
            await expectReflow(page, width, '.designer-table-wrap')
          }
          await shoot(page, `designer-list-${language}-${width}`)
          await page.goto(editorUrl)
          await page.locator('.designer-checklist').waitFor()
          await page.locator('#history-title').waitFor()
          await expectNoAxeViolations(page)
          if (width === 360) {
            await expectReflow(page, width, '.designer-table-wrap')
          }
          await shoot(page, `designer-version-${language}-${width}`)
        }, 60_000)
      }
    }

    it('edits a draft with no axe violations in fi at 360 px', async () => {
      const page = await designerPage(journey, {
        locale: 'fi-FI',
        viewport: { width: 360, height: 900 },
      })
      const url = journey.server.url
      await signIn(page, url)
      await page.goto(`${url}/design`)
      await page.getByLabel('Osaamiskokonaisuuden nimi').fill('Kapea näyttö')
      await page.getByRole('button', { name: 'Luo luonnos' }).click()
      await page.waitForURL(/\/design\/versions\//)
      await page.getByText('Anna laajuus opintopisteinä.').first().waitFor()
      await expectNoAxeViolations(page)
      await expectReflow(page, 360, '.designer-table-wrap')
      await shoot(page, 'designer-editor-fi-360')
    }, 60_000)
  },
)

if (!isBrowserAvailable && !isBrowserRequired) {
  describe('the designer’s journey in Chromium', () => {
    it.skip(`is not run here: ${browserSkipReason}`, () => {})
  })
}
