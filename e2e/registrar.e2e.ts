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
const courseCode = 'KAA-PY-E2E'

/** The problem of the bad grade on row 3, as its cell shows it in each language (no English). */
const badGradeProblem = {
  fi: 'Tarkista arvosana: Arvosana ”7” ei kuulu mikrotutkinnon arviointiasteikkoon. Anna kokonaisluku 0–5.',
  sv: 'Kontrollera vitsordet: Vitsordet ”7” hör inte till mikroexamens bedömningsskala. Ange ett heltal 0–5.',
  en: 'Check the grade: The grade "7" is outside the micro-credential’s grading scale; give a whole number from 0 to 5.',
} as const

const learners = [
  ['200001', 'Aada Aaltonen', 'aada.aaltonen@example.fi', '5'],
  ['200002', 'Bertta Backman', 'bertta.backman@example.fi', '3'],
  ['200003', 'Cecilia Carlsson', 'cecilia.carlsson@example.fi', '0'],
  ['200004', 'Daniel Dahl', 'daniel.dahl@example.fi', '4'],
] as const

const enrolmentsCsv = `student_number,name,email\n${learners
  .map(([number, name, email]) => `${number},${name},${email}`)
  .join('\n')}\n`

/** The results export, with one grade (row 3) changed to `badGrade` when given. */
function resultsCsv(badGrade?: string): string {
  return `opiskelijanumero,nimi,sahkoposti,opintojakson_tunnus,arvosana,paivamaara,opintopisteet\n${learners
    .map(
      ([number, name, email, grade], index) =>
        `${number},${name},${email},${courseCode},${index === 1 && badGrade !== undefined ? badGrade : grade},20.11.2026,5`,
    )
    .join('\n')}\n`
}

/** Presses Tab until the focused element has the accessible name `name` (keyboard alone). */
async function tabTo(page: Page, name: string, limit = 200): Promise<void> {
  for (let count = 0; count < limit; count += 1) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const element = document.activeElement
      return element?.getAttribute('aria-label') ?? element?.textContent?.trim() ?? ''
    })
    if (focused === name) {
      return
    }
  }
  throw new Error(`Tab never reached ${name}`)
}

/** Script errors of the pages of the test now running: none may happen. */
const pageErrors: string[] = []

/** A page whose script errors are collected (a failing page must never go blank unnoticed). */
async function registrarPage(
  journey: BrowserJourney,
  options: Parameters<typeof newPage>[1],
): Promise<Page> {
  const page = await newPage(journey.browser, options)
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.setDefaultTimeout(20_000)
  return page
}

describe.skipIf(!isBrowserAvailable && !isBrowserRequired)(
  'the registrar’s journey in Chromium: plan, enrol, import results, issue, revoke',
  () => {
    let journey: BrowserJourney
    let offeringUrl = ''
    beforeAll(async () => {
      journey = await startBrowserJourney()
    }, 90_000)
    afterAll(() => journey?.close())
    afterEach(() => {
      expect(pageErrors.splice(0)).toEqual([])
    })

    it('plans and opens an offering, imports enrolments and results with an error in place, closes, issues the cohort and revokes a credential', async () => {
      const page = await registrarPage(journey, { locale: 'en-GB' })
      await page.goto(`${journey.server.url}/sign-in`)
      await page.getByLabel('E-mail address').fill('registrar@demo.osaamo.fi')
      await page.getByLabel('Password').fill(password)
      await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click()
      await page.waitForURL(`${journey.server.url}/account`)

      // The offerings page (the header links to it), and the plan form's problems beside their fields.
      await page.getByRole('banner').getByRole('link', { name: 'Offerings' }).click()
      await page.getByRole('heading', { level: 1, name: 'Offerings' }).waitFor()
      await page.getByRole('heading', { level: 2, name: 'Plan a new offering' }).waitFor()
      await expectNoAxeViolations(page)
      await shoot(page, 'registrar-offerings-en')
      await page.getByRole('button', { name: 'Plan the offering' }).click()
      const summary = page.locator('#plan-error-summary')
      await summary.waitFor()
      expect(await summary.textContent()).toContain('Choose the micro-credential to offer.')
      expect(await page.locator('#plan-startsOn').getAttribute('aria-describedby')).toContain(
        'plan-startsOn-error',
      )
      await expectNoAxeViolations(page)
      await shoot(page, 'registrar-plan-errors-en')

      // The server's own check (enrolment closing before it opens) lands on its field.
      await page
        .getByLabel('Micro-credential')
        .selectOption({ label: 'Programming basics with Python' })
      await page.getByLabel('Starts on').fill('2027-01-18')
      await page.getByLabel('Ends on').fill('2027-03-12')
      await page.getByLabel('Enrolment opens').fill('2026-11-01T08:00')
      await page.getByLabel('Enrolment closes').fill('2026-10-01T08:00')
      await page.getByLabel('Seats').fill('30')
      await page.getByLabel('Price').fill('120')
      await page.getByLabel('Teachers').fill('Tuula Opettaja')
      await page.getByLabel('Course code').fill(courseCode)
      await page.getByRole('button', { name: 'Plan the offering' }).click()
      await page.locator('#plan-enrolmentClosesAt-error').waitFor()
      expect(await page.locator('#plan-enrolmentClosesAt-error').textContent()).toBe(
        'Check this field: Enrolment must close after it opens.',
      )
      expect(await page.getByLabel('Course code').inputValue()).toBe(courseCode)
      await page.getByLabel('Enrolment closes').fill('2027-01-10T23:59')
      await page.getByRole('button', { name: 'Plan the offering' }).click()
      await page.waitForURL(/\/registrar\/offerings\/[0-9a-f-]{36}$/)
      offeringUrl = page.url()
      await page
        .getByRole('heading', { level: 1, name: 'Programming basics with Python' })
        .waitFor()
      await page.getByText('The offering was planned.').waitFor()
      await expectNoAxeViolations(page)
      await shoot(page, 'registrar-offering-planned-en')

      await page
        .getByRole('button', { name: 'Open for enrolment: Programming basics with Python' })
        .click()
      await page
        .locator('.registrar-details')
        .getByText('Open for enrolment', { exact: true })
        .waitFor()

      // Enrolments from a CSV file.
      await page.getByLabel('Enrolments file (CSV)').setInputFiles({
        name: 'enrolments.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(enrolmentsCsv),
      })
      await page.getByRole('button', { name: 'Import enrolments' }).click()
      await page.getByText('Enrolments imported: 4 enrolled, 4 new accounts').waitFor()
      await page.getByRole('cell', { name: '200004' }).waitFor()

      // Results with a bad grade on row 3: the problem shows on its row and column.
      await page.getByLabel('Results file (CSV)').setInputFiles({
        name: 'results.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(resultsCsv('7')),
      })
      await page.getByRole('button', { name: 'Import results' }).click()
      const resultsSummary = page.locator('#results-error-summary')
      await resultsSummary.waitFor()
      expect(await resultsSummary.textContent()).toContain('Row 3: Check the grade: The grade')
      const badCell = page.locator('#results-file-3-4')
      expect(await badCell.textContent()).toMatch(/^7Check the grade: The grade "7"/)
      expect(await page.locator('#results-file-row-3').getAttribute('class')).toContain(
        'registrar-row-invalid',
      )
      await page.getByRole('button', { name: 'Import the valid rows only' }).waitFor()
      // The summary's link takes the focus to the cell.
      await resultsSummary.getByRole('link').first().click()
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-file-3-4')
      await expectNoAxeViolations(page)
      await shoot(page, 'registrar-results-errors-en')

      // The valid rows alone, then the corrected file.
      await page.getByRole('button', { name: 'Import the valid rows only' }).click()
      await page.getByText('3 results recorded. Rows left out because of problems: 1.').waitFor()
      await page.locator('.registrar-skipped').getByText('Row 3:').waitFor()
      await page.getByLabel('Results file (CSV)').setInputFiles({
        name: 'results-fixed.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(resultsCsv()),
      })
      await page.getByRole('button', { name: 'Import results' }).click()
      await page.getByText('4 results recorded.').waitFor()
      expect(await resultsSummary.count()).toBe(0)

      // Close, then issue: the live region reaches 100 %.
      await page.getByRole('button', { name: 'Close: Programming basics with Python' }).click()
      await page.getByRole('button', { name: 'Yes, close: Programming basics with Python' }).click()
      await page.locator('.registrar-details').getByText('Closed', { exact: true }).waitFor()
      await page.getByRole('button', { name: 'Issue credentials to the passed learners' }).click()
      const live = page.locator('#issuing-live')
      await expect.poll(() => live.textContent(), { timeout: 30_000 }).toContain('100%')
      expect(await live.textContent()).toContain('3 credentials issued')
      expect(await page.locator('#issuing-progress').getAttribute('value')).toBe('100')
      await page.getByRole('cell', { name: 'Daniel Dahl' }).last().waitFor()
      await page.getByRole('button', { name: 'Revoke: Aada Aaltonen' }).waitFor()
      await expectNoAxeViolations(page)
      await shoot(page, 'registrar-issued-en')

      // Revoke one credential with the keyboard alone.
      await tabTo(page, 'Revoke: Bertta Backman')
      await page.keyboard.press('Enter')
      const dialog = page.getByRole('dialog', { name: 'Revoke Bertta Backman’s credential' })
      await dialog.waitFor()
      await expectNoAxeViolations(page)
      await shoot(page, 'registrar-revoke-dialog-en')
      // An empty reason is refused beside the field.
      await page.keyboard.press('Tab')
      await page.keyboard.press('Enter')
      await dialog.getByText('Give a reason.').waitFor()
      await page.keyboard.press('Shift+Tab')
      await page.keyboard.type('The grade was recorded for the wrong learner.')
      await page.keyboard.press('Tab')
      await page.keyboard.press('Enter')
      await dialog.waitFor({ state: 'detached' })
      const row = page
        .locator('tr', { has: page.getByRole('rowheader', { name: 'Bertta Backman' }) })
        .last()
      await expect.poll(() => row.textContent()).toContain('Revoked')
      expect(await row.textContent()).toContain('The grade was recorded for the wrong learner.')
      expect(await row.getByRole('button').count()).toBe(0)
      await page.getByText('Bertta Backman – state of the credential: Revoked.').waitFor()
      await shoot(page, 'registrar-revoked-en')

      // Suspend and reinstate, the new state shown at once.
      await page.getByRole('button', { name: 'Suspend: Aada Aaltonen' }).click()
      await page.getByLabel('Reason').fill('The assessment is being checked.')
      await page.getByRole('button', { name: 'Suspend the credential' }).click()
      await page.getByText('Aada Aaltonen – state of the credential: Suspended.').waitFor()
      await page.getByRole('button', { name: 'Reinstate: Aada Aaltonen' }).click()
      await page.getByLabel('Reason').fill('The assessment was right.')
      await page.getByRole('button', { name: 'Reinstate the credential' }).click()
      await page.getByText('Aada Aaltonen – state of the credential: Valid.').waitFor()

      // A change that no longer fits (revoked elsewhere meanwhile) is explained, and the list
      // catches up.
      const daniel = page
        .locator('tr', { has: page.getByRole('rowheader', { name: 'Daniel Dahl' }) })
        .last()
      const danielId = await daniel.getAttribute('data-credential-id')
      const me = await (await page.request.get(`${journey.server.url}/api/me`)).json()
      const revokedElsewhere = await page.request.post(
        `${journey.server.url}/api/credentials/${danielId}/revoke`,
        { headers: { 'x-csrf-token': me.csrfToken }, data: { reason: 'Issued by mistake.' } },
      )
      expect(revokedElsewhere.status()).toBe(200)
      await page.getByRole('button', { name: 'Suspend: Daniel Dahl' }).click()
      await page.getByLabel('Reason').fill('Checking.')
      await page.getByRole('button', { name: 'Suspend the credential' }).click()
      await page.getByRole('dialog').getByText('Revocation is final').waitFor()
      await expect.poll(() => daniel.textContent()).toContain('Issued by mistake.')
      await shoot(page, 'registrar-change-not-allowed-en')
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click()
      await page.getByRole('dialog').waitFor({ state: 'detached' })
      await page.context().close()
    }, 120_000)

    it.each(Object.keys(locales) as (keyof typeof locales)[])(
      'has no axe violations on the registrar pages in %s, also at 360 px',
      async (language) => {
        for (const viewport of [
          { width: 1280, height: 900 },
          { width: 360, height: 740 },
        ]) {
          const page = await registrarPage(journey, { locale: locales[language], viewport })
          const signedIn = await page.request.post(`${journey.server.url}/api/auth/sign-in`, {
            data: { emailAddress: 'registrar@demo.osaamo.fi', password },
          })
          expect(signedIn.status()).toBe(200)
          for (const [name, url] of [
            ['registrar-offerings', `${journey.server.url}/registrar`],
            ['registrar-offering', offeringUrl],
          ] as const) {
            await page.goto(url)
            await page.locator('h1').waitFor()
            await page.locator('.registrar-section').first().waitFor()
            await page.waitForLoadState('networkidle')
            expect(await page.locator('html').getAttribute('lang')).toBe(language)
            await expectReflow(page, viewport.width, '.registrar-table-wrap')
            await expectNoAxeViolations(page)
            await shoot(page, `${name}-${language}-${viewport.width}`)
          }
          // The offering page with a results file's problems in place, and the revoke dialog.
          const results = page.locator('.registrar-import').last()
          await results.locator('input[type="file"]').setInputFiles({
            name: 'results.csv',
            mimeType: 'text/csv',
            buffer: Buffer.from(resultsCsv('7')),
          })
          await results.locator('button[type="submit"]').click()
          await page.locator('#results-error-summary').waitFor()
          const cellProblem = page.locator('#results-file-3-4 .registrar-cell-problem')
          await cellProblem.waitFor()
          // The server's problem code is worded in the page's language, not left in English.
          expect(await cellProblem.textContent()).toBe(badGradeProblem[language])
          expect(await cellProblem.locator('[lang="en"]').count()).toBe(0)
          expect(await page.locator('#results-error-summary').textContent()).toContain(
            badGradeProblem[language].split(': ')[1],
          )
          await expectReflow(page, viewport.width, '.registrar-table-wrap')
          await expectNoAxeViolations(page)
          await shoot(page, `registrar-results-errors-${language}-${viewport.width}`)
          await page.locator('.registrar-table .hds-button--danger').first().click()
          await page.getByRole('dialog').waitFor()
          await expectNoAxeViolations(page)
          await shoot(page, `registrar-revoke-dialog-${language}-${viewport.width}`)
          await page.keyboard.press('Escape')
          await page.getByRole('dialog').waitFor({ state: 'detached' })
          await page.context().close()
        }
      },
      60_000,
    )

    it('tells a learner that the pages are for registrars', async () => {
      const page = await registrarPage(journey, { locale: 'en-GB' })
      await page.request.post(`${journey.server.url}/api/auth/sign-in`, {
        data: { emailAddress: 'learner@demo.osaamo.fi', password },
      })
      await page.goto(`${journey.server.url}/registrar`)
      await page.getByText('These pages are for registrars and administrators').waitFor()
      await expectNoAxeViolations(page)
      await page.context().close()
    })
  },
)

if (!isBrowserAvailable && !isBrowserRequired) {
  describe('the registrar’s journey in Chromium', () => {
    it.skip(`is not run here: ${browserSkipReason}`, () => {})
  })
}
